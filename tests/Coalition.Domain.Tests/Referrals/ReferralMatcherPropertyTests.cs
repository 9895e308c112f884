using System.Text.Json;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Referrals;

/// <summary>The laws of referral matching, on generated networks and clients.</summary>
public sealed class ReferralMatcherPropertyTests
{
    private static readonly ReferralPolicy Policy = ReferralPolicy.Default;
    private static readonly MatchOptions Everything = new(maxCandidatesPerNeed: 100, includeExclusions: true);

    [Fact]
    public void No_recommended_candidate_breaks_a_hard_rule() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var result = ReferralMatcher.Compile(network, Policy).Match(client, at, Everything);
            foreach (var need in result.Needs)
            {
                foreach (var candidate in need.Candidates)
                {
                    var provider = network.Providers.Single(p => p.Id == candidate.ProviderId);
                    var offering = provider.Services.Single(o => o.Id == candidate.OfferingId);
                    Assert.True(offering.Serves(need.Need), $"{candidate.ProviderId}/{candidate.OfferingId} does not serve {need.Need}");
                    Assert.Empty(ReferenceRules.BrokenRules(provider, offering, client, Policy));
                }
            }
        });

    [Fact]
    public void A_client_who_declined_law_enforcement_is_never_routed_to_it_unless_a_mandatory_rule_applies_and_is_reported() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var declined = client.WithConsent(new ClientConsent(false, client.Consent.ShareWith));
            var result = ReferralMatcher.Compile(network, Policy).Match(declined, at, Everything);
            foreach (var candidate in result.Needs.SelectMany(n => n.Candidates))
            {
                var provider = network.Providers.Single(p => p.Id == candidate.ProviderId);
                if (provider.IsLawEnforcementAffiliated || provider.IsMandatoryReporter)
                {
                    Assert.True(ReferenceRules.IsMandatory(provider, declined, Policy), $"{provider.Id} reached without a mandatory rule");
                    Assert.Equal(MandatoryRoutingRule.MinorToChildProtection.Code, candidate.MandatoryRule);
                    Assert.Contains(ReasonCodes.MandatoryRule, candidate.Reasons);
                }
            }
        });

    [Fact]
    public void A_need_is_unmet_exactly_when_brute_force_finds_no_eligible_offering() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var result = ReferralMatcher.Compile(network, Policy).Match(client, at);
            foreach (var need in result.Needs)
            {
                var eligible = ReferenceRules.Eligible(network, client, need.Need, Policy).ToList();
                Assert.Equal(eligible.Count == 0, !need.IsMet);
                if (!need.IsMet)
                {
                    var offered = network.Providers.SelectMany(p => p.Services).Any(o => o.Serves(need.Need));
                    Assert.Equal(offered ? UnmetReason.AllExcluded : UnmetReason.NotOffered, need.Unmet);
                }
                else
                {
                    Assert.Null(need.Unmet);
                    Assert.Equal(Math.Min(5, eligible.Select(e => e.Provider.Id).Distinct().Count()), need.Candidates.Length);
                }
            }
        });

    [Fact]
    public void Exclusions_list_every_rule_each_offering_broke() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var result = ReferralMatcher.Compile(network, Policy).Match(client, at, Everything);
            foreach (var need in result.Needs)
            {
                var expected = (from provider in network.Providers
                                from offering in provider.Services
                                where offering.Serves(need.Need)
                                let broken = ReferenceRules.BrokenRules(provider, offering, client, Policy)
                                where broken.Count > 0
                                select new MatchExclusion(provider.Id, offering.Id, [.. broken])).ToList();
                Assert.Equal(expected, need.Exclusions.ToList());
                foreach (var count in need.ExclusionCounts)
                {
                    Assert.Equal(expected.Count(e => e.Rules.Contains(count.Rule)), count.Count);
                }
            }
        });

    [Fact]
    public void Permuting_the_providers_does_not_change_the_result() =>
        Properties.ForAll(
            (from scenario in ReferralGenerators.Scenarios.Generator
             from shuffled in Gen.Shuffle(scenario.Network.Providers.Select(p => p with { }))
             select (scenario, shuffled)).ToArbitrary(),
            input =>
            {
                var ((network, client, at), shuffled) = input;
                var original = ReferralMatcher.Compile(network).Match(client, at, Everything);
                var permuted = ReferralMatcher.Compile(new ReferralNetwork([.. shuffled.Reverse()])).Match(client, at, Everything);
                Assert.Equal(original, permuted);
            });

    [Fact]
    public void Matching_is_deterministic() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var matcher = ReferralMatcher.Compile(network);
            Assert.Equal(matcher.Match(client, at), ReferralMatcher.Compile(network).Match(client, at));
            Assert.Equal(matcher.Match(client, at).GetHashCode(), matcher.Match(client, at).GetHashCode());
        });

    [Fact]
    public void Adding_a_provider_never_turns_a_met_need_unmet_and_removing_one_never_the_reverse() =>
        Properties.ForAll(
            (from scenario in ReferralGenerators.Scenarios.Generator
             from extra in ReferralGenerators.Provider("zz-added")
             select (scenario, extra)).ToArbitrary(),
            input =>
            {
                var ((network, client, at), extra) = input;
                var before = ReferralMatcher.Compile(network).Match(client, at);
                var bigger = network.With(extra);
                var after = ReferralMatcher.Compile(bigger).Match(client, at);
                for (var i = 0; i < before.Needs.Length; i++)
                {
                    Assert.True(!before.Needs[i].IsMet || after.Needs[i].IsMet, $"{before.Needs[i].Need} became unmet when a provider was added");
                }

                if (network.Providers.Length > 0)
                {
                    var smaller = ReferralMatcher.Compile(network.Without(network.Providers[0].Id)).Match(client, at);
                    for (var i = 0; i < before.Needs.Length; i++)
                    {
                        Assert.True(before.Needs[i].IsMet || !smaller.Needs[i].IsMet, $"{before.Needs[i].Need} became met when a provider was removed");
                    }
                }
            });

    [Fact]
    public void Candidates_are_ranked_by_score_then_provider_id_with_one_entry_per_provider() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var result = ReferralMatcher.Compile(network).Match(client, at, new MatchOptions(3));
            foreach (var need in result.Needs)
            {
                Assert.True(need.Candidates.Length <= 3);
                Assert.Equal(need.Candidates.Length, need.Candidates.Select(c => c.ProviderId).Distinct().Count());
                for (var i = 1; i < need.Candidates.Length; i++)
                {
                    var (previous, current) = (need.Candidates[i - 1], need.Candidates[i]);
                    Assert.True(previous.Score > current.Score || (previous.Score == current.Score && string.CompareOrdinal(previous.ProviderId, current.ProviderId) < 0));
                }
            }
        });

    [Fact]
    public void A_confidential_providers_address_never_appears_in_a_result() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var result = ReferralMatcher.Compile(network).Match(client, at, Everything);
            var json = JsonSerializer.Serialize(result, CoalitionJsonContext.Default.MatchResult);
            foreach (var provider in network.Providers.Where(p => p.Visibility == LocationVisibility.Confidential))
            {
                Assert.DoesNotContain(provider.Address!, json, StringComparison.Ordinal);
            }

            Assert.All(result.Needs.SelectMany(n => n.Candidates), c =>
                Assert.Equal(network.Providers.Single(p => p.Id == c.ProviderId).PublicAddress, c.Address));
        });

    [Fact]
    public void Networks_profiles_and_results_round_trip_through_json() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var networkJson = JsonSerializer.Serialize(network, CoalitionJsonContext.Default.ReferralNetwork);
            Assert.Equal(network, JsonSerializer.Deserialize(networkJson, CoalitionJsonContext.Default.ReferralNetwork));
            var clientJson = JsonSerializer.Serialize(client, CoalitionJsonContext.Default.ClientProfile);
            Assert.Equal(client, JsonSerializer.Deserialize(clientJson, CoalitionJsonContext.Default.ClientProfile));
            var result = ReferralMatcher.Compile(network).Match(client, at, Everything);
            var resultJson = JsonSerializer.Serialize(result, CoalitionJsonContext.Default.MatchResult);
            Assert.Equal(result, JsonSerializer.Deserialize(resultJson, CoalitionJsonContext.Default.MatchResult));
        });

    [Fact]
    public void Capacity_updates_match_a_network_rebuilt_with_the_same_capacities() =>
        Properties.ForAll(
            (from scenario in ReferralGenerators.Scenarios.Generator
             from capacity in ReferralGenerators.Capacities
             select (scenario, capacity)).ToArbitrary(),
            input =>
            {
                var ((network, client, at), capacity) = input;
                if (network.Providers.Length == 0)
                {
                    return;
                }

                var provider = network.Providers[0];
                var offering = provider.Services[0];
                var overlay = ReferralMatcher.Compile(network).WithCapacities([new CapacityUpdate(provider.Id, offering.Id, capacity)]);
                var rebuilt = ReferralMatcher.Compile(network.With(provider with { } is var p ? new Provider(p.Id, p.Name, p.Category, p.IsLawEnforcementAffiliated, p.IsMandatoryReporter, p.AdheresToStandardOfCare, p.HasTraffickingTrainedStaff, p.HasLicensedSocialWorkers, p.Visibility, p.Address, p.IntakeContact, [.. p.Services.Select(s => s.Id == offering.Id ? s.WithCapacity(capacity) : s)]) : p));
                Assert.Equal(rebuilt.Match(client, at, Everything), overlay.Match(client, at, Everything));
                Assert.Equal(capacity, overlay.CapacityOf(provider.Id, offering.Id));
            });
}
