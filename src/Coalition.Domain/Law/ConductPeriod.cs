using NodaTime;

namespace Coalition.Domain.Law;

/// <summary>The date, or inclusive range of dates, of the conduct being assessed. <see cref="End"/> is never before <see cref="Start"/>.</summary>
public sealed record ConductPeriod
{
    /// <summary>Creates a period from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <param name="start">The first day of the conduct.</param>
    /// <param name="end">The last day of the conduct.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public ConductPeriod(LocalDate start, LocalDate end)
    {
        if (start.Calendar != CalendarSystem.Iso || end.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Conduct dates must be in the ISO calendar.", nameof(start));
        }

        if (end < start)
        {
            // Dates are not quoted: messages never carry a date that could be personal.
            throw new ArgumentOutOfRangeException(nameof(end), "The end of the conduct is before its start.");
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first day of the conduct.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the conduct (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Creates a period of a single day.</summary>
    /// <param name="date">The day of the conduct.</param>
    /// <returns>The period.</returns>
    public static ConductPeriod On(LocalDate date) => new(date, date);

    /// <summary>Returns the period as <c>start/end</c> in ISO form.</summary>
    /// <returns>For example <c>2024-01-01/2024-06-30</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{Start:uuuu-MM-dd}/{End:uuuu-MM-dd}");
}
