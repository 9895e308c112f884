using System.Collections.Immutable;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Lifecycle;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Referrals.Lifecycle;

/// <summary>Generators for invented releases and referral histories: random walks through the transition table.</summary>
internal static class LifecycleGenerators
{
    internal static readonly Instant Start = Instant.FromUtc(2026, 11, 2, 9, 0);

    internal static readonly string[] Providers = ["provider-a", "provider-b", "provider-c"];

    internal static readonly ServiceNeed[] Needs = [ServiceNeeds.HousingEmergency, ServiceNeeds.Food, ServiceNeeds.CaseManagement, ServiceNeeds.MentalHealthCare];

    internal static readonly ReferralReason[] Reasons = Enum.GetValues<ReferralReason>();

    internal static Gen<ReleaseScope> Scopes { get; } = Gen.Choose(1, 15).Select(s => (ReleaseScope)s);

    /// <summary>A release that is valid for its own recipient, scope and needs between its given and expiry instants.</summary>
    internal static Gen<ConsentRelease> Releases { get; } =
        from id in Gen.Choose(1, 5)
        from client in Gen.Elements("client-1", "client-2")
        from provider in Gen.Elements(Providers)
        from scope in Scopes
        from needs in Gen.SubListOf(Needs).Where(l => l.Count > 0)
        from givenHours in Gen.Choose(0, 48)
        from days in Gen.Choose(1, 90)
        from status in Gen.Elements(ReleaseClientStatus.Adult, ReleaseClientStatus.EmancipatedMinor, ReleaseClientStatus.UnemancipatedMinor, ReleaseClientStatus.AgeUnknown)
        let parties = status == ReleaseClientStatus.UnemancipatedMinor ? new[] { ConsentingParty.Client, ConsentingParty.ParentOrGuardian } : new[] { ConsentingParty.Client }
        select ConsentRelease.Create(
            $"release-{id}", client, provider, scope, needs, Start + Duration.FromHours(givenHours), Start + Duration.FromHours(givenHours) + Duration.FromDays(days),
            ConsentMethod.ElectronicSignature, status, parties, status == ReleaseClientStatus.UnemancipatedMinor);

    /// <summary>A draft referral covered by the release (same client, recipient and one of its needs).</summary>
    internal static Gen<(ConsentRelease Release, Referral Draft)> Drafts { get; } =
        from release in Releases
        from need in Gen.Elements(release.Needs.ToArray())
        from urgency in Gen.Elements(NeedUrgency.Immediate, NeedUrgency.Routine)
        select (release, new Referral("referral-1", release.ClientKey, need, urgency, release.RecipientProviderId, "s1", "case-manager", release.GivenAt, false, []));

    /// <summary>A valid sequence of moves after sending: a random walk through <see cref="ReferralTransitions.Allowed"/>.</summary>
    internal static Gen<ImmutableArray<ReferralEvent>> WalkFrom(ReferralStatus state, Instant after, int steps) =>
        steps == 0 || ReferralTransitions.IsTerminal(state)
            ? Gen.Constant(ImmutableArray<ReferralEvent>.Empty)
            : from stop in Gen.Choose(0, 5)
              from next in Gen.Elements(ReferralTransitions.Allowed[state].Where(s => s != ReferralStatus.Requested).ToArray())
              from minutes in Gen.Choose(0, 3000)
              from reason in Gen.Elements(Reasons)
              from outcome in Gen.Elements(Enum.GetValues<ReferralOutcome>())
              from actor in Gen.Elements(ActorRole.Referrer, ActorRole.Recipient)
              let e = new ReferralEvent(next, after + Duration.FromMinutes(minutes), actor,
                  ReferralTransitions.RequiresReason(next) ? reason : null, ReferralTransitions.RequiresOutcome(next) ? outcome : null)
              from rest in stop == 0 ? Gen.Constant(ImmutableArray<ReferralEvent>.Empty) : WalkFrom(next, e.At, steps - 1)
              select rest.Insert(0, e);

    /// <summary>A release, a draft it covers, the sending instant inside the release's period, and the moves after sending.</summary>
    internal static Gen<(ConsentRelease Release, Referral Draft, ReleaseScope Scope, Instant SentAt, ImmutableArray<ReferralEvent> After)> Histories { get; } =
        from pair in Drafts
        from minutes in Gen.Choose(0, (60 * 24) - 1)
        from scopeBits in Gen.Choose(1, 15)
        let scope = (ReleaseScope)scopeBits & pair.Release.Scope
        where scope != ReleaseScope.None
        let sentAt = pair.Release.GivenAt + Duration.FromMinutes(minutes)
        from after in WalkFrom(ReferralStatus.Requested, sentAt, 6)
        select (pair.Release, pair.Draft, scope, sentAt, after);

    /// <summary>The referral of a history, sent and then moved through its events, under the given id.</summary>
    internal static Referral Played((ConsentRelease Release, Referral Draft, ReleaseScope Scope, Instant SentAt, ImmutableArray<ReferralEvent> After) h, string id)
    {
        var sent = h.Draft.Send(h.Release, h.Scope, h.SentAt).Referral;
        var referral = new Referral(id, sent.ClientKey, sent.Need, sent.Urgency, sent.ProviderId, sent.OfferingId, sent.ReferrerRole, sent.CreatedAt, sent.IsSelfReferral, sent.History);
        foreach (var e in h.After)
        {
            referral = referral.Apply(e);
        }

        return referral;
    }
}
