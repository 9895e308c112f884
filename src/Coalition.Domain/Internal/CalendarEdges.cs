using NodaTime;

namespace Coalition.Domain.Internal;

/// <summary>
/// Conversions that stay defined at the ends of NodaTime's calendar (years -9998 and 9999), where a zone offset or a
/// step of a day would overflow. Away from the ends (all but two days at each end) they are the plain NodaTime operations;
/// at the ends NodaTime's own range check decides, and the result is clamped instead of thrown.
/// </summary>
internal static class CalendarEdges
{
    /// <summary>The first date a search considers: two days after the start of the ISO calendar.</summary>
    internal static readonly LocalDate FirstSearchableDate = new(-9998, 1, 3);

    /// <summary>The last date a search considers: two days before the end of the ISO calendar.</summary>
    internal static readonly LocalDate LastSearchableDate = new(9999, 12, 29);

    private static readonly Instant SafeMin = Instant.MinValue + Duration.FromDays(2);
    private static readonly Instant SafeMax = Instant.MaxValue - Duration.FromDays(2);

    /// <summary>Returns the local date and time of <paramref name="instant"/> in <paramref name="zone"/>, clamped to the calendar's ends.</summary>
    internal static LocalDateTime LocalAt(Instant instant, DateTimeZone zone)
    {
        if (instant >= SafeMin && instant <= SafeMax)
        {
            return instant.InZone(zone).LocalDateTime;
        }

        try
        {
            return instant.InZone(zone).LocalDateTime;
        }
        catch (ArgumentOutOfRangeException)
        {
            // The zone's offset carries the local time past an end of the calendar.
            return instant > SafeMax ? LocalDateTime.MaxIsoValue : LocalDateTime.MinIsoValue;
        }
    }

    /// <summary>Returns the instant of a local date and time in <paramref name="zone"/> (leniently), or <see langword="null"/> when it falls outside the range of <see cref="Instant"/>.</summary>
    internal static Instant? InstantOf(LocalDateTime local, DateTimeZone zone)
    {
        if (local.Date >= FirstSearchableDate && local.Date <= LastSearchableDate)
        {
            return local.InZoneLeniently(zone).ToInstant();
        }

        try
        {
            return local.InZoneLeniently(zone).ToInstant();
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Returns <paramref name="instant"/> plus a non-negative <paramref name="duration"/>, or <see cref="Instant.MaxValue"/> when that would pass the end of time.</summary>
    internal static Instant PlusSaturating(Instant instant, Duration duration) =>
        instant > Instant.MaxValue - duration ? Instant.MaxValue : instant + duration;
}
