using NodaTime;

namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>A range of whole hours on one day of the week, in the coalition's time zone: from <see cref="FromHour"/> to <see cref="ToHour"/> (exclusive).</summary>
/// <param name="Day">The day of the week.</param>
/// <param name="FromHour">The first hour, 0 to 23.</param>
/// <param name="ToHour">The hour after the last, 1 to 24.</param>
public sealed record HourRange(IsoDayOfWeek Day, int FromHour, int ToHour)
{
    /// <summary>Gets the day of the week.</summary>
    public IsoDayOfWeek Day { get; } = Day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday ? Day : throw new ArgumentOutOfRangeException(nameof(Day), "A day of the week is Monday to Sunday.");

    /// <summary>Gets the first hour (0 to 23).</summary>
    public int FromHour { get; } = FromHour is >= 0 and <= 23 ? FromHour : throw new ArgumentOutOfRangeException(nameof(FromHour), FromHour, "An hour is 0 to 23.");

    /// <summary>Gets the hour after the last.</summary>
    public int ToHour { get; } = ToHour > FromHour && ToHour <= 24 ? ToHour : throw new ArgumentOutOfRangeException(nameof(ToHour), ToHour, "The end must be after the start and at most 24.");

    /// <summary>Returns, for example, <c>Saturday 00:00-08:00</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => FormattableString.Invariant($"{Day} {FromHour:00}:00-{ToHour:00}:00");
}
