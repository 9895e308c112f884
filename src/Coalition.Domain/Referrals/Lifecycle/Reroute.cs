using System.Collections.Immutable;
using Coalition.Domain.Referrals.Matching;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>Re-routes a need after a rejection: the next candidate of the client's match.</summary>
public static class Reroute
{
    /// <summary>
    /// Returns the best candidate of <paramref name="need"/> that has neither rejected a referral of this client for this need
    /// nor an open one already, with every candidate passed over and why. The match's emergency options and fallback
    /// contacts are carried over, so that nothing visible is lost when no candidate is left.
    /// </summary>
    /// <param name="need">The need's match (ideally a fresh one).</param>
    /// <param name="clientKey">The client's opaque key.</param>
    /// <param name="referrals">The client's referrals (others' are ignored).</param>
    /// <returns>The next candidate, or none.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    public static RerouteResult Next(NeedMatch need, string clientKey, IEnumerable<Referral> referrals)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(clientKey);
        ArgumentNullException.ThrowIfNull(referrals);
        var rejected = new Dictionary<string, ReferralReason>(StringComparer.Ordinal);
        var open = new HashSet<string>(StringComparer.Ordinal);
        foreach (var referral in referrals)
        {
            ArgumentNullException.ThrowIfNull(referral, nameof(referrals));
            if (referral.ClientKey != clientKey || referral.Need != need.Need)
            {
                continue;
            }

            if (referral.Status == ReferralStatus.Rejected)
            {
                rejected.TryAdd(referral.ProviderId, referral.History[^1].Reason!.Value);
            }
            else if (referral.IsOpen)
            {
                open.Add(referral.ProviderId);
            }
        }

        var skipped = ImmutableArray.CreateBuilder<RerouteSkip>();
        MatchCandidate? next = null;
        foreach (var candidate in need.Candidates)
        {
            if (rejected.TryGetValue(candidate.ProviderId, out var reason))
            {
                skipped.Add(new RerouteSkip(candidate.ProviderId, reason, $"rejected a referral for {need.Need.Code} ({reason})"));
            }
            else if (open.Contains(candidate.ProviderId))
            {
                skipped.Add(new RerouteSkip(candidate.ProviderId, null, $"already has an open referral for {need.Need.Code}"));
            }
            else
            {
                next = candidate;
                break;
            }
        }

        var explanation = next is not null
            ? $"Next: {next.ProviderId}/{next.OfferingId}{(skipped.Count > 0 ? $", after passing over {skipped.Count}" : string.Empty)}."
            : $"No candidate is left for {need.Need.Code}; {(need.EmergencyOptions.IsEmpty && need.Fallbacks.IsEmpty ? "widen the search (another area or a new match)" : "the emergency options and fallback contacts remain")}.";
        return new RerouteResult(next, skipped.ToImmutable(), explanation)
        {
            Fallbacks = need.Fallbacks,
            EmergencyOptions = need.EmergencyOptions,
        };
    }
}
