using System.Text.Json;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Matching.Rules;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Referrals;

/// <summary>The laws of referral matching, on generated networks, clients and policies.</summary>
public sealed class ReferralMatcherPropertyTests
{
    private static readonly ReferralPolicy Policy = ReferralPolicy.Default;
    private static readonly MatchOptions Everything = new(maxCandidatesPerNeed: 100, includeExclusions: true);

    [Fact]
    public void The_compiled_rules_decide_every_offering_exactly_as_the_readable_rules_do() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var matcher = ReferralMatcher.Compile(network, policy);
            for (var n = 0; n < client.Needs.Length; n++)
            {
                foreach (var (provider, offering, expected) in RuleSetReference.Assess(network, client, client.Needs[n], policy, at))
                {
                    Assert.Equal(expected, matcher.AssessCompiled(client, at, n, provider.Id, offering.Id));
                }
            }
        });

    [Fact]
    public void The_match_is_the_readable_rules_ranked_best_per_provider() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var result = ReferralMatcher.Compile(network, policy).Match(client, at, new MatchOptions(3));
            foreach (var need in result.Needs)
            {
                var clientNeed = client.Needs.Single(n => n.Need == need.Need);
                var assessed = RuleSetReference.Assess(network, client, clientNeed, policy, at).Select(x => x.Assessment).ToList();
                var candidates = RuleSetReference.Ranked(assessed.Where(a => a.IsCandidate), clientNeed.Urgency).Take(3).ToList();
                var emergency = RuleSetReference.Ranked(assessed.Where(a => a.IsEmergencyOption), clientNeed.Urgency).Take(3).ToList();
                Assert.Equal(candidates.Select(c => (c.ProviderId, c.OfferingId)), need.Candidates.Select(c => (c.ProviderId, c.OfferingId)));
                Assert.Equal(candidates.Select(c => c.Reasons.ToArray()), need.Candidates.Select(c => c.Reasons.ToArray()));
                Assert.Equal(candidates.Select(c => c.Notices.ToArray()), need.Candidates.Select(c => c.Notices.ToArray()));
                Assert.Equal(candidates.Select(c => c.Tier), need.Candidates.Select(c => c.Tier));
                Assert.Equal(candidates.Select(c => c.MandatoryRule), need.Candidates.Select(c => c.MandatoryRule));
                Assert.Equal(emergency.Select(c => (c.ProviderId, c.OfferingId)), need.EmergencyOptions.Select(c => (c.ProviderId, c.OfferingId)));
                Assert.Equal(emergency.Select(c => c.BrokenRules.ToArray()), need.EmergencyOptions.Select(c => c.Rules.ToArray()));
                var openNow = candidates.Count > 0 && candidates[0].Tier == UrgencyTier.OpenNow;
                Assert.Equal(Fallbacks.For(clientNeed, openNow, policy).ToArray(), need.Fallbacks.ToArray());
            }

            Assert.Equal(MandatoryReportAction.For(client, policy).ToArray(), result.RequiredActions.ToArray());
            Assert.Equal(client.AgeTreatment, result.AgeTreatment);
        });

    [Fact]
    public void No_consent_setting_leaves_an_immediate_need_without_a_visible_option() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var result = ReferralMatcher.Compile(network, policy).Match(client, at, Everything);
            foreach (var need in result.Needs.Where(n => n.Urgency == NeedUrgency.Immediate))
            {
                // Otherwise eligible: breaks no rule other than the consent settings (the client's own exclusions stand).
                var otherwiseEligible = RuleSetReference.Assess(network, client, new ClientNeed(need.Need, need.Urgency), policy, at)
                    .Where(x => x.Assessment.BrokenRules.All(HardRuleCodes.ConsentSettings.Contains))
                    .ToList();
                if (otherwiseEligible.Count > 0)
                {
                    Assert.True(need.Candidates.Length + need.EmergencyOptions.Length > 0, $"{need.Need}: an otherwise-eligible provider exists but nothing is shown");
                }

                if (PossibleMinor.IsProtected(client))
                {
                    // A protected client keeps every otherwise-eligible provider as a candidate, except law enforcement it declined.
                    var shown = need.Candidates.Select(c => c.ProviderId).ToHashSet();
                    foreach (var (provider, _, _) in otherwiseEligible.Where(x => !ConsentLawEnforcement.Excludes(x.Provider, client)))
                    {
                        Assert.Contains(provider.Id, shown);
                    }
                }
            }
        });

    [Fact]
    public void A_client_who_declined_law_enforcement_is_never_routed_to_it_except_a_protective_agency_for_a_known_minor() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var declined = client.WithConsent(client.Consent with { LawEnforcementContactAllowed = false });
            var result = ReferralMatcher.Compile(network, policy).Match(declined, at, Everything);
            foreach (var candidate in result.Needs.SelectMany(n => n.Candidates))
            {
                var provider = network.Providers.Single(p => p.Id == candidate.ProviderId);
                if (provider.IsLawEnforcementAffiliated)
                {
                    Assert.Equal(AgeTreatment.Minor, declined.AgeTreatment);
                    Assert.True(MandatoryRoutingRule.IsProtectiveAgency(provider.Category), $"{provider.Id} is not a protective agency");
                    Assert.NotNull(candidate.MandatoryRule);
                    Assert.Contains(ReasonCodes.MandatoryRule, candidate.Reasons);
                }
            }
        });

    [Fact]
    public void Every_candidate_with_an_applicable_or_possible_duty_carries_its_notice_and_no_other_does() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var result = ReferralMatcher.Compile(network, policy).Match(client, at, Everything);
            foreach (var candidate in result.Needs.SelectMany(n => n.Candidates))
            {
                var provider = network.Providers.Single(p => p.Id == candidate.ProviderId);
                var expected = provider.ReportingDuties
                    .Where(code => policy.FindDuty(code) is not { } duty || ReportingDutyNotice.Evaluate(duty.Trigger, client) != ReportingDutyNotice.TriggerStatus.DoesNotHold)
                    .ToArray();
                Assert.Equal(expected, candidate.Notices.Select(n => n.DutyCode).ToArray());
                foreach (var notice in candidate.Notices)
                {
                    var certain = policy.FindDuty(notice.DutyCode) is { } duty && policy.CertainDuties.Contains(duty.Code) &&
                        ReportingDutyNotice.Evaluate(duty.Trigger, client) == ReportingDutyNotice.TriggerStatus.Holds;
                    Assert.Equal(certain ? DutyCertainty.Applies : DutyCertainty.MayApply, notice.Certainty);
                }
            }

            Assert.Equal(
                result.Needs.SelectMany(n => n.Candidates.SelectMany(c => c.Notices).Concat(n.EmergencyOptions.SelectMany(e => e.Notices))).Select(n => n.DutyCode).Distinct().Order(StringComparer.Ordinal),
                result.Notices.Select(n => n.DutyCode));
        });

    [Fact]
    public void A_client_of_unknown_age_gets_every_candidate_a_minor_gets_except_those_only_a_mandatory_rule_admits() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var matcher = ReferralMatcher.Compile(network, policy);
            var minor = matcher.Match(client with { AgeYears = 16 }, at, Everything);
            var unknown = matcher.Match(client with { AgeYears = null }, at, Everything);
            Assert.Equal(AgeTreatment.PossibleMinor, unknown.AgeTreatment);
            Assert.All(unknown.RequiredActions, a => Assert.Equal(RequiredActionStatus.MayBeRequiredConfirmAge, a.Status));
            for (var i = 0; i < minor.Needs.Length; i++)
            {
                var shown = unknown.Needs[i].Candidates.Select(c => c.ProviderId).ToHashSet();
                foreach (var candidate in minor.Needs[i].Candidates.Where(c => c.MandatoryRule is null))
                {
                    Assert.Contains(candidate.ProviderId, shown);
                }

                Assert.All(unknown.Needs[i].Candidates, c => Assert.Null(c.MandatoryRule));
            }
        });

    [Fact]
    public void A_client_of_unknown_age_gets_every_candidate_an_adult_gets_marked_to_confirm_age() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var matcher = ReferralMatcher.Compile(network, policy);
            var adult = matcher.Match(client with { AgeYears = 30 }, at, Everything);
            var unknown = matcher.Match(client with { AgeYears = null }, at, Everything);
            for (var i = 0; i < adult.Needs.Length; i++)
            {
                var need = client.Needs[i];
                var shown = unknown.Needs[i].Candidates.ToDictionary(c => c.ProviderId);
                foreach (var candidate in adult.Needs[i].Candidates)
                {
                    // The one documented exception: the client's own choice to avoid reporting duties, for a routine need,
                    // also avoids a duty that may apply to a possible minor (such as child-abuse reporting).
                    var provider = network.Providers.Single(p => p.Id == candidate.ProviderId);
                    var avoidsADutyForMinors = client.Consent.AvoidsReportingDuties && need.Urgency == NeedUrgency.Routine &&
                        !ReportingDutyNotice.NoticesFor(provider, client with { AgeYears = null }, policy).IsEmpty;
                    if (avoidsADutyForMinors)
                    {
                        continue;
                    }

                    Assert.True(shown.TryGetValue(candidate.ProviderId, out var kept), $"{need.Need}: {candidate.ProviderId} lost for a client of unknown age");
                    var offering = provider.Services.Single(o => o.Id == kept.OfferingId);
                    Assert.Equal(!offering.Eligibility.Ages.IsAny, kept.Reasons.Contains(ReasonCodes.ConfirmAge));
                }
            }
        });

    [Fact]
    public void For_an_immediate_need_no_closed_candidate_ranks_above_an_open_one() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var result = ReferralMatcher.Compile(network, policy).Match(client, at, Everything);
            foreach (var need in result.Needs.Where(n => n.Urgency == NeedUrgency.Immediate))
            {
                var tiers = need.Candidates.Select(c => c.Tier!.Value).ToList();
                Assert.Equal(tiers.Order(), tiers);
                Assert.All(need.Candidates.Where(c => c.OpenState == OpenState.Open), c => Assert.Equal(UrgencyTier.OpenNow, c.Tier));
            }
        });

    [Fact]
    public void Every_unmet_immediate_need_carries_the_policys_fallbacks() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var result = ReferralMatcher.Compile(network, policy).Match(client, at);
            foreach (var need in result.Needs)
            {
                var expected = policy.Fallbacks.Where(f => f.Serves(need.Need)).ToArray();
                if (need.Urgency == NeedUrgency.Immediate && (!need.IsMet || need.Candidates[0].Tier != UrgencyTier.OpenNow))
                {
                    Assert.Equal(expected, need.Fallbacks.ToArray());
                    Assert.Contains(FallbackContacts.NationalHumanTraffickingHotline, need.Fallbacks);
                }
                else
                {
                    Assert.Empty(need.Fallbacks);
                }
            }
        });

    [Fact]
    public void The_clients_own_exclusions_hold_for_every_need_and_are_never_shown_as_emergency_options() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var result = ReferralMatcher.Compile(network, policy).Match(client, at, Everything);
            foreach (var need in result.Needs)
            {
                foreach (var id in need.Candidates.Select(c => c.ProviderId).Concat(need.EmergencyOptions.Select(e => e.ProviderId)))
                {
                    Assert.False(ClientChoice.Excludes(network.Providers.Single(p => p.Id == id), client), $"{id} was excluded by the client");
                }
            }
        });

    [Fact]
    public void A_need_is_unmet_exactly_when_the_readable_rules_find_no_candidate() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var result = ReferralMatcher.Compile(network, Policy).Match(client, at);
            foreach (var need in result.Needs)
            {
                var candidates = RuleSetReference.Candidates(network, client, client.Needs.Single(n => n.Need == need.Need), Policy, at).ToList();
                Assert.Equal(candidates.Count == 0, !need.IsMet);
                if (!need.IsMet)
                {
                    var offered = network.Providers.SelectMany(p => p.Services).Any(o => o.Serves(need.Need));
                    Assert.Equal(offered ? UnmetReason.AllExcluded : UnmetReason.NotOffered, need.Unmet);
                }
                else
                {
                    Assert.Null(need.Unmet);
                    Assert.Equal(Math.Min(5, candidates.Select(e => e.Provider.Id).Distinct().Count()), need.Candidates.Length);
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
                var expected = RuleSetReference.Assess(network, client, client.Needs.Single(n => n.Need == need.Need), Policy, at)
                    .Where(x => !x.Assessment.IsCandidate)
                    .Select(x => new MatchExclusion(x.Provider.Id, x.Offering.Id, x.Assessment.BrokenRules))
                    .ToList();
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
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var matcher = ReferralMatcher.Compile(network, policy);
            Assert.Equal(matcher.Match(client, at), ReferralMatcher.Compile(network, policy).Match(client, at));
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
            Assert.All(result.Needs.SelectMany(n => n.EmergencyOptions), c =>
                Assert.Equal(network.Providers.Single(p => p.Id == c.ProviderId).PublicAddress, c.Address));
        });

    [Fact]
    public void Networks_profiles_policies_and_results_round_trip_through_json() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var networkJson = JsonSerializer.Serialize(network, CoalitionJsonContext.Default.ReferralNetwork);
            Assert.Equal(network, JsonSerializer.Deserialize(networkJson, CoalitionJsonContext.Default.ReferralNetwork));
            var clientJson = JsonSerializer.Serialize(client, CoalitionJsonContext.Default.ClientProfile);
            Assert.Equal(client, JsonSerializer.Deserialize(clientJson, CoalitionJsonContext.Default.ClientProfile));
            var policyJson = JsonSerializer.Serialize(policy, CoalitionJsonContext.Default.ReferralPolicy);
            Assert.Equal(policy, JsonSerializer.Deserialize(policyJson, CoalitionJsonContext.Default.ReferralPolicy));
            var result = ReferralMatcher.Compile(network, policy).Match(client, at, Everything);
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
                var rebuilt = ReferralMatcher.Compile(network.With(provider with { Services = [.. provider.Services.Select(s => s.Id == offering.Id ? s.WithCapacity(capacity) : s)] }));
                Assert.Equal(rebuilt.Match(client, at, Everything), overlay.Match(client, at, Everything));
                Assert.Equal(capacity, overlay.CapacityOf(provider.Id, offering.Id));
            });
}
