using System.Collections.Immutable;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>
/// What a referral-network needs assessment looks at: the coalition's areas, and the week (in the coalition's time zone)
/// over which hours of service are counted. Nothing reads the clock: pass the Monday of the week to assess.
/// </summary>
public sealed record NetworkAssessmentScope
{
    /// <summary>Creates a scope.</summary>
    /// <param name="areas">The coalition's area codes (for example its counties); each should be served.</param>
    /// <param name="timeZoneId">The coalition's IANA time zone, in which hours of the week are counted.</param>
    /// <param name="weekStarting">The Monday that starts the week assessed (so that daylight saving time and closures are real).</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeZoneId"/> is null.</exception>
    /// <exception cref="ArgumentException">The zone is unknown, an area is blank or too long, there are more than <see cref="MaxAreas"/> areas, or <paramref name="weekStarting"/> is not a Monday.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The week does not lie between <see cref="EarliestWeekStarting"/> and <see cref="LatestWeekStarting"/>, so that its hours cannot pass an end of the calendar.</exception>
    public NetworkAssessmentScope(ImmutableArray<string> areas, string timeZoneId, LocalDate weekStarting)
    {
        ArgumentNullException.ThrowIfNull(timeZoneId);
        Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) ?? throw new ArgumentException($"Unknown IANA time zone {Preconditions.Quote(timeZoneId)}.", nameof(timeZoneId));
        var list = areas.IsDefault ? [] : areas;
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Area codes cannot be blank.", nameof(areas));
        }

        if (list.Length > MaxAreas)
        {
            Preconditions.ThrowOutOfRange(nameof(areas), list.Length, $"A scope has at most {MaxAreas} areas.");
        }

        foreach (var area in list)
        {
            Preconditions.BoundedText(area, Network.ServiceArea.MaxAreaLength, nameof(areas));
        }

        if (weekStarting.Calendar != CalendarSystem.Iso || weekStarting < EarliestWeekStarting || weekStarting > LatestWeekStarting)
        {
            // The date is not echoed: messages never quote a date.
            throw new ArgumentOutOfRangeException(nameof(weekStarting), "The week must be an ISO-calendar week that starts between -9998-01-07 and 9999-12-20.");
        }

        if (weekStarting.DayOfWeek != IsoDayOfWeek.Monday)
        {
            throw new ArgumentException($"The week must start on a Monday; the date given is a {weekStarting.DayOfWeek}.", nameof(weekStarting));
        }

        Areas = [.. list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        TimeZoneId = timeZoneId;
        WeekStarting = weekStarting;
    }

    /// <summary>The most areas a scope may list.</summary>
    public const int MaxAreas = 10_000;

    /// <summary>Gets the earliest Monday a week may start on.</summary>
    public static LocalDate EarliestWeekStarting { get; } = new(-9998, 1, 7);

    /// <summary>Gets the latest Monday a week may start on, so that the week and a day's zone slack end before the calendar does.</summary>
    public static LocalDate LatestWeekStarting { get; } = new(9999, 12, 20);

    /// <summary>Gets the coalition's areas, sorted.</summary>
    public ImmutableArray<string> Areas { get; }

    /// <summary>Gets the coalition's IANA time zone id.</summary>
    public string TimeZoneId { get; }

    /// <summary>Gets the Monday that starts the week assessed.</summary>
    public LocalDate WeekStarting { get; }

    [System.Text.Json.Serialization.JsonIgnore]
    internal DateTimeZone Zone { get; }

    /// <inheritdoc />
    public bool Equals(NetworkAssessmentScope? other) =>
        other is not null && TimeZoneId == other.TimeZoneId && WeekStarting == other.WeekStarting && Equality.Sequence(Areas, other.Areas);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TimeZoneId, WeekStarting, Equality.SequenceHash(Areas));
}
