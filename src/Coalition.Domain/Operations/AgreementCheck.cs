using System.Collections.Immutable;
using Coalition.Domain.Coalitions;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// Checks agreements between members: ended, ending within a window, review overdue, and parties that have left the
/// coalition. Agreements missing where the protocol needs one are found by <see cref="ProtocolCheck"/>. The date checks are
/// monotone: an agreement expired on a day is expired on every later day; one ending soon is, later, ending soon or
/// expired; an overdue review stays overdue.
/// </summary>
public static class AgreementCheck
{
    /// <summary>The default warning window before an agreement ends: 60 days, time to renew it before a gap.</summary>
    public static Period DefaultWarning { get; } = Period.FromDays(60);

    /// <summary>Checks the agreements.</summary>
    /// <param name="agreements">The agreements.</param>
    /// <param name="coalition">The coalition, for its current members.</param>
    /// <param name="today">The day to judge.</param>
    /// <param name="warning">How long before its end an agreement is reported as ending; <see langword="null"/> for <see cref="DefaultWarning"/>.</param>
    /// <returns>The findings, ordered by agreement id and code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or an agreement is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="warning"/> is negative or has time units.</exception>
    public static ImmutableArray<OperationsFinding> Check(IEnumerable<Agreement> agreements, CoalitionProfile coalition, LocalDate today, Period? warning = null)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentNullException.ThrowIfNull(coalition);
        var window = warning ?? DefaultWarning;
        if (window.HasTimeComponent || today.Plus(window) < today)
        {
            throw new ArgumentOutOfRangeException(nameof(warning), window, "The warning must be a non-negative period of whole days, weeks, months or years.");
        }

        var members = coalition.Members.Select(m => m.Organization).ToHashSet(StringComparer.Ordinal);
        var findings = new List<OperationsFinding>();
        var index = 0;
        foreach (var agreement in agreements)
        {
            if (agreement is null)
            {
                throw new ArgumentNullException(nameof(agreements), $"The agreement at index {index} is null.");
            }

            index++;
            if (agreement.End is { } end && end < today)
            {
                findings.Add(new(OperationsFindingCodes.AgreementExpired, agreement.Id, FormattableString.Invariant($"Ended on {end:uuuu-MM-dd}."), "Renew the agreement, or update the protocol steps that rely on it."));
            }
            else if (agreement.End is { } ending && ending <= today.Plus(window))
            {
                findings.Add(new(OperationsFindingCodes.AgreementExpiring, agreement.Id, FormattableString.Invariant($"Ends on {ending:uuuu-MM-dd}, in {Period.Between(today, ending, PeriodUnits.Days).Days} day(s)."), "Start the renewal now so that there is no gap."));
            }

            if (agreement.ReviewBy is { } review && review < today)
            {
                findings.Add(new(OperationsFindingCodes.AgreementReviewDue, agreement.Id, FormattableString.Invariant($"Review was due on {review:uuuu-MM-dd}."), "Review the agreement with its parties."));
            }

            foreach (var party in agreement.Parties.Where(p => !members.Contains(p)))
            {
                findings.Add(new(OperationsFindingCodes.AgreementPartyLeft, agreement.Id, $"{party} is no longer a member of the coalition.", "Replace the party or end the agreement, and check the protocol steps it covered."));
            }
        }

        return [.. findings.OrderBy(f => f.Subject, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }
}
