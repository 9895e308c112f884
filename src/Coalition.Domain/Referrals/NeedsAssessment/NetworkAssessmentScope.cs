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
    /// <exception cref="ArgumentException">The zone is unknown, an area is blank, or <paramref name="weekStarting"/> is not a Monday.</exception>
    public NetworkAssessmentScope(ImmutableArray<string> areas, string timeZoneId, LocalDate weekStarting)
    {
        ArgumentNullException.ThrowIfNull(timeZoneId);
        Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) ?? throw new ArgumentException($"Unknown IANA time zone '{timeZoneId}'.", nameof(timeZoneId));
        var list = areas.IsDefault ? [] : areas;
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Area codes cannot be blank.", nameof(areas));
        }

        if (weekStarting.DayOfWeek != IsoDayOfWeek.Monday)
        {
            throw new ArgumentException(FormattableString.Invariant($"The week must start on a Monday; {weekStarting:uuuu-MM-dd} is a {weekStarting.DayOfWeek}."), nameof(weekStarting));
        }

        Areas = [.. list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        TimeZoneId = timeZoneId;
        WeekStarting = weekStarting;
    }

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
