using System.Collections.Immutable;
using Coalition.Domain.Referrals.Clients;
using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>Which sent referrals are overdue for follow-up. The caller passes the instant; nothing reads the clock.</summary>
public static class FollowUp
{
    /// <summary>
    /// Lists the referrals overdue at <paramref name="at"/>: requested and not answered within the time to acceptance, or
    /// accepted without first contact within the time to first contact, both counted from sending. Ordered by due time, then
    /// referral id. Deterministic, and monotone in time: what is overdue stays overdue until someone acts on it.
    /// </summary>
    /// <param name="referrals">The referrals.</param>
    /// <param name="at">The instant, for example from an <see cref="IClock"/>.</param>
    /// <param name="policy">The follow-up times, or <see langword="null"/> for <see cref="FollowUpPolicy.Default"/>.</param>
    /// <returns>The overdue referrals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referrals"/> or an element is null.</exception>
    public static ImmutableArray<FollowUpItem> Due(IEnumerable<Referral> referrals, Instant at, FollowUpPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        policy ??= FollowUpPolicy.Default;
        var due = new List<FollowUpItem>();
        foreach (var referral in referrals)
        {
            ArgumentNullException.ThrowIfNull(referral, nameof(referrals));
            if (referral.SentAt is not { } sent)
            {
                continue;
            }

            var immediate = referral.Urgency == NeedUrgency.Immediate;
            FollowUpKind kind;
            Duration window;
            switch (referral.Status)
            {
                case ReferralStatus.Requested:
                    (kind, window) = (FollowUpKind.AwaitingAcceptance, immediate ? policy.ImmediateAcceptance : policy.RoutineAcceptance);
                    break;
                case ReferralStatus.Accepted:
                    (kind, window) = (FollowUpKind.AwaitingFirstContact, immediate ? policy.ImmediateFirstContact : policy.RoutineFirstContact);
                    break;
                default:
                    continue;
            }

            var dueAt = sent + window;
            if (at < dueAt)
            {
                continue;
            }

            var what = kind == FollowUpKind.AwaitingAcceptance ? "not yet accepted or rejected" : "accepted, and the client not yet contacted";
            var hours = window.TotalHours;
            due.Add(new FollowUpItem(
                referral.Id,
                kind,
                dueAt,
                at - dueAt,
                $"{(immediate ? "Immediate" : "Routine")} {referral.Need.Code} referral to {referral.ProviderId}: {what} {(hours < 48 ? $"{hours:0.##} hours" : $"{window.TotalDays:0.##} days")} after it was sent; follow up with the provider."));
        }

        return [.. due.OrderBy(d => d.DueAt).ThenBy(d => d.ReferralId, StringComparer.Ordinal)];
    }
}
