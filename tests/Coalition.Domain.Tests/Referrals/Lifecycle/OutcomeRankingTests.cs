using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace Coalition.Domain.Tests.Referrals.Lifecycle;

/// <summary>The opt-in outcome weight: off by default, only reorders, never excludes (issue 13).</summary>
public sealed class OutcomeRankingTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 23, 15, 0);

    private static Provider Shelter(string id) =>
        new(id, $"Example {id}", StakeholderCategories.Shelters, [new ServiceOffering("s1", [ServiceNeeds.HousingEmergency]) { Languages = [new LanguageCode("en")] }]);

    private static ReferralMetrics Rejections(string providerId, int noCapacity, int accepted)
    {
        Referral Self(int i) => Referral.SelfReferral($"referral-{providerId}-{i}", $"client-{i}", ServiceNeeds.HousingEmergency, NeedUrgency.Routine, providerId, "s1", "advocate", At);
        return ReferralMetrics.Compute(Enumerable.Range(0, noCapacity).Select(i => Self(i).Reject(At + Duration.FromHours(1), ReferralReason.NoCapacity))
            .Concat(Enumerable.Range(noCapacity, accepted).Select(i => Self(i).Accept(At + Duration.FromHours(1)))));
    }

    [Fact]
    public void A_provider_that_rejects_most_referrals_for_lack_of_capacity_does_not_stay_first_once_the_coalition_opts_in()
    {
        var network = new ReferralNetwork([Shelter("a-shelter"), Shelter("b-shelter")]);
        var client = new ClientProfile([new ClientNeed(ServiceNeeds.HousingEmergency, NeedUrgency.Routine)], ClientConsent.Full) { Languages = [new LanguageCode("en")] };
        var outcomes = Rejections("a-shelter", noCapacity: 4, accepted: 1);

        // Off by default: ties go to the first provider id.
        Assert.Equal("a-shelter", ReferralMatcher.Compile(network).Match(client, At).Needs[0].Candidates[0].ProviderId);

        var rule = OutcomeRanking.From(outcomes);
        Assert.Equal(-3 * 4 / 5.0, rule.AdjustmentFor("a-shelter", ServiceNeeds.HousingEmergency), 12);
        var ranked = ReferralMatcher.Compile(network, ReferralPolicy.Default.WithRule(rule)).Match(client, At).Needs[0];
        Assert.Equal(["b-shelter", "a-shelter"], ranked.Candidates.Select(c => c.ProviderId).ToArray());

        // Too few decided referrals: outcomes do not count yet.
        Assert.Equal(0, OutcomeRanking.From(Rejections("a-shelter", 2, 0)).AdjustmentFor("a-shelter", ServiceNeeds.HousingEmergency));
    }

    [Fact]
    public void The_weight_never_excludes_anyone_and_never_raises_a_provider() =>
        Properties.ForAll(
            (from scenario in ReferralGenerators.Scenarios.Generator
             from noCapacity in FsCheck.Fluent.Gen.Choose(0, 6)
             from accepted in FsCheck.Fluent.Gen.Choose(0, 6)
             select (scenario, noCapacity, accepted)).ToArbitrary(),
            input =>
            {
                var ((network, client, at), noCapacity, accepted) = input;
                if (network.Providers.IsEmpty)
                {
                    return;
                }

                var rule = OutcomeRanking.From(Rejections(network.Providers[0].Id, noCapacity, accepted), minimumDecided: 1);
                var plain = ReferralMatcher.Compile(network).Match(client, at, new MatchOptions(100));
                var weighted = ReferralMatcher.Compile(network, ReferralPolicy.Default.WithRule(rule)).Match(client, at, new MatchOptions(100));
                for (var n = 0; n < plain.Needs.Length; n++)
                {
                    Assert.Equal(plain.Needs[n].Candidates.Select(c => c.ProviderId).Order(StringComparer.Ordinal), weighted.Needs[n].Candidates.Select(c => c.ProviderId).Order(StringComparer.Ordinal));
                    Assert.Equal(plain.Needs[n].EmergencyOptions.Select(c => c.ProviderId).Order(StringComparer.Ordinal), weighted.Needs[n].EmergencyOptions.Select(c => c.ProviderId).Order(StringComparer.Ordinal));
                    Assert.Equal(plain.Needs[n].EmergencyOptions.Select(c => c.Tier), weighted.Needs[n].EmergencyOptions.Select(c => c.Tier));
                    Assert.All(weighted.Needs[n].Candidates, c => Assert.True(c.Score <= plain.Needs[n].Candidates.First(p => p.ProviderId == c.ProviderId).Score));
                    Assert.Equal(plain.Needs[n].Candidates.Select(c => c.Tier), weighted.Needs[n].Candidates.Select(c => c.Tier));
                }
            });

    [Fact]
    public void Bad_weights_are_refused_with_their_name()
    {
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeRanking.From(ReferralMetrics.Compute([]), 1)).ParamName);
        Assert.Equal("minimumDecided", Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeRanking.From(ReferralMetrics.Compute([]), -1, 0)).ParamName);
    }
}
