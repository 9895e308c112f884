using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Tests.Referrals;

/// <summary>The ReferralDesk sample network meets the description of a fictional county coalition.</summary>
public sealed class SampleNetworkTests
{
    private static readonly ReferralNetwork Network = SampleData.Network;

    [Fact]
    public void It_has_at_least_forty_providers_and_offers_every_catalogue_need()
    {
        Assert.True(Network.Providers.Length >= 40);
        var offerings = Network.Providers.SelectMany(p => p.Services).ToList();
        Assert.All(ServiceNeeds.Catalogue, need => Assert.Contains(offerings, o => o.Serves(need)));
    }

    [Fact]
    public void It_speaks_several_languages_and_includes_the_required_kinds_of_member()
    {
        Assert.True(Network.Providers.SelectMany(p => p.Services).SelectMany(s => s.Languages).Distinct().Count() >= 4);
        Assert.Contains(Network.Providers, p => p.Visibility == LocationVisibility.Confidential && p.Category == StakeholderCategories.Shelters);
        Assert.Contains(Network.Providers, p => p.IsLawEnforcementAffiliated && p.Category.IsOrDescendsFrom(StakeholderCategories.LawEnforcement));
        Assert.Contains(Network.Providers, p => p.Category == StakeholderCategories.ChildAdvocacyCenters);
    }

    [Fact]
    public void The_fictional_clients_load_and_show_realistic_gaps()
    {
        var matcher = ReferralMatcher.Compile(Network);
        var at = Instant.FromUtc(2026, 11, 22, 3, 0);
        var results = SampleData.Clients.Select(c => matcher.Match(c.Client, at)).ToList();
        Assert.True(results.Count >= 3);
        Assert.Contains(results, r => !r.UnmetNeeds.IsEmpty);
        Assert.Contains(results, r => r.Needs.SelectMany(n => n.Candidates).Any(c => c.MandatoryRule is not null));
        Assert.All(results.SelectMany(r => r.Needs).SelectMany(n => n.Candidates).Where(c => Network.Providers.Single(p => p.Id == c.ProviderId).Visibility == LocationVisibility.Confidential), c => Assert.Null(c.Address));
    }
}
