using System.Collections.Frozen;
using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>
/// The allowed moves between referral states, as data. Terminal states (rejected, cancelled, completed, failed,
/// entered-in-error) allow none. Any open state may be cancelled or marked entered-in-error.
/// </summary>
public static class ReferralTransitions
{
    private static readonly ReferralStatus[] Closing = [ReferralStatus.Cancelled, ReferralStatus.EnteredInError];

    /// <summary>Gets, for each state, the states it may move to.</summary>
    public static IReadOnlyDictionary<ReferralStatus, ImmutableArray<ReferralStatus>> Allowed { get; } = new Dictionary<ReferralStatus, ImmutableArray<ReferralStatus>>
    {
        [ReferralStatus.Draft] = [ReferralStatus.Requested, .. Closing],
        [ReferralStatus.Requested] = [ReferralStatus.Accepted, ReferralStatus.Rejected, .. Closing],
        [ReferralStatus.Accepted] = [ReferralStatus.InProgress, ReferralStatus.OnHold, .. Closing],
        [ReferralStatus.OnHold] = [ReferralStatus.InProgress, ReferralStatus.Failed, .. Closing],
        [ReferralStatus.InProgress] = [ReferralStatus.Completed, ReferralStatus.Failed, ReferralStatus.OnHold, .. Closing],
        [ReferralStatus.Rejected] = [],
        [ReferralStatus.Cancelled] = [],
        [ReferralStatus.Completed] = [],
        [ReferralStatus.Failed] = [],
        [ReferralStatus.EnteredInError] = [],
    }.ToFrozenDictionary();

    /// <summary>Whether a referral may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="to">The next state.</param>
    /// <returns>True when allowed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A state is undefined.</exception>
    public static bool IsAllowed(ReferralStatus from, ReferralStatus to) =>
        Allowed[Preconditions.Defined(from, nameof(from))].Contains(Preconditions.Defined(to, nameof(to)));

    /// <summary>Whether a state is terminal (allows no move).</summary>
    /// <param name="status">The state.</param>
    /// <returns>True when terminal.</returns>
    public static bool IsTerminal(ReferralStatus status) => Allowed[Preconditions.Defined(status, nameof(status))].IsEmpty;

    /// <summary>Whether a referral in this state is open: sent, and not closed.</summary>
    /// <param name="status">The state.</param>
    /// <returns>True for requested, accepted, on-hold and in-progress.</returns>
    public static bool IsOpen(ReferralStatus status) => Preconditions.Defined(status, nameof(status)) is ReferralStatus.Requested or ReferralStatus.Accepted or ReferralStatus.OnHold or ReferralStatus.InProgress;

    /// <summary>Whether moving to this state needs a reason (rejected, cancelled, on-hold, failed).</summary>
    /// <param name="status">The state moved to.</param>
    /// <returns>True when a reason is required.</returns>
    public static bool RequiresReason(ReferralStatus status) => Preconditions.Defined(status, nameof(status)) is ReferralStatus.Rejected or ReferralStatus.Cancelled or ReferralStatus.OnHold or ReferralStatus.Failed;

    /// <summary>Whether moving to this state records an outcome (completed, failed).</summary>
    /// <param name="status">The state moved to.</param>
    /// <returns>True when an outcome is required.</returns>
    public static bool RequiresOutcome(ReferralStatus status) => Preconditions.Defined(status, nameof(status)) is ReferralStatus.Completed or ReferralStatus.Failed;
}
