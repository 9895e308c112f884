using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Tests.Referrals;

/// <summary>The matcher's contract for capacity updates, lookups and the optional exclusion list.</summary>
public sealed class ReferralMatcherContractTests
{
    private static readonly NodaTime.Instant At = NodaTime.Instant.FromUtc(2026, 11, 18, 15, 0);

    [Fact]
    public void Capacity_updates_and_lookups_name_what_is_wrong()
    {
        var matcher = ReferralMatcher.Compile(SampleData.Network);
        var provider = SampleData.Network.Providers[0];
        var offering = provider.Services[0];
        var nulls = Assert.Throws<ArgumentException>(() => matcher.WithCapacities([null!]));
        Assert.Equal("updates", nulls.ParamName);
        Assert.Contains("contain a null", nulls.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<ArgumentException>(() => matcher.WithCapacities([new CapacityUpdate(provider.Id, "no-such-offering", Capacity.Unknown)]));
        Assert.Equal("updates", unknown.ParamName);
        Assert.Contains($"No offering 'no-such-offering' of provider '{provider.Id}' is in the network.", unknown.Message, StringComparison.Ordinal);

        var lookup = Assert.Throws<ArgumentException>(() => matcher.CapacityOf(provider.Id, "no-such-offering"));
        Assert.Equal("offeringId", lookup.ParamName);
        Assert.Contains("No offering 'no-such-offering'", lookup.Message, StringComparison.Ordinal);

        var full = new Capacity(CapacityStatus.NoCapacity, 0, 4);
        Assert.Equal(full, matcher.WithCapacities([new CapacityUpdate(provider.Id, offering.Id, full)]).CapacityOf(provider.Id, offering.Id));
        Assert.Equal(offering.Capacity, matcher.CapacityOf(provider.Id, offering.Id));
    }

    [Fact]
    public void Exclusions_are_listed_only_when_asked_for_even_for_an_unmet_need() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var matcher = ReferralMatcher.Compile(scenario.Network);
            var plain = matcher.Match(scenario.Client, scenario.At);
            Assert.All(plain.Needs, n => Assert.Empty(n.Exclusions));
            var explained = matcher.Match(scenario.Client, scenario.At, new MatchOptions(5, includeExclusions: true));
            Assert.All(explained.Needs.Zip(plain.Needs), pair =>
            {
                Assert.Equal(pair.First.ExclusionCounts.Sum(c => c.Count) > 0, !pair.First.Exclusions.IsEmpty);
                Assert.Equal(pair.Second.Candidates.AsEnumerable(), pair.First.Candidates.AsEnumerable());
            });
        });

    [Fact]
    public void Exclusion_counts_are_exact_for_an_unmet_need_and_for_the_area_rule_always() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var result = ReferralMatcher.Compile(network, policy).Match(client, at);
            for (var n = 0; n < client.Needs.Length; n++)
            {
                var reference = RuleSetReference.Assess(network, client, client.Needs[n], policy, at).ToList();
                var counts = result.Needs[n].ExclusionCounts.ToDictionary(c => c.Rule, c => c.Count);
                int Expected(string rule) => reference.Count(r => r.Assessment.BrokenRules.Contains(rule));
                Assert.Equal(Expected(HardRuleCodes.ServiceArea), counts.GetValueOrDefault(HardRuleCodes.ServiceArea));
                if (!result.Needs[n].IsMet)
                {
                    foreach (var rule in reference.SelectMany(r => r.Assessment.BrokenRules).Concat(counts.Keys).Distinct())
                    {
                        Assert.Equal(Expected(rule), counts.GetValueOrDefault(rule));
                    }
                }
            }
        });
}
