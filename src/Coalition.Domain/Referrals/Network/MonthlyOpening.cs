using NodaTime;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// A monthly opening, such as "the first Saturday of the month, 09:00 to 17:00" (an HSDS MONTHLY row with <c>byday</c>
/// <c>1SA</c>). <see cref="Ordinal"/> is 1 to 5 for the first to fifth such weekday of the month, or -1 for the last.
/// </summary>
public sealed record MonthlyOpening
{
    /// <summary>Creates a monthly opening.</summary>
    /// <param name="ordinal">1 to 5 for the first to fifth such weekday of the month, or -1 for the last.</param>
    /// <param name="day">The day of the week.</param>
    /// <param name="opens">The local opening time.</param>
    /// <param name="closes">The local closing time (exclusive), after the opening time; 23:59 means midnight.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or <paramref name="closes"/> is not after <paramref name="opens"/>.</exception>
    public MonthlyOpening(int ordinal, IsoDayOfWeek day, LocalTime opens, LocalTime closes)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A day of the week is Monday to Sunday.");
        }

        if (ordinal is not (-1 or (>= 1 and <= 5)))
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "The ordinal is 1 to 5, or -1 for the last such weekday of the month.");
        }

        Hours = new OpeningHours(day, opens, closes);
        Ordinal = ordinal;
    }

    /// <summary>Gets the ordinal: 1 to 5, or -1 for the last.</summary>
    public int Ordinal { get; }

    /// <summary>Gets the day of the week.</summary>
    public IsoDayOfWeek Day => Hours.Day;

    /// <summary>Gets the local opening time.</summary>
    public LocalTime Opens => Hours.Opens;

    /// <summary>Gets the local closing time.</summary>
    public LocalTime Closes => Hours.Closes;

    private OpeningHours Hours { get; }

    /// <summary>Returns whether the opening falls on <paramref name="date"/>.</summary>
    /// <param name="date">A local date.</param>
    /// <returns><see langword="true"/> when the date is the right weekday and occurrence in its month.</returns>
    public bool FallsOn(LocalDate date) =>
        date.DayOfWeek == Day &&
        (Ordinal == -1 ? date.Day > date.Calendar.GetDaysInMonth(date.Year, date.Month) - 7 : ((date.Day - 1) / 7) + 1 == Ordinal);

    /// <summary>Returns, for example, <c>1 Saturday 09:00-17:00</c> (the first Saturday of each month).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => FormattableString.Invariant($"{Ordinal} {Hours}");

    internal (int Start, int End) MinutesOfDay => (Hours.StartMinuteOfWeek % 1440, Hours.EndMinuteOfWeek - (((int)Day - 1) * 1440));
}
