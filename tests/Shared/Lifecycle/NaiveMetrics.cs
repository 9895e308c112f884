using Coalition.Domain.Referrals.Lifecycle;
using NodaTime;

namespace Coalition.Domain.Shared.Lifecycle;

/// <summary>
/// The metrics recomputed the naive way, straight from the definitions: the tests' reference for <see cref="ReferralMetrics"/>
/// and the benchmark's baseline (linked into both).
/// </summary>
internal static class NaiveMetrics
{
    internal static List<ProviderNeedMetrics> Compute(IEnumerable<Referral> referrals)
    {
        var sent = referrals.Where(r => r.Status != ReferralStatus.EnteredInError && r.History.Any(e => e.Status == ReferralStatus.Requested)).ToList();
        return [.. sent
            .GroupBy(r => (r.ProviderId, r.Need))
            .OrderBy(g => g.Key.ProviderId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Need.Code, StringComparer.Ordinal)
            .Select(g =>
            {
                static Instant SentAt(Referral r) => r.History.Last(e => e.Status == ReferralStatus.Requested).At;
                var accepted = g.Where(r => r.History.Any(e => e.Status == ReferralStatus.Accepted)).ToList();
                var toAcceptance = accepted.Select(r => r.History.First(e => e.Status == ReferralStatus.Accepted).At - SentAt(r)).Order().ToList();
                var toCompletion = g.Where(r => r.Status == ReferralStatus.Completed).Select(r => r.History[^1].At - SentAt(r)).Order().ToList();
                var rejected = g.Where(r => r.Status == ReferralStatus.Rejected).ToList();
                return new ProviderNeedMetrics(
                    g.Key.ProviderId,
                    g.Key.Need,
                    g.Count(),
                    accepted.Count,
                    rejected.Count,
                    toAcceptance.Count == 0 ? null : toAcceptance[(toAcceptance.Count - 1) / 2],
                    toCompletion.Count == 0 ? null : toCompletion[(toCompletion.Count - 1) / 2],
                    [.. rejected.GroupBy(r => r.History[^1].Reason!.Value).OrderBy(x => x.Key).Select(x => new ReasonCount(x.Key, x.Count()))],
                    g.Count(r => r.Outcome == ReferralOutcome.NeedMet),
                    g.Count(r => r.Outcome == ReferralOutcome.PartlyMet),
                    g.Count(r => r.Outcome == ReferralOutcome.NotMet));
            })];
    }
}
