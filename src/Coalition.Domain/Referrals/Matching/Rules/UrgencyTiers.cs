using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Urgency first. For a need the client marks immediate, candidates rank lexicographically: open now or 24/7, then opening
/// within the policy's window (<see cref="ReferralPolicy.OpeningSoonWindow"/>), then hours unknown, then closed; only within
/// a tier does the soft score count, and candidates whose eligibility must be confirmed rank after confirmed ones in the same
/// tier. "Hours unknown" and "closed" are different reasons with different codes. Routine needs keep the soft ranking.
/// Seed 003 lists safety, food and clothing, shelter and medical care as immediate needs.
/// </summary>
public static class UrgencyTiers
{
    /// <summary>Returns how soon an offering can help at an instant.</summary>
    /// <param name="offering">The offering.</param>
    /// <param name="at">The instant of the match.</param>
    /// <param name="openingSoonWindow">How soon it must open to count as opening soon.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offering"/> is null.</exception>
    public static UrgencyTier TierOf(ServiceOffering offering, Instant at, Duration openingSoonWindow)
    {
        ArgumentNullException.ThrowIfNull(offering);
        if (offering.Schedule is not { } schedule)
        {
            return UrgencyTier.HoursUnknown;
        }

        if (schedule.StateAt(at) == OpenState.Open)
        {
            return UrgencyTier.OpenNow;
        }

        return schedule.NextOpening(at) is { } next && next - at <= openingSoonWindow ? UrgencyTier.OpeningSoon : UrgencyTier.Closed;
    }
}
