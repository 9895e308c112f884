using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
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
        Assert.True(results.Count >= 6);
        Assert.Contains(results, r => !r.UnmetNeeds.IsEmpty);
        Assert.Contains(results, r => r.Needs.Any(n => !n.Fallbacks.IsEmpty));
        Assert.Contains(results, r => r.Needs.Any(n => !n.EmergencyOptions.IsEmpty));
        Assert.All(results.SelectMany(r => r.Needs).SelectMany(n => n.Candidates).Where(c => Network.Providers.Single(p => p.Id == c.ProviderId).Visibility == LocationVisibility.Confidential), c => Assert.Null(c.Address));
    }

    [Fact]
    public void The_sixteen_year_old_who_declined_police_gets_emergency_medical_care_with_its_notices()
    {
        var (_, client) = SampleData.Clients.Single(c => c.Name.StartsWith("client-1-", StringComparison.Ordinal));
        var result = ReferralMatcher.Compile(Network).Match(client, Instant.FromUtc(2026, 11, 22, 3, 0));
        var emergency = result.Needs.Single(n => n.Need == ServiceNeeds.MedicalCareEmergency);
        var hospital = emergency.Candidates[0];
        Assert.Equal("rb-general-hospital", hospital.ProviderId);
        Assert.Contains(hospital.Notices, n => n.DutyCode == ReportingDuties.ChildAbuseOrNeglect.Code);
        Assert.Equal(MandatoryRoutingRule.MinorToChildProtection.Code, Assert.Single(result.RequiredActions).RuleCode);
        Assert.DoesNotContain(result.Needs.SelectMany(n => n.Candidates), c => Network.Providers.Single(p => p.Id == c.ProviderId).IsLawEnforcementAffiliated);
    }

    [Fact]
    public void The_client_of_unknown_age_is_protected_as_a_possible_minor_and_the_faith_based_exclusion_holds()
    {
        var at = Instant.FromUtc(2026, 11, 22, 3, 0);
        var matcher = ReferralMatcher.Compile(Network);
        var unknown = matcher.Match(SampleData.Clients.Single(c => c.Name.StartsWith("client-5-", StringComparison.Ordinal)).Client, at);
        Assert.Equal(AgeTreatment.PossibleMinor, unknown.AgeTreatment);
        Assert.Equal(RequiredActionStatus.MayBeRequiredConfirmAge, Assert.Single(unknown.RequiredActions).Status);
        Assert.Contains(unknown.Needs.Single(n => n.Need == ServiceNeeds.HousingEmergency).Candidates, c => c.ProviderId == "youth-haven");

        var noFaith = matcher.Match(SampleData.Clients.Single(c => c.Name.StartsWith("client-6-", StringComparison.Ordinal)).Client, at);
        Assert.DoesNotContain(noFaith.Needs.SelectMany(n => n.Candidates), c => c.Category == StakeholderCategories.FaithBased);
        Assert.DoesNotContain(noFaith.Needs.SelectMany(n => n.EmergencyOptions), c => c.Category == StakeholderCategories.FaithBased);
    }
}
