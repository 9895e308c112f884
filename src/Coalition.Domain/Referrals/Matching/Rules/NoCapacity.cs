using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>Rule <c>no-capacity</c>: an offering that reports no capacity is excluded (Gravity SDOH capacity status <c>no-capacity</c>). A waitlist is allowed but ranked lower.</summary>
public static class NoCapacity
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.NoCapacity;

    /// <summary>Returns whether the rule excludes the offering.</summary>
    /// <param name="capacity">The offering's capacity, including any capacity update.</param>
    /// <returns><see langword="true"/> when excluded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="capacity"/> is null.</exception>
    public static bool Excludes(Capacity capacity)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        return capacity.Status == CapacityStatus.NoCapacity;
    }
}
