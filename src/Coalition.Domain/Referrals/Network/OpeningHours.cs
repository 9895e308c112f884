using NodaTime;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// One weekly opening: a day of the week and local opening and closing times in the schedule's time zone. The closing
/// time is exclusive and must be after the opening time; HSDS's 23:59 closing is read as open until midnight.
/// </summary>
public sealed record OpeningHours
{
    /// <summary>Creates opening hours.</summary>
    /// <param name="day">The day of the week.</param>
    /// <param name="opens">The local time it opens.</param>
    /// <param name="closes">The local time it closes (exclusive); 23:59 means midnight.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day, or <paramref name="closes"/> is not after <paramref name="opens"/>.</exception>
    public OpeningHours(IsoDayOfWeek day, LocalTime opens, LocalTime closes)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A day of the week is Monday to Sunday.");
        }

        if (closes <= opens)
        {
            throw new ArgumentOutOfRangeException(nameof(closes), closes, $"The closing time must be after the opening time {opens:HH:mm}; split overnight hours into two days.");
        }

        Day = day;
        Opens = opens;
        Closes = closes;
    }

    /// <summary>Gets the day of the week.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>Gets the local opening time.</summary>
    public LocalTime Opens { get; }

    /// <summary>Gets the local closing time (exclusive); 23:59 means midnight.</summary>
    public LocalTime Closes { get; }

    /// <summary>Gets the opening as minutes from Monday 00:00.</summary>
    internal int StartMinuteOfWeek => (((int)Day - 1) * 1440) + (Opens.Hour * 60) + Opens.Minute;

    /// <summary>Gets the closing as minutes from Monday 00:00 (exclusive); 23:59 extends to midnight.</summary>
    internal int EndMinuteOfWeek => (((int)Day - 1) * 1440) + (Closes is { Hour: 23, Minute: 59 } ? 1440 : (Closes.Hour * 60) + Closes.Minute + (Closes.Second > 0 ? 1 : 0));

    /// <summary>Returns, for example, <c>Monday 09:00-17:00</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Day} {Opens:HH:mm}-{Closes:HH:mm}";
}
