using System.Collections.Immutable;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Lifecycle;
using NodaTime;

namespace Coalition.Domain.Benchmarks.Lifecycle;

/// <summary>
/// An invented event log: 100,000 referrals and 1,000,000 events. One in ten referrals is rejected (2 events); of the
/// others, 40,000 take 12 events and 50,000 take 10 (sent, accepted, rounds of in-progress and on-hold, then completed or
/// failed). Each referral relies on its own release. Deterministic.
/// </summary>
public sealed class ReferralEventLog
{
    private static readonly ServiceNeed[] Needs = [ServiceNeeds.Food, ServiceNeeds.HousingEmergency, ServiceNeeds.CaseManagement, ServiceNeeds.MentalHealthCare, ServiceNeeds.LegalRepresentationImmigration];

    /// <summary>Generates the log.</summary>
    /// <param name="referrals">How many referrals (a multiple of ten).</param>
    public ReferralEventLog(int referrals = 100_000)
    {
        var start = Instant.FromUtc(2026, 1, 5, 9, 0);
        var drafts = new Referral[referrals];
        var events = new ReferralEvent[referrals][];
        var releases = new Dictionary<string, ConsentRelease>(referrals, StringComparer.Ordinal);
        var random = new Random(20261123);
        for (var i = 0; i < referrals; i++)
        {
            var created = start + Duration.FromMinutes(i);
            var need = Needs[i % Needs.Length];
            var provider = $"provider-{i % 2_000:D4}";
            var release = ConsentRelease.Create($"release-{i:D6}", $"client-{i:D6}", provider, ReleaseScope.ContactDetails | ReleaseScope.Needs, [need], created, created + Duration.FromDays(90),
                ConsentMethod.ElectronicSignature, ReleaseClientStatus.Adult, [ConsentingParty.Client]);
            releases[release.Id] = release;
            drafts[i] = new Referral($"referral-{i:D6}", release.ClientKey, need, i % 3 == 0 ? NeedUrgency.Immediate : NeedUrgency.Routine, provider, "s1", "case-manager", created, false, []);
            var at = created + Duration.FromMinutes(random.Next(1, 60));
            var list = new List<ReferralEvent>(12) { new(ReferralStatus.Requested, at, ActorRole.Referrer, null, null, release.Id, ReleaseScope.Needs) };
            Instant Next() => at += Duration.FromMinutes(random.Next(10, 3_000));
            if (i % 10 == 0)
            {
                list.Add(new ReferralEvent(ReferralStatus.Rejected, Next(), ActorRole.Recipient, random.Next(3) == 0 ? ReferralReason.NotEligible : ReferralReason.NoCapacity));
            }
            else
            {
                list.Add(new ReferralEvent(ReferralStatus.Accepted, Next(), ActorRole.Recipient));
                for (var round = 0; round < (i % 10 <= 4 ? 4 : 3); round++)
                {
                    list.Add(new ReferralEvent(ReferralStatus.InProgress, Next(), ActorRole.Recipient));
                    list.Add(new ReferralEvent(ReferralStatus.OnHold, Next(), ActorRole.Referrer, ReferralReason.WaitingForClient));
                }

                list.Add(new ReferralEvent(ReferralStatus.InProgress, Next(), ActorRole.Recipient));
                list.Add(random.Next(5) == 0
                    ? new ReferralEvent(ReferralStatus.Failed, Next(), ActorRole.Recipient, ReferralReason.ClientDidNotAttend, ReferralOutcome.NotMet)
                    : new ReferralEvent(ReferralStatus.Completed, Next(), ActorRole.Recipient, null, random.Next(4) == 0 ? ReferralOutcome.PartlyMet : ReferralOutcome.NeedMet));
            }

            events[i] = [.. list];
        }

        Drafts = drafts;
        Events = events;
        Releases = releases;
        EventCount = events.Sum(e => e.Length);
    }

    /// <summary>Gets the drafts, one per referral.</summary>
    public Referral[] Drafts { get; }

    /// <summary>Gets each referral's events, oldest first.</summary>
    public ReferralEvent[][] Events { get; }

    /// <summary>Gets the releases by id.</summary>
    public Dictionary<string, ConsentRelease> Releases { get; }

    /// <summary>Gets the number of events.</summary>
    public int EventCount { get; }

    /// <summary>The library's way: replay each referral, then compute the metrics.</summary>
    public ReferralMetrics ReplayAndMeasure()
    {
        var referrals = new Referral[Drafts.Length];
        for (var i = 0; i < referrals.Length; i++)
        {
            referrals[i] = Referral.Replay(Drafts[i], Events[i], Releases);
        }

        return ReferralMetrics.Compute(referrals);
    }

    /// <summary>
    /// The naive way: rebuild each referral through its public constructor after every event (which checks the whole
    /// history each time), check the release with LINQ over the history, and compute the metrics with LINQ group-bys.
    /// </summary>
    public List<ProviderNeedMetrics> NaiveReplayAndMeasure()
    {
        var referrals = Drafts.Select((draft, i) => Events[i].Aggregate(draft, (r, e) =>
        {
            if (e.Status == ReferralStatus.Requested && !Releases[e.ReleaseId!].CheckFor(r.ClientKey, r.ProviderId, e.SharedScope!.Value, r.Need, e.At).IsValid)
            {
                throw new InvalidOperationException("No valid release.");
            }

            return new Referral(r.Id, r.ClientKey, r.Need, r.Urgency, r.ProviderId, r.OfferingId, r.ReferrerRole, r.CreatedAt, r.IsSelfReferral, r.History.Add(e));
        })).ToList();
        return Coalition.Domain.Shared.Lifecycle.NaiveMetrics.Compute(referrals);
    }
}
