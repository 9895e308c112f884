using System.Collections.Immutable;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Always-available fallbacks: every unmet immediate need, and every immediate need with no candidate open now, carries the
/// policy's fallback contacts for its family (<see cref="ReferralPolicy.Fallbacks"/>; defaults in
/// <see cref="FallbackContacts"/>), so that nobody is left without a visible emergency option.
/// </summary>
public static class Fallbacks
{
    /// <summary>Returns the fallback contacts for a need.</summary>
    /// <param name="need">The client's need.</param>
    /// <param name="hasCandidateOpenNow">Whether at least one candidate is open now.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The contacts serving the need, in the policy's order, when the need is immediate and nothing is open now; otherwise empty.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static ImmutableArray<FallbackContact> For(ClientNeed need, bool hasCandidateOpenNow, ReferralPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(policy);
        if (need.Urgency != NeedUrgency.Immediate || hasCandidateOpenNow)
        {
            return [];
        }

        return [.. policy.Fallbacks.Where(f => f.Serves(need.Need))];
    }
}
