using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>
/// Network metrics from referral outcomes, per provider and need: acceptance rate, median times to acceptance and to
/// completion, rejection reasons, and the share of needs met. Order-independent: the rows are sorted by provider id, then
/// need code. Referrals entered in error and drafts are left out.
/// </summary>
/// <param name="Rows">One row per provider and need with at least one sent referral.</param>
public sealed record ReferralMetrics(ImmutableArray<ProviderNeedMetrics> Rows)
{
    /// <summary>Gets the rows.</summary>
    public ImmutableArray<ProviderNeedMetrics> Rows { get; } = Preconditions.Elements(Rows, Limits.NetworkItems, nameof(Rows));

    /// <summary>Computes the metrics of a set of referrals, in one pass plus a sort per group.</summary>
    /// <param name="referrals">The referrals.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referrals"/> or an element is null.</exception>
    public static ReferralMetrics Compute(IEnumerable<Referral> referrals)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        var groups = new Dictionary<(string Provider, ServiceNeed Need), Accumulator>();
        foreach (var referral in referrals)
        {
            ArgumentNullException.ThrowIfNull(referral, nameof(referrals));
            if (referral.Status == ReferralStatus.EnteredInError)
            {
                continue;
            }

            Instant? sent = null;
            Instant? accepted = null;
            foreach (var e in referral.History)
            {
                if (e.Status == ReferralStatus.Requested)
                {
                    sent = e.At;
                }
                else if (e.Status == ReferralStatus.Accepted)
                {
                    accepted ??= e.At;
                }
            }

            if (sent is not { } sentAt)
            {
                continue;
            }

            var key = (referral.ProviderId, referral.Need);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new Accumulator();
                groups[key] = group;
            }

            group.Sent++;
            if (accepted is { } acceptedAt)
            {
                group.Accepted++;
                group.ToAcceptance.Add(acceptedAt - sentAt);
            }

            var last = referral.History[^1];
            switch (referral.Status)
            {
                case ReferralStatus.Rejected:
                    group.Rejected++;
                    group.Reasons[(int)last.Reason!.Value]++;
                    break;
                case ReferralStatus.Completed:
                    group.ToCompletion.Add(last.At - sentAt);
                    break;
            }

            switch (last.Outcome)
            {
                case ReferralOutcome.NeedMet:
                    group.Met++;
                    break;
                case ReferralOutcome.PartlyMet:
                    group.PartlyMet++;
                    break;
                case ReferralOutcome.NotMet:
                    group.NotMet++;
                    break;
            }
        }

        var rows = groups
            .OrderBy(g => g.Key.Provider, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Need.Code, StringComparer.Ordinal)
            .Select(g => g.Value.ToRow(g.Key.Provider, g.Key.Need));
        return new ReferralMetrics([.. rows]);
    }

    /// <summary>Returns the row for a provider and need, or <see langword="null"/>.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="need">The need.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProviderNeedMetrics? For(string providerId, ServiceNeed need)
    {
        ArgumentNullException.ThrowIfNull(providerId);
        ArgumentNullException.ThrowIfNull(need);
        return Rows.FirstOrDefault(r => r.ProviderId == providerId && r.Need == need);
    }

    /// <inheritdoc />
    public bool Equals(ReferralMetrics? other) => other is not null && Equality.Sequence(Rows, other.Rows);

    /// <inheritdoc />
    public override int GetHashCode() => Equality.SequenceHash(Rows);

    /// <summary>The lower median (an observed value), or <see langword="null"/> for none.</summary>
    internal static Duration? LowerMedian(List<Duration> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        return values[(values.Count - 1) / 2];
    }

    private sealed class Accumulator
    {
        internal int Sent;
        internal int Accepted;
        internal int Rejected;
        internal int Met;
        internal int PartlyMet;
        internal int NotMet;
        internal readonly List<Duration> ToAcceptance = [];
        internal readonly List<Duration> ToCompletion = [];
        internal readonly int[] Reasons = new int[Enum.GetValues<ReferralReason>().Length + 1];

        internal ProviderNeedMetrics ToRow(string provider, ServiceNeed need) => new(
            provider,
            need,
            Sent,
            Accepted,
            Rejected,
            LowerMedian(ToAcceptance),
            LowerMedian(ToCompletion),
            [.. Enum.GetValues<ReferralReason>().Where(r => Reasons[(int)r] > 0).Select(r => new ReasonCount(r, Reasons[(int)r]))],
            Met,
            PartlyMet,
            NotMet);
    }
}
