using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>
/// A referral of one client's need to one provider's offering, with an append-only history. Immutable: every step returns
/// a new referral. Its states are FHIR's task statuses (<see cref="ReferralStatus"/>), its moves are data
/// (<see cref="ReferralTransitions"/>).
/// </summary>
/// <remarks>
/// <para><b>No release, no sending.</b> <see cref="Send"/> moves a draft to requested only with a release valid for the
/// client, the recipient, the need and the scope shared at that instant; otherwise the referral stays a draft and the
/// result says which consent is missing. An emergency is no exception: the emergency path is a
/// <see cref="SelfReferral">self-referral</see>, where the client contacts the provider directly or speaks for themselves
/// on a call the advocate sets up, and nothing is shared.</para>
/// <para><b>What the constructor checks.</b> Every move in <see cref="History"/> is allowed, in time order, after
/// <see cref="CreatedAt"/>, and a shared-data send names a release (a self-referral names none). Whether that release was
/// valid needs the release itself: <see cref="Send"/>, <see cref="Apply"/> and <see cref="Replay"/> check it.</para>
/// <para><b>No identity.</b> <see cref="ClientKey"/> is the caller's opaque key; the referrer is a role, never a name.</para>
/// </remarks>
/// <param name="Id">The referral's id.</param>
/// <param name="ClientKey">The opaque client key (never derived from identity).</param>
/// <param name="Need">The need referred.</param>
/// <param name="Urgency">How soon the client needs it.</param>
/// <param name="ProviderId">The recipient provider.</param>
/// <param name="OfferingId">The recipient's offering.</param>
/// <param name="ReferrerRole">Who referred, as a role code such as <c>case-manager</c>.</param>
/// <param name="CreatedAt">When the draft was created.</param>
/// <param name="IsSelfReferral">Whether the client contacts the provider directly and nothing is shared.</param>
/// <param name="History">The moves so far, oldest first; empty for a draft.</param>
public sealed record Referral(
    string Id,
    string ClientKey,
    ServiceNeed Need,
    NeedUrgency Urgency,
    string ProviderId,
    string OfferingId,
    string ReferrerRole,
    Instant CreatedAt,
    bool IsSelfReferral,
    ImmutableArray<ReferralEvent> History)
{
    /// <summary>Gets the referral's id.</summary>
    public string Id { get; } = Identifiers.Valid(Id, nameof(Id));

    /// <summary>Gets the opaque client key.</summary>
    public string ClientKey { get; } = Identifiers.Valid(ClientKey, nameof(ClientKey));

    /// <summary>Gets the need referred.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets how soon the client needs it.</summary>
    public NeedUrgency Urgency { get; } = Preconditions.Defined(Urgency, nameof(Urgency));

    /// <summary>Gets the recipient provider's id.</summary>
    public string ProviderId { get; } = Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the recipient offering's id.</summary>
    public string OfferingId { get; } = Identifiers.Valid(OfferingId, nameof(OfferingId));

    /// <summary>Gets who referred, as a role code.</summary>
    public string ReferrerRole { get; } = Preconditions.Code(ReferrerRole, Limits.Code, nameof(ReferrerRole));

    /// <summary>Gets the moves so far, oldest first.</summary>
    public ImmutableArray<ReferralEvent> History { get => history; init => history = ValidHistory(value, CreatedAt, IsSelfReferral, nameof(History)); }

    private ImmutableArray<ReferralEvent> history = ValidHistory(History, CreatedAt, IsSelfReferral, nameof(History));

    /// <summary>Gets the match's reason codes for this provider at the time of the referral.</summary>
    public ImmutableArray<string> MatchReasons { get; init => field = Preconditions.Codes(value, Limits.Items, nameof(MatchReasons)); } = [];

    /// <summary>Gets the reporting-duty codes the match showed for this provider at the time (informed consent).</summary>
    public ImmutableArray<string> DutyNotices { get; init => field = Preconditions.Codes(value, Limits.Items, nameof(DutyNotices)); } = [];

    /// <summary>Gets the current state: the last move's, or draft.</summary>
    public ReferralStatus Status => History.IsDefaultOrEmpty ? ReferralStatus.Draft : History[^1].Status;

    /// <summary>Gets the release the referral relies on, or <see langword="null"/> for a draft or a self-referral.</summary>
    public string? ReleaseId => SentEvent?.ReleaseId;

    /// <summary>Gets when it was sent (requested), or <see langword="null"/>.</summary>
    public Instant? SentAt => SentEvent?.At;

    /// <summary>Gets the outcome of a completed or failed referral, or <see langword="null"/>.</summary>
    public ReferralOutcome? Outcome => History.IsDefaultOrEmpty ? null : History[^1].Outcome;

    /// <summary>Gets whether the referral is open (sent and not closed).</summary>
    public bool IsOpen => ReferralTransitions.IsOpen(Status);

    private ReferralEvent? SentEvent
    {
        get
        {
            foreach (var e in History)
            {
                if (e.Status == ReferralStatus.Requested)
                {
                    return e;
                }
            }

            return null;
        }
    }

    /// <summary>Creates a draft referral from a match candidate, keeping its reasons and duty notices.</summary>
    /// <param name="id">The referral's id.</param>
    /// <param name="clientKey">The opaque client key.</param>
    /// <param name="need">The need's match.</param>
    /// <param name="candidate">The chosen candidate.</param>
    /// <param name="referrerRole">Who refers, as a role code.</param>
    /// <param name="createdAt">When.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is invalid, or the candidate is not one of the need's candidates.</exception>
    public static Referral Draft(string id, string clientKey, NeedMatch need, MatchCandidate candidate, string referrerRole, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(clientKey);
        ArgumentNullException.ThrowIfNull(referrerRole);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(candidate);
        if (!need.Candidates.Contains(candidate))
        {
            throw new ArgumentException("The candidate is not one of this need's candidates (an emergency option is never referred without a new, recorded choice).", nameof(candidate));
        }

        return new Referral(id, clientKey, need.Need, need.Urgency, candidate.ProviderId, candidate.OfferingId, referrerRole, createdAt, false, [])
        {
            MatchReasons = candidate.Reasons,
            DutyNotices = [.. candidate.Notices.Select(n => n.DutyCode)],
        };
    }

    /// <summary>
    /// Records a client self-referral: the client contacts the provider directly, or speaks for themselves on a call the
    /// advocate sets up. Nothing is shared and no release is needed; it is sent at <paramref name="at"/>.
    /// </summary>
    /// <param name="id">The referral's id.</param>
    /// <param name="clientKey">The opaque client key.</param>
    /// <param name="need">The need.</param>
    /// <param name="urgency">How soon.</param>
    /// <param name="providerId">The provider.</param>
    /// <param name="offeringId">The offering.</param>
    /// <param name="referrerRole">Who helped, as a role code.</param>
    /// <param name="at">When the client made contact.</param>
    /// <returns>The referral, requested.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    public static Referral SelfReferral(string id, string clientKey, ServiceNeed need, NeedUrgency urgency, string providerId, string offeringId, string referrerRole, Instant at)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(clientKey);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(providerId);
        ArgumentNullException.ThrowIfNull(offeringId);
        ArgumentNullException.ThrowIfNull(referrerRole);
        Preconditions.Defined(urgency, nameof(urgency));
        return new(id, clientKey, need, urgency, providerId, offeringId, referrerRole, at, true, [new ReferralEvent(ReferralStatus.Requested, at, ActorRole.Client)]);
    }

    /// <summary>
    /// Sends a draft: with a release valid for this client, recipient, need and scope at <paramref name="at"/>, the referral
    /// becomes requested; otherwise it stays a draft and the result says which consent is missing.
    /// </summary>
    /// <param name="release">The release, or <see langword="null"/> when there is none.</param>
    /// <param name="scope">What sending shares.</param>
    /// <param name="at">When.</param>
    /// <param name="policy">The consent policy, or <see langword="null"/> for <see cref="ConsentPolicy.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">The referral is not a draft, or is a self-referral.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is none or undefined, or <paramref name="at"/> is before the last move.</exception>
    public SendResult Send(ConsentRelease? release, ReleaseScope scope, Instant at, ConsentPolicy? policy = null)
    {
        if (scope == ReleaseScope.None || (scope & ~(ReleaseScope.ContactDetails | ReleaseScope.Needs | ReleaseScope.CaseFacts | ReleaseScope.Documents)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Sending shares a defined, non-empty scope.");
        }

        if (Status != ReferralStatus.Draft || IsSelfReferral)
        {
            throw new InvalidOperationException($"Only a draft is sent; this referral is {Status}{(IsSelfReferral ? " (a self-referral)" : string.Empty)}.");
        }

        CheckTime(at, nameof(at));
        var validity = release is null
            ? new ReleaseValidity([ReleaseProblem.NoRelease], "there is no release: the client has not consented to share anything with this provider")
            : release.CheckFor(ClientKey, ProviderId, scope, Need, at, policy);
        return validity.IsValid
            ? new SendResult(WithHistory(History.Add(new ReferralEvent(ReferralStatus.Requested, at, ActorRole.Referrer, null, null, release!.Id, scope))), validity)
            : new SendResult(this, validity);
    }

    /// <summary>
    /// Applies one move. A move to requested (sending) needs the release it names, valid at that instant (a self-referral
    /// needs none); every other move needs only to be allowed.
    /// </summary>
    /// <param name="next">The move.</param>
    /// <param name="release">For sending, the release named; otherwise ignored.</param>
    /// <param name="policy">The consent policy, or <see langword="null"/> for <see cref="ConsentPolicy.Default"/>.</param>
    /// <returns>The referral after the move.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The move is not allowed from the current state (the message names both), or sending lacks a valid release.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The move is before the last one.</exception>
    public Referral Apply(ReferralEvent next, ConsentRelease? release = null, ConsentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(next);
        CheckNext(Status, History.IsDefaultOrEmpty ? CreatedAt : History[^1].At, next, release, policy, nameof(next));
        return WithHistory(History.Add(next));
    }

    /// <summary>Replays moves onto a draft, checking each as <see cref="Apply"/> does.</summary>
    /// <param name="draft">The draft (or self-referral) to start from.</param>
    /// <param name="events">The moves, oldest first.</param>
    /// <param name="releases">The releases by id, for sending.</param>
    /// <param name="policy">The consent policy, or <see langword="null"/> for <see cref="ConsentPolicy.Default"/>.</param>
    /// <returns>The referral after every move.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A move is not allowed, or sending lacks a valid release.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A move is out of time order.</exception>
    public static Referral Replay(Referral draft, IEnumerable<ReferralEvent> events, IReadOnlyDictionary<string, ConsentRelease> releases, ConsentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(releases);
        var moves = draft.History.ToBuilder();
        var state = draft.Status;
        var last = draft.History.IsDefaultOrEmpty ? draft.CreatedAt : draft.History[^1].At;
        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            draft.CheckNext(state, last, e, e.ReleaseId is { } id && releases.TryGetValue(id, out var release) ? release : null, policy, nameof(events));
            moves.Add(e);
            state = e.Status;
            last = e.At;
        }

        return draft.WithHistory(moves.ToImmutable());
    }

    /// <summary>The recipient accepts the referral.</summary>
    /// <param name="at">When.</param>
    /// <returns>The referral, accepted.</returns>
    /// <exception cref="InvalidOperationException">Not allowed from the current state.</exception>
    public Referral Accept(Instant at) => Apply(new ReferralEvent(ReferralStatus.Accepted, at, ActorRole.Recipient));

    /// <summary>The recipient rejects the referral.</summary>
    /// <param name="at">When.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The referral, rejected.</returns>
    /// <exception cref="InvalidOperationException">Not allowed from the current state.</exception>
    public Referral Reject(Instant at, ReferralReason reason) => Apply(new ReferralEvent(ReferralStatus.Rejected, at, ActorRole.Recipient, Preconditions.Defined(reason, nameof(reason))));

    /// <summary>The recipient makes first contact and starts serving the client.</summary>
    /// <param name="at">When.</param>
    /// <returns>The referral, in progress.</returns>
    /// <exception cref="InvalidOperationException">Not allowed from the current state.</exception>
    public Referral Start(Instant at) => Apply(new ReferralEvent(ReferralStatus.InProgress, at, ActorRole.Recipient));

    /// <summary>Puts the referral on hold.</summary>
    /// <param name="at">When.</param>
    /// <param name="by">Who.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The referral, on hold.</returns>
    /// <exception cref="InvalidOperationException">Not allowed from the current state.</exception>
    public Referral Hold(Instant at, ActorRole by, ReferralReason reason) =>
        Apply(new ReferralEvent(ReferralStatus.OnHold, at, Preconditions.Defined(by, nameof(by)), Preconditions.Defined(reason, nameof(reason))));

    /// <summary>Completes the referral, closing the loop with its outcome.</summary>
    /// <param name="at">When.</param>
    /// <param name="outcome">Whether the need was met.</param>
    /// <param name="reason">Why it was only partly or not met, if known.</param>
    /// <returns>The referral, completed.</returns>
    /// <exception cref="InvalidOperationException">Not allowed from the current state.</exception>
    public Referral Complete(Instant at, ReferralOutcome outcome, ReferralReason? reason = null) =>
        Apply(new ReferralEvent(ReferralStatus.Completed, at, ActorRole.Recipient, Preconditions.DefinedOrNull(reason, nameof(reason)), Preconditions.Defined(outcome, nameof(outcome))));

    /// <summary>Records that the referral failed, closing the loop.</summary>
    /// <param name="at">When.</param>
    /// <param name="by">Who.</param>
    /// <param name="reason">Why.</param>
    /// <param name="outcome">Whether the need was met anyway (usually not).</param>
    /// <returns>The referral, failed.</returns>
    /// <exception cref="InvalidOperationException">Not allowed from the current state.</exception>
    public Referral Fail(Instant at, ActorRole by, ReferralReason reason, ReferralOutcome outcome = ReferralOutcome.NotMet) =>
        Apply(new ReferralEvent(ReferralStatus.Failed, at, Preconditions.Defined(by, nameof(by)), Preconditions.Defined(reason, nameof(reason)), Preconditions.Defined(outcome, nameof(outcome))));

    /// <summary>Cancels the referral.</summary>
    /// <param name="at">When.</param>
    /// <param name="by">Who.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The referral, cancelled.</returns>
    /// <exception cref="InvalidOperationException">Not allowed from the current state.</exception>
    public Referral Cancel(Instant at, ActorRole by, ReferralReason reason) =>
        Apply(new ReferralEvent(ReferralStatus.Cancelled, at, Preconditions.Defined(by, nameof(by)), Preconditions.Defined(reason, nameof(reason))));

    /// <summary>
    /// Cancels, with the reason "consent revoked", every open referral that relies on a revoked release; returns the others
    /// unchanged, in the same order. The cancellation is dated at the revocation (or at the referral's last move, if later).
    /// </summary>
    /// <param name="referrals">The referrals.</param>
    /// <param name="revoked">The revoked release.</param>
    /// <returns>The referrals after the revocation.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The release is not revoked.</exception>
    public static ImmutableArray<Referral> CancelForRevocation(IEnumerable<Referral> referrals, ConsentRelease revoked)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(revoked);
        var revocation = revoked.Revocation ?? throw new ArgumentException("The release is not revoked.", nameof(revoked));
        var result = ImmutableArray.CreateBuilder<Referral>();
        foreach (var referral in referrals)
        {
            ArgumentNullException.ThrowIfNull(referral, nameof(referrals));
            if (referral.IsOpen && referral.ReleaseId == revoked.Id && referral.ClientKey == revoked.ClientKey)
            {
                var at = referral.History[^1].At > revocation.At ? referral.History[^1].At : revocation.At;
                result.Add(referral.Cancel(at, revocation.RecordedBy, ReferralReason.ConsentRevoked));
            }
            else
            {
                result.Add(referral);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Checks one move from <paramref name="state"/> (last move at <paramref name="last"/>), as <see cref="Apply"/> documents.</summary>
    private void CheckNext(ReferralStatus state, Instant last, ReferralEvent next, ConsentRelease? release, ConsentPolicy? policy, string paramName)
    {
        CheckMove(state, next.Status);
        if (next.At < last)
        {
            throw new ArgumentOutOfRangeException(paramName, next.At, $"A move cannot be earlier than the referral's last move or creation ({last}).");
        }

        if (next.Status != ReferralStatus.Requested)
        {
            return;
        }

        if (IsSelfReferral || next.ReleaseId is null)
        {
            throw new InvalidOperationException("Sending shares data only under a named release; a self-referral is recorded with SelfReferral.");
        }

        if (release is null || release.Id != next.ReleaseId)
        {
            throw new InvalidOperationException($"Sending relies on release {Preconditions.Quote(next.ReleaseId)}, which was not supplied.");
        }

        var validity = release.CheckFor(ClientKey, ProviderId, next.SharedScope!.Value, Need, next.At, policy);
        if (!validity.IsValid)
        {
            throw new InvalidOperationException($"The release does not allow sending: {validity.Explanation}.");
        }
    }

    /// <summary>A copy with a history already checked move by move (the constructor's whole-history check is skipped).</summary>
    private Referral WithHistory(ImmutableArray<ReferralEvent> checkedHistory)
    {
        var copy = this with { };
        copy.history = checkedHistory;
        return copy;
    }

    private void CheckTime(Instant at, string paramName)
    {
        var last = History.IsDefaultOrEmpty ? CreatedAt : History[^1].At;
        if (at < last)
        {
            throw new ArgumentOutOfRangeException(paramName, at, $"A move cannot be earlier than the referral's last move or creation ({last}).");
        }
    }

    private static void CheckMove(ReferralStatus from, ReferralStatus to)
    {
        if (!ReferralTransitions.IsAllowed(from, to))
        {
            throw new InvalidOperationException(ReferralTransitions.IsTerminal(from)
                ? $"A referral cannot move from {from} to {to}: {from} is terminal."
                : $"A referral cannot move from {from} to {to}.");
        }
    }

    private static ImmutableArray<ReferralEvent> ValidHistory(ImmutableArray<ReferralEvent> history, Instant createdAt, bool selfReferral, string paramName)
    {
        var events = Preconditions.Elements(history, Limits.Items, paramName);
        var state = ReferralStatus.Draft;
        var last = createdAt;
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"History[{i}] is null.", paramName);
            if (!ReferralTransitions.IsAllowed(state, e.Status))
            {
                throw new ArgumentException($"History[{i}] moves the referral from {state} to {e.Status}, which is not allowed.", paramName);
            }

            if (e.At < last)
            {
                throw new ArgumentException($"History[{i}] is earlier than the move before it.", paramName);
            }

            if (e.Status == ReferralStatus.Requested && selfReferral != (e.ReleaseId is null))
            {
                throw new ArgumentException(selfReferral
                    ? "A self-referral shares nothing, so its sending names no release."
                    : "Sending a referral shares data, so it names the release it relies on.", paramName);
            }

            state = e.Status;
            last = e.At;
        }

        return events;
    }

    /// <inheritdoc />
    public bool Equals(Referral? other) =>
        other is not null && Id == other.Id && ClientKey == other.ClientKey && Need == other.Need && Urgency == other.Urgency && ProviderId == other.ProviderId &&
        OfferingId == other.OfferingId && ReferrerRole == other.ReferrerRole && CreatedAt == other.CreatedAt && IsSelfReferral == other.IsSelfReferral &&
        Equality.Sequence(History, other.History) && Equality.Sequence(MatchReasons, other.MatchReasons) && Equality.Sequence(DutyNotices, other.DutyNotices);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ClientKey, Need, ProviderId, OfferingId, CreatedAt, Equality.SequenceHash(History));

    /// <summary>Returns the referral's id, need, recipient and state; never anything about the client.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Referral {Id}: {Need.Code} to {ProviderId}/{OfferingId}, {Status}";
}
