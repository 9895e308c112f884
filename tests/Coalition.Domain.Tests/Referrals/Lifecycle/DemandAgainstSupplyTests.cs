using System.Collections.Immutable;
using Coalition.Domain.Coalitions;
using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Referrals.Network;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace Coalition.Domain.Tests.Referrals.Lifecycle;

/// <summary>The needs assessment's demand-against-supply section, from referral outcomes (issue 13).</summary>
public sealed class DemandAgainstSupplyTests
{
    private static readonly NetworkAssessmentScope Scope = new(["north", "south", "east"], "America/Chicago", new LocalDate(2026, 11, 16));

    private static List<Referral> Referrals(List<(ConsentRelease Release, Referral Draft, ReleaseScope Scope, Instant SentAt, ImmutableArray<ReferralEvent> After)> histories) =>
        [.. histories.Select((h, i) => LifecycleGenerators.Played(h, $"referral-{i}"))];

    [Fact]
    public void Demand_equals_a_naive_count_of_the_referrals_and_supply_equals_the_coverage() =>
        Properties.ForAll(
            (from network in ReferralGenerators.Networks
             from histories in FsCheck.Fluent.Gen.ListOf(LifecycleGenerators.Histories).Select(l => l.Take(25).ToList())
             select (network, histories)).ToArbitrary(),
            input =>
            {
                var referrals = Referrals(input.histories);
                var plain = NetworkNeedsAssessment.Assess(input.network, Scope);
                var report = NetworkNeedsAssessment.Assess(input.network, Scope, ReferralMetrics.Compute(referrals));
                Assert.Equal(plain.Needs.ToList(), report.Needs.ToList());
                Assert.Equal(plain.Gaps.ToList(), report.Gaps.ToList());
                Assert.Equal(report, NetworkNeedsAssessment.Assess(input.network, Scope, ReferralMetrics.Compute(Enumerable.Reverse(referrals))));

                var sent = referrals.Where(r => r.SentAt is not null && r.Status != ReferralStatus.EnteredInError).ToList();
                var expected = report.Needs.Where(c => sent.Any(r => r.Need == c.Need)).Select(c =>
                {
                    var mine = sent.Where(r => r.Need == c.Need).ToList();
                    return new NeedDemand(
                        c.Need,
                        c.ProviderIds.Length,
                        c.Capacity.Available,
                        mine.Count,
                        mine.Count(r => r.History.Any(e => e.Status == ReferralStatus.Accepted)),
                        mine.Count(r => r.Status == ReferralStatus.Rejected),
                        mine.Count(r => r.Status == ReferralStatus.Rejected && r.History[^1].Reason == ReferralReason.NoCapacity),
                        mine.Count(r => r.Outcome == ReferralOutcome.NeedMet),
                        mine.Count(r => r.Outcome is not null));
                }).ToList();
                Assert.Equal(expected, report.DemandAgainstSupply.ToList());
            });

    [Fact]
    public void The_coalition_report_prints_demand_against_supply_only_when_outcomes_are_given()
    {
        var network = SampleData.Network;
        var scope = new NetworkAssessmentScope(["riverbend-central", "riverbend-north"], "America/Chicago", new LocalDate(2026, 11, 16));
        var provider = network.Providers[0];
        var offering = provider.Services[0];
        var rejected = Referral.SelfReferral("referral-1", "client-1", offering.Needs[0], Coalition.Domain.Referrals.Clients.NeedUrgency.Routine, provider.Id, offering.Id, "advocate", LifecycleGenerators.Start)
            .Reject(LifecycleGenerators.Start + Duration.FromHours(1), ReferralReason.NoCapacity);
        var coalition = Coalition.Domain.Tests.Coalitions.SampleCoalitionTests.LoadCoalition();
        var with = CoalitionReport.Create(coalition, network, scope, outcomes: ReferralMetrics.Compute([rejected])).ToMarkdown();
        var without = CoalitionReport.Create(coalition, network, scope).ToMarkdown();
        Assert.Contains("## Demand against supply", with, StringComparison.Ordinal);
        Assert.Contains($"| {offering.Needs[0].Code} |", with[with.IndexOf("## Demand against supply", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("Demand against supply", without, StringComparison.Ordinal);
    }
}
