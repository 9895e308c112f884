using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Serialization;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace Coalition.Domain.Tests.Referrals.Lifecycle;

/// <summary>The laws of the referral lifecycle (issue 13).</summary>
public sealed class ReferralLifecyclePropertyTests
{
    private static Referral Sent((ConsentRelease Release, Referral Draft, ReleaseScope Scope, Instant SentAt, ImmutableArray<ReferralEvent> After) h)
    {
        var result = h.Draft.Send(h.Release, h.Scope, h.SentAt);
        Assert.True(result.IsSent, result.Consent.Explanation);
        return result.Referral;
    }

    [Fact]
    public void Replaying_a_referrals_events_gives_the_same_referral_as_applying_them_one_by_one() =>
        Properties.ForAll(LifecycleGenerators.Histories.ToArbitrary(), h =>
        {
            var stepwise = Sent(h);
            foreach (var e in h.After)
            {
                stepwise = stepwise.Apply(e);
            }

            var releases = new Dictionary<string, ConsentRelease> { [h.Release.Id] = h.Release };
            var replayed = Referral.Replay(h.Draft, Sent(h).History.Concat(h.After), releases);
            Assert.Equal(stepwise, replayed);
            Assert.Equal(h.After.IsEmpty ? ReferralStatus.Requested : h.After[^1].Status, replayed.Status);

            // The constructor accepts exactly the replayed history, and JSON round-trips it.
            Assert.Equal(replayed, replayed with { History = replayed.History });
            var json = JsonSerializer.Serialize(replayed, CoalitionJsonContext.Default.Referral);
            Assert.Equal(replayed, CoalitionJson.Deserialize(json, CoalitionJsonContext.Default.Referral));
        });

    [Fact]
    public void Every_move_the_table_does_not_allow_is_rejected_naming_both_states_and_terminal_states_stay_terminal() =>
        Properties.ForAll(LifecycleGenerators.Histories.ToArbitrary(), h =>
        {
            var referral = Sent(h);
            foreach (var e in h.After)
            {
                referral = referral.Apply(e);
            }

            foreach (var to in Enum.GetValues<ReferralStatus>())
            {
                if (ReferralTransitions.IsAllowed(referral.Status, to) || to == ReferralStatus.Requested)
                {
                    continue;
                }

                var move = new ReferralEvent(
                    to,
                    referral.History[^1].At,
                    ActorRole.Recipient,
                    ReferralTransitions.RequiresReason(to) ? ReferralReason.Other : null,
                    ReferralTransitions.RequiresOutcome(to) ? ReferralOutcome.NotMet : null);
                var error = Assert.Throws<InvalidOperationException>(() => referral.Apply(move));
                Assert.Contains(referral.Status.ToString(), error.Message, StringComparison.Ordinal);
                Assert.Contains(to.ToString(), error.Message, StringComparison.Ordinal);
            }

            if (ReferralTransitions.IsTerminal(referral.Status))
            {
                Assert.Empty(ReferralTransitions.Allowed[referral.Status]);
                Assert.False(referral.IsOpen);
            }
        });

    [Fact]
    public void No_referral_is_ever_sent_without_a_release_valid_for_its_recipient_scope_and_need_at_the_instant_of_sending() =>
        Properties.ForAll(
            (from h in LifecycleGenerators.Histories
             from other in LifecycleGenerators.Releases
             from offset in FsCheck.Fluent.Gen.Choose(-3, 200)
             from scope in LifecycleGenerators.Scopes
             select (h, other, offset, scope)).ToArbitrary(),
            input =>
            {
                var (h, other, offset, scope) = input;
                var at = h.SentAt + Duration.FromDays(offset);
                if (at < h.Draft.CreatedAt)
                {
                    return;
                }

                var result = h.Draft.Send(other, scope, at);
                var expected = other.CheckFor(h.Draft.ClientKey, h.Draft.ProviderId, scope, h.Draft.Need, at);
                Assert.Equal(expected.IsValid, result.IsSent);
                Assert.Equal(expected, result.Consent);
                Assert.Equal(result.IsSent ? ReferralStatus.Requested : ReferralStatus.Draft, result.Referral.Status);
                if (!result.IsSent)
                {
                    Assert.Same(h.Draft, result.Referral);
                    Assert.NotEmpty(result.Consent.Problems);
                }
            });

    [Fact]
    public void After_a_revocation_no_referral_relying_on_the_release_is_open_and_no_new_one_is_sent() =>
        Properties.ForAll(
            (from h in LifecycleGenerators.Histories
             from minutes in FsCheck.Fluent.Gen.Choose(0, 5000)
             select (h, minutes)).ToArbitrary(),
            input =>
            {
                var (h, minutes) = input;
                var referral = Sent(h);
                foreach (var e in h.After)
                {
                    referral = referral.Apply(e);
                }

                var unrelated = Referral.SelfReferral("referral-2", h.Draft.ClientKey, h.Draft.Need, h.Draft.Urgency, h.Draft.ProviderId, "s1", "advocate", h.SentAt);
                var revoked = h.Release.Revoke(h.Release.GivenAt + Duration.FromMinutes(minutes), ActorRole.Referrer, RevocationMethod.Verbal);
                var after = Referral.CancelForRevocation([referral, unrelated], revoked);
                Assert.False(after[0].IsOpen);
                Assert.Equal(referral.IsOpen ? ReferralReason.ConsentRevoked : referral.History[^1].Reason, after[0].History[^1].Reason);
                Assert.Equal(unrelated, after[1]);
                Assert.False(h.Draft.Send(revoked, h.Scope, revoked.Revocation!.At).IsSent);
            });

    [Fact]
    public void Follow_up_is_deterministic_order_independent_and_monotone_in_time() =>
        Properties.ForAll(
            (from hs in FsCheck.Fluent.Gen.ListOf(LifecycleGenerators.Histories).Select(l => l.Take(8).ToList())
             from hours in FsCheck.Fluent.Gen.Choose(0, 24 * 30)
             from later in FsCheck.Fluent.Gen.Choose(0, 24 * 30)
             select (hs, hours, later)).ToArbitrary(),
            input =>
            {
                var (hs, hours, later) = input;
                var referrals = hs.Select((h, i) => LifecycleGenerators.Played(h, $"referral-{i}")).ToList();
                var at = LifecycleGenerators.Start + Duration.FromHours(hours);
                var due = FollowUp.Due(referrals, at);
                Assert.Equal(due.ToList(), FollowUp.Due(Enumerable.Reverse(referrals), at).ToList());
                var dueLater = FollowUp.Due(referrals, at + Duration.FromHours(later));
                Assert.Subset(dueLater.Select(d => (d.ReferralId, d.Kind)).ToHashSet(), due.Select(d => (d.ReferralId, d.Kind)).ToHashSet());
                Assert.All(due, d => Assert.True(d.DueAt <= at));
            });

    [Fact]
    public void Metrics_are_order_independent_and_equal_a_naive_recomputation() =>
        Properties.ForAll(
            FsCheck.Fluent.Gen.ListOf(LifecycleGenerators.Histories).Select(l => l.Take(30).ToList()).ToArbitrary(),
            hs =>
            {
                var referrals = hs.Select((h, i) => LifecycleGenerators.Played(h, $"referral-{i}")).ToList();
                var metrics = ReferralMetrics.Compute(referrals);
                Assert.Equal(metrics, ReferralMetrics.Compute(Enumerable.Reverse(referrals)));
                Assert.Equal(Coalition.Domain.Shared.Lifecycle.NaiveMetrics.Compute(referrals), metrics.Rows.ToList());
                var json = JsonSerializer.Serialize(metrics, CoalitionJsonContext.Default.ReferralMetrics);
                Assert.Equal(metrics, CoalitionJson.Deserialize(json, CoalitionJsonContext.Default.ReferralMetrics));
            });

    [Fact]
    public void Releases_round_trip_through_json_and_equality_agrees_with_the_hash_code() =>
        Properties.ForAll(
            (from release in LifecycleGenerators.Releases
             from revoke in FsCheck.Fluent.Gen.Elements(true, false)
             select revoke ? release.Revoke(release.GivenAt + Duration.FromHours(1), ActorRole.Recipient, RevocationMethod.Written) : release).ToArbitrary(),
            release =>
            {
                var json = JsonSerializer.Serialize(release, CoalitionJsonContext.Default.ConsentRelease);
                var back = CoalitionJson.Deserialize(json, CoalitionJsonContext.Default.ConsentRelease);
                Assert.Equal(release, back);
                Assert.Equal(release.GetHashCode(), back.GetHashCode());
                Assert.DoesNotContain(release.ClientKey, release.ToString(), StringComparison.Ordinal);
            });

    [Fact]
    public void Policies_follow_ups_and_reroutes_round_trip_through_json() =>
        Properties.ForAll(
            (from days in FsCheck.Fluent.Gen.Choose(1, 365)
             from hours in FsCheck.Fluent.Gen.Choose(1, 48)
             from needs in FsCheck.Fluent.Gen.SubListOf(LifecycleGenerators.Needs)
             from h in LifecycleGenerators.Histories
             select (days, hours, needs, h)).ToArbitrary(),
            input =>
            {
                var (days, hours, needs, h) = input;
                var consent = new ConsentPolicy(Duration.FromDays(days), [.. needs]);
                Assert.Equal(consent, CoalitionJson.Deserialize(JsonSerializer.Serialize(consent, CoalitionJsonContext.Default.ConsentPolicy), CoalitionJsonContext.Default.ConsentPolicy));
                var followUp = new FollowUpPolicy(Duration.FromHours(hours), Duration.FromHours(hours * 2), Duration.FromDays(days % 30 + 1), Duration.FromDays(days % 30 + 2));
                Assert.Equal(followUp, CoalitionJson.Deserialize(JsonSerializer.Serialize(followUp, CoalitionJsonContext.Default.FollowUpPolicy), CoalitionJsonContext.Default.FollowUpPolicy));
                var due = FollowUp.Due([Sent(h)], h.SentAt + Duration.FromDays(30), followUp);
                Assert.Equal(due.ToList(), CoalitionJson.Deserialize(JsonSerializer.Serialize(due, CoalitionJsonContext.Default.ImmutableArrayFollowUpItem), CoalitionJsonContext.Default.ImmutableArrayFollowUpItem).ToList());
                var e = Sent(h).History[0];
                Assert.Equal(e, CoalitionJson.Deserialize(JsonSerializer.Serialize(e, CoalitionJsonContext.Default.ReferralEvent), CoalitionJsonContext.Default.ReferralEvent));
            });
}
