using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>How many referrals carried one reason.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Count">How many.</param>
public sealed record ReasonCount(ReferralReason Reason, int Count)
{
    /// <summary>Gets the reason.</summary>
    public ReferralReason Reason { get; } = Preconditions.Defined(Reason, nameof(Reason));

    /// <summary>Gets how many.</summary>
    public int Count { get; } = Preconditions.NonNegative(Count, nameof(Count));
}
