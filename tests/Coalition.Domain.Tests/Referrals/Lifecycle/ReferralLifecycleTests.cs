using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Tests.Referrals;
using NodaTime;
using Xunit;

namespace Coalition.Domain.Tests.Referrals.Lifecycle;

public sealed class ReferralLifecycleTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 23, 15, 0);

    private static (ClientProfile Client, MatchResult Match) Matched()
    {
        var matcher = ReferralMatcher.Compile(SampleData.Network);
        var client = SampleData.Clients.Select(c => c.Client).First(c => c.Needs.Any(n => n.Urgency == NeedUrgency.Immediate));
        return (client, matcher.Match(client, At));
    }

    private static ConsentRelease ReleaseFor(MatchCandidate candidate, ServiceNeed need, Instant at) =>
        ConsentRelease.Create("release-" + candidate.ProviderId, "client-key-1", candidate.ProviderId, ReleaseScope.ContactDetails | ReleaseScope.Needs, [need], at, at + Duration.FromDays(30),
            ConsentMethod.ElectronicSignature, ReleaseClientStatus.Adult, [ConsentingParty.Client]);

    [Fact]
    public void A_draft_from_a_match_keeps_its_reasons_and_notices_and_is_sent_only_with_a_release()
    {
        var (_, match) = Matched();
        var need = match.Needs.First(n => !n.Candidates.IsEmpty);
        var candidate = need.Candidates[0];
        var draft = Referral.Draft("referral-1", "client-key-1", need, candidate, "case-manager", At);
        Assert.Equal(candidate.Reasons.ToList(), draft.MatchReasons.ToList());
        Assert.Equal(ReferralStatus.Draft, draft.Status);

        var refused = draft.Send(null, ReleaseScope.Needs, At);
        Assert.False(refused.IsSent);
        Assert.Equal(new[] { ReleaseProblem.NoRelease }, refused.Consent.Problems.ToArray());
        Assert.Equal(ReferralStatus.Draft, refused.Referral.Status);

        var release = ReleaseFor(candidate, need.Need, At);
        var sent = draft.Send(release, ReleaseScope.Needs, At + Duration.FromMinutes(5));
        Assert.True(sent.IsSent);
        Assert.Equal(ReferralStatus.Requested, sent.Referral.Status);
        Assert.Equal(release.Id, sent.Referral.ReleaseId);
        Assert.Throws<InvalidOperationException>(() => sent.Referral.Send(release, ReleaseScope.Needs, At + Duration.FromMinutes(6)));
    }

    [Fact]
    public void An_emergency_option_is_never_drafted_as_a_referral()
    {
        var (_, match) = Matched();
        var need = match.Needs.First(n => !n.Candidates.IsEmpty);
        var other = match.Needs.SelectMany(n => n.Candidates).First(c => !need.Candidates.Contains(c));
        var error = Assert.Throws<ArgumentException>(() => Referral.Draft("referral-1", "client-key-1", need, other, "case-manager", At));
        Assert.Equal("candidate", error.ParamName);
    }

    [Fact]
    public void A_self_referral_shares_nothing_and_needs_no_release()
    {
        var referral = Referral.SelfReferral("referral-9", "client-key-1", ServiceNeeds.HousingEmergency, NeedUrgency.Immediate, "provider-a", "s1", "advocate", At);
        Assert.Equal(ReferralStatus.Requested, referral.Status);
        Assert.Null(referral.ReleaseId);
        Assert.True(referral.IsSelfReferral);
        Assert.Throws<InvalidOperationException>(() => referral.Send(null, ReleaseScope.Needs, At));
        Assert.Equal(ReferralStatus.Accepted, referral.Accept(At + Duration.FromHours(1)).Status);
    }

    [Fact]
    public void Moves_need_their_reason_or_outcome_and_stay_in_time_order()
    {
        var referral = Referral.SelfReferral("referral-9", "client-key-1", ServiceNeeds.Food, NeedUrgency.Routine, "provider-a", "s1", "advocate", At);
        Assert.Equal("Reason", Assert.Throws<ArgumentException>(() => new ReferralEvent(ReferralStatus.Rejected, At, ActorRole.Recipient)).ParamName);
        Assert.Equal("Outcome", Assert.Throws<ArgumentException>(() => new ReferralEvent(ReferralStatus.Completed, At, ActorRole.Recipient)).ParamName);
        Assert.Equal("Outcome", Assert.Throws<ArgumentException>(() => new ReferralEvent(ReferralStatus.Accepted, At, ActorRole.Recipient, null, ReferralOutcome.NeedMet)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => referral.Accept(At - Duration.FromMinutes(1)));
        var completed = referral.Accept(At).Start(At + Duration.FromDays(1)).Complete(At + Duration.FromDays(3), ReferralOutcome.PartlyMet, ReferralReason.NoCapacity);
        Assert.Equal(ReferralOutcome.PartlyMet, completed.Outcome);
        var terminal = Assert.Throws<InvalidOperationException>(() => completed.Start(At + Duration.FromDays(4)));
        Assert.Contains("Completed is terminal", terminal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_referral_is_rerouted_to_the_next_candidate_and_an_exhausted_immediate_need_keeps_its_fallbacks()
    {
        var (_, match) = Matched();
        var need = match.Needs.First(n => n.Candidates.Length >= 2);
        var first = need.Candidates[0];
        var referral = Referral.Draft("referral-1", "client-key-1", need, first, "case-manager", At)
            .Send(ReleaseFor(first, need.Need, At), ReleaseScope.Needs, At).Referral
            .Reject(At + Duration.FromHours(1), ReferralReason.NoCapacity);
        var next = Reroute.Next(need, "client-key-1", [referral]);
        Assert.Equal(need.Candidates.First(c => c.ProviderId != first.ProviderId), next.Next);
        Assert.Contains(next.Skipped, s => s.ProviderId == first.ProviderId && s.Reason == ReferralReason.NoCapacity);

        // Another client's rejection changes nothing.
        Assert.Equal(first, Reroute.Next(need, "client-key-2", [referral]).Next);

        var everyone = need.Candidates.Select((c, i) => Referral.SelfReferral($"referral-{i + 10}", "client-key-1", need.Need, need.Urgency, c.ProviderId, c.OfferingId, "advocate", At)
            .Reject(At + Duration.FromMinutes(1), ReferralReason.NotEligible)).ToList();
        var none = Reroute.Next(need, "client-key-1", everyone);
        Assert.Null(none.Next);
        Assert.Equal(need.Candidates.Length, none.Skipped.Length);
        Assert.Equal(need.Fallbacks.ToList(), none.Fallbacks.ToList());
        Assert.Equal(need.EmergencyOptions.ToList(), none.EmergencyOptions.ToList());
    }

    [Fact]
    public void Follow_up_lists_an_immediate_referral_unanswered_after_four_hours_and_not_before()
    {
        var referral = Referral.SelfReferral("referral-9", "client-key-1", ServiceNeeds.HousingEmergency, NeedUrgency.Immediate, "provider-a", "s1", "advocate", At);
        Assert.Empty(FollowUp.Due([referral], At + Duration.FromHours(4) - Duration.FromSeconds(1)));
        var due = Assert.Single(FollowUp.Due([referral], At + Duration.FromHours(5)));
        Assert.Equal(FollowUpKind.AwaitingAcceptance, due.Kind);
        Assert.Equal(Duration.FromHours(1), due.OverdueBy);
        Assert.Contains("4 hours", due.Explanation, StringComparison.Ordinal);

        var accepted = referral.Accept(At + Duration.FromHours(2));
        Assert.Empty(FollowUp.Due([accepted], At + Duration.FromHours(23)));
        Assert.Equal(FollowUpKind.AwaitingFirstContact, Assert.Single(FollowUp.Due([accepted], At + Duration.FromHours(24))).Kind);
        Assert.Empty(FollowUp.Due([accepted.Start(At + Duration.FromHours(25))], At + Duration.FromDays(30)));
    }

    [Fact]
    public void Metrics_count_acceptance_rejection_reasons_times_and_needs_met()
    {
        Referral Self(int i) => Referral.SelfReferral($"referral-{i}", $"client-{i}", ServiceNeeds.Food, NeedUrgency.Routine, "provider-a", "s1", "advocate", At);
        var referrals = new[]
        {
            Self(1).Accept(At + Duration.FromHours(2)).Start(At + Duration.FromHours(3)).Complete(At + Duration.FromDays(2), ReferralOutcome.NeedMet),
            Self(2).Accept(At + Duration.FromHours(6)).Start(At + Duration.FromHours(7)).Complete(At + Duration.FromDays(4), ReferralOutcome.PartlyMet),
            Self(3).Reject(At + Duration.FromHours(1), ReferralReason.NoCapacity),
            Self(4).Reject(At + Duration.FromHours(1), ReferralReason.NoCapacity),
            Self(5).Apply(new ReferralEvent(ReferralStatus.EnteredInError, At, ActorRole.Referrer)),
        };
        var row = Assert.Single(ReferralMetrics.Compute(referrals).Rows);
        Assert.Equal((4, 2, 2), (row.Sent, row.Accepted, row.Rejected));
        Assert.Equal(0.5, row.AcceptanceRate);
        Assert.Equal(Duration.FromHours(2), row.MedianTimeToAcceptance);
        Assert.Equal(Duration.FromDays(2), row.MedianTimeToCompletion);
        Assert.Equal(new[] { new ReasonCount(ReferralReason.NoCapacity, 2) }, row.RejectionReasons.ToArray());
        Assert.Equal(0.5, row.ShareMet);
    }
}
