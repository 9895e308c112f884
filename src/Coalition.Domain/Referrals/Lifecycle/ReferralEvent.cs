using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>One step in a referral's history: the state it moved to, when, and who acted.</summary>
/// <param name="Status">The state the referral moved to.</param>
/// <param name="At">When.</param>
/// <param name="By">Who acted, as a role.</param>
/// <param name="Reason">Why; required for rejected, cancelled, on-hold and failed.</param>
/// <param name="Outcome">Whether the need was met; required for completed and failed, not allowed otherwise.</param>
/// <param name="ReleaseId">For a sent referral (requested) that shares data, the release it relies on; otherwise <see langword="null"/>.</param>
/// <param name="SharedScope">For a sent referral that shares data, what was shared; otherwise <see langword="null"/>.</param>
public sealed record ReferralEvent(
    ReferralStatus Status,
    NodaTime.Instant At,
    ActorRole By,
    ReferralReason? Reason = null,
    ReferralOutcome? Outcome = null,
    string? ReleaseId = null,
    ReleaseScope? SharedScope = null)
{
    /// <summary>Gets the state the referral moved to.</summary>
    public ReferralStatus Status { get; } = Preconditions.Defined(Status, nameof(Status));

    /// <summary>Gets who acted.</summary>
    public ActorRole By { get; } = Preconditions.Defined(By, nameof(By));

    /// <summary>Gets why the referral moved (required for rejected, cancelled, on-hold and failed).</summary>
    public ReferralReason? Reason { get; } = ReferralTransitions.RequiresReason(Status) && Reason is null
        ? throw new ArgumentException($"Moving a referral to {Status} needs a reason.", nameof(Reason))
        : Preconditions.DefinedOrNull(Reason, nameof(Reason));

    /// <summary>Gets whether the need was met (completed and failed only).</summary>
    public ReferralOutcome? Outcome { get; } = ReferralTransitions.RequiresOutcome(Status) != Outcome.HasValue
        ? throw new ArgumentException(ReferralTransitions.RequiresOutcome(Status) ? $"Moving a referral to {Status} needs an outcome." : $"Only a completed or failed referral records an outcome, not {Status}.", nameof(Outcome))
        : Preconditions.DefinedOrNull(Outcome, nameof(Outcome));

    /// <summary>Gets the release a sent referral relies on.</summary>
    public string? ReleaseId { get; } = ReleaseId is null ? null
        : Status == ReferralStatus.Requested ? Identifiers.Valid(ReleaseId, nameof(ReleaseId))
        : throw new ArgumentException("Only sending (requested) names a release.", nameof(ReleaseId));

    /// <summary>Gets what a sent referral shared.</summary>
    public ReleaseScope? SharedScope { get; } = (SharedScope is null) == (ReleaseId is null)
        ? SharedScope
        : throw new ArgumentException("A referral that shares data names both the release and the scope shared; one that shares none names neither.", nameof(SharedScope));
}
