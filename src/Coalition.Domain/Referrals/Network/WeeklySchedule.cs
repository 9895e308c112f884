using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// When an offering is open: weekly hours in an IANA time zone, or around the clock, less dated closures. HSDS carries only
/// a numeric UTC offset; this schedule keeps the zone so that daylight saving time is right. Value-equal.
/// </summary>
public sealed record WeeklySchedule
{
    /// <summary>The most weekly rows a schedule may have: several intervals on every day of the week is far fewer.</summary>
    public const int MaxHours = 500;

    /// <summary>The most monthly rows a schedule may have.</summary>
    public const int MaxMonthlyHours = 100;

    /// <summary>The most dated closures a schedule may have: decades of holidays.</summary>
    public const int MaxClosures = 1000;

    private const int MinutesPerWeek = 7 * 1440;
    private const int MaxDaysToSearch = 400;

    private readonly (int Start, int End)[] intervals;
    private readonly int hashCode;

    /// <summary>Creates a schedule with weekly hours only.</summary>
    /// <param name="timeZoneId">An IANA time zone id such as <c>America/Chicago</c>.</param>
    /// <param name="isAlwaysOpen">Whether the offering is open 24 hours a day, 7 days a week (apart from closures).</param>
    /// <param name="hours">The weekly hours; must be empty when always open.</param>
    /// <param name="closures">Dated closures, such as holidays.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeZoneId"/> is null.</exception>
    /// <exception cref="ArgumentException">The zone is unknown, hours are given for an always-open schedule, or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">There are more than <see cref="MaxHours"/> weekly rows or <see cref="MaxClosures"/> closures.</exception>
    public WeeklySchedule(string timeZoneId, bool isAlwaysOpen, ImmutableArray<OpeningHours> hours, ImmutableArray<Closure> closures)
        : this(timeZoneId, isAlwaysOpen, hours, [], closures)
    {
    }

    /// <summary>Creates a schedule with weekly and monthly hours.</summary>
    /// <param name="timeZoneId">An IANA time zone id such as <c>America/Chicago</c>.</param>
    /// <param name="isAlwaysOpen">Whether the offering is open 24 hours a day, 7 days a week (apart from closures).</param>
    /// <param name="hours">The weekly hours; must be empty when always open.</param>
    /// <param name="monthlyHours">Monthly openings, such as the first Saturday of each month; must be empty when always open.</param>
    /// <param name="closures">Dated closures, such as holidays.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeZoneId"/> is null.</exception>
    /// <exception cref="ArgumentException">The zone is unknown, hours are given for an always-open schedule, or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">There are more than <see cref="MaxHours"/> weekly rows, <see cref="MaxMonthlyHours"/> monthly rows or <see cref="MaxClosures"/> closures.</exception>
    [JsonConstructor]
    public WeeklySchedule(string timeZoneId, bool isAlwaysOpen, ImmutableArray<OpeningHours> hours, ImmutableArray<MonthlyOpening> monthlyHours, ImmutableArray<Closure> closures)
    {
        ArgumentNullException.ThrowIfNull(timeZoneId);
        Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"Unknown IANA time zone {Preconditions.Quote(timeZoneId)}.", nameof(timeZoneId));
        var hourList = Preconditions.Elements(hours, MaxHours, nameof(hours));
        var closureList = Preconditions.Elements(closures, MaxClosures, nameof(closures));
        var monthlyList = Preconditions.Elements(monthlyHours, MaxMonthlyHours, nameof(monthlyHours));
        if (isAlwaysOpen && !hourList.IsEmpty)
        {
            throw new ArgumentException("An always-open schedule has no weekly hours.", nameof(hours));
        }

        if (isAlwaysOpen && !monthlyList.IsEmpty)
        {
            throw new ArgumentException("An always-open schedule has no monthly hours.", nameof(monthlyHours));
        }

        TimeZoneId = timeZoneId;
        IsAlwaysOpen = isAlwaysOpen;
        Hours = [.. hourList.OrderBy(h => h.StartMinuteOfWeek).ThenBy(h => h.EndMinuteOfWeek)];
        MonthlyHours = [.. monthlyList.OrderBy(m => m.Day).ThenBy(m => m.Ordinal).ThenBy(m => m.Opens).ThenBy(m => m.Closes)];
        Closures = [.. closureList.OrderBy(c => c.Start).ThenBy(c => c.End)];
        intervals = Merge(isAlwaysOpen ? [(0, MinutesPerWeek)] : Hours.Select(h => (h.StartMinuteOfWeek, h.EndMinuteOfWeek)));
        hashCode = HashCode.Combine(TimeZoneId, IsAlwaysOpen, Equality.SequenceHash(Hours), Equality.SequenceHash(MonthlyHours), Equality.SequenceHash(Closures));
    }

    /// <summary>Gets the IANA time zone id.</summary>
    public string TimeZoneId { get; }

    /// <summary>Gets whether the offering is open around the clock, apart from closures.</summary>
    public bool IsAlwaysOpen { get; }

    /// <summary>Gets the weekly hours, ordered from Monday.</summary>
    public ImmutableArray<OpeningHours> Hours { get; }

    /// <summary>Gets the monthly openings, ordered by day and ordinal.</summary>
    public ImmutableArray<MonthlyOpening> MonthlyHours { get; }

    /// <summary>Gets the dated closures, ordered by start.</summary>
    public ImmutableArray<Closure> Closures { get; }

    /// <summary>Gets the resolved time zone.</summary>
    [JsonIgnore]
    public DateTimeZone Zone { get; }

    /// <summary>Creates a 24/7 schedule.</summary>
    /// <param name="timeZoneId">An IANA time zone id.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZoneId"/> is null.</exception>
    /// <exception cref="ArgumentException">The zone is unknown.</exception>
    public static WeeklySchedule AlwaysOpen(string timeZoneId) => new(timeZoneId, true, [], []);

    /// <summary>Returns whether the offering is open at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant, for example from an <see cref="IClock"/>.</param>
    /// <returns><see cref="OpenState.Open"/> or <see cref="OpenState.Closed"/>.</returns>
    public OpenState StateAt(Instant instant) => StateAt(CalendarEdges.LocalAt(instant, Zone));

    /// <summary>
    /// Returns the next instant at or after <paramref name="instant"/> when the offering is open, or <see langword="null"/>
    /// if it does not open within about a year (or before the end of the calendar).
    /// </summary>
    /// <param name="instant">The instant to search from.</param>
    /// <returns>The instant itself when open; otherwise the next opening.</returns>
    public Instant? NextOpening(Instant instant)
    {
        var local = CalendarEdges.LocalAt(instant, Zone);
        return StateAt(local) == OpenState.Open ? instant : NextOpeningAfter(local, MaxDaysToSearch);
    }

    /// <summary>
    /// Returns the first opening strictly after <paramref name="local"/> on the next <paramref name="days"/> local dates
    /// (today included), as an instant; <see langword="null"/> when there is none, or when the search would pass the end of
    /// the calendar. Allocates nothing.
    /// </summary>
    internal Instant? NextOpeningAfter(LocalDateTime local, int days)
    {
        var date = local.Date;
        for (var day = 0; day < days; day++)
        {
            if (day > 0)
            {
                date = date.PlusDays(1);
            }

            if (date > CalendarEdges.LastSearchableDate)
            {
                // No opening before the end of time.
                return null;
            }

            if (date < CalendarEdges.FirstSearchableDate)
            {
                continue;
            }

            if (IsClosedOn(date))
            {
                continue;
            }

            // The earliest opening minute on this date that is after the local time (an opening at the current minute has passed).
            var best = int.MaxValue;
            var dayStart = ((int)date.DayOfWeek - 1) * 1440;
            var after = day == 0 ? (local.Hour * 60) + local.Minute : -1;
            foreach (var (start, end) in intervals)
            {
                if (end > dayStart && start < dayStart + 1440)
                {
                    Consider(Math.Max(start, dayStart) - dayStart);
                }
            }

            foreach (var monthly in MonthlyHours)
            {
                if (monthly.FallsOn(date))
                {
                    Consider(monthly.MinutesOfDay.Start);
                }
            }

            if (best != int.MaxValue)
            {
                return CalendarEdges.InstantOf(date.At(new LocalTime(best / 60, best % 60)), Zone);
            }

            void Consider(int minute)
            {
                if (minute > after && minute < best)
                {
                    best = minute;
                }
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(WeeklySchedule? other) =>
        ReferenceEquals(this, other) || (other is not null && hashCode == other.hashCode && TimeZoneId == other.TimeZoneId && IsAlwaysOpen == other.IsAlwaysOpen &&
        Equality.Sequence(Hours, other.Hours) && Equality.Sequence(MonthlyHours, other.MonthlyHours) && Equality.Sequence(Closures, other.Closures));

    /// <inheritdoc />
    public override int GetHashCode() => hashCode;

    /// <summary>Returns, for example, <c>24/7 (America/Chicago)</c> or <c>Monday 09:00-17:00, ... (America/Chicago)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{(IsAlwaysOpen ? "24/7" : string.Join(", ", Hours.Select(h => h.ToString()).Concat(MonthlyHours.Select(m => "monthly " + m))))} ({TimeZoneId})";

    internal OpenState StateAt(LocalDateTime local)
    {
        if (IsClosedOn(local.Date))
        {
            return OpenState.Closed;
        }

        var minute = (((int)local.DayOfWeek - 1) * 1440) + (local.Hour * 60) + local.Minute;
        foreach (var (start, end) in intervals)
        {
            if (minute >= start && minute < end)
            {
                return OpenState.Open;
            }
        }

        foreach (var monthly in MonthlyHours)
        {
            var (start, end) = monthly.MinutesOfDay;
            var minuteOfDay = (local.Hour * 60) + local.Minute;
            if (minuteOfDay >= start && minuteOfDay < end && monthly.FallsOn(local.Date))
            {
                return OpenState.Open;
            }
        }

        return OpenState.Closed;
    }

    private static (int Start, int End)[] Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return [.. merged];
    }

    private bool IsClosedOn(LocalDate date)
    {
        foreach (var closure in Closures)
        {
            if (closure.Covers(date))
            {
                return true;
            }
        }

        return false;
    }
}
