using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>One overdue referral: what it waits for, since when it was due, and why.</summary>
/// <param name="ReferralId">The referral.</param>
/// <param name="Kind">What it waits for.</param>
/// <param name="DueAt">When it was due.</param>
/// <param name="OverdueBy">How long past due, at the instant asked.</param>
/// <param name="Explanation">Why it is overdue.</param>
public sealed record FollowUpItem(string ReferralId, FollowUpKind Kind, Instant DueAt, Duration OverdueBy, string Explanation)
{
    /// <summary>Gets the referral's id.</summary>
    public string ReferralId { get; } = Identifiers.Valid(ReferralId, nameof(ReferralId));

    /// <summary>Gets what it waits for.</summary>
    public FollowUpKind Kind { get; } = Preconditions.Defined(Kind, nameof(Kind));

    /// <summary>Gets how long past due.</summary>
    public Duration OverdueBy { get; } = OverdueBy >= Duration.Zero ? OverdueBy : throw new ArgumentOutOfRangeException(nameof(OverdueBy), OverdueBy, "Overdue time cannot be negative.");

    /// <summary>Gets why it is overdue.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.Text, nameof(Explanation));
}
