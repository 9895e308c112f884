using Coalition.Domain.Internal;
using Coalition.Domain.Law;
using NodaTime;

namespace Coalition.Domain.Protections;

/// <summary>
/// When a child's Eligibility Letter request must reach HHS (OTIP): before the 18th birthday. Computed from a date of
/// birth the caller passes and the library does not keep; the result names the last day, so treat it as sensitive as the
/// birthday itself and do not publish it.
/// </summary>
/// <param name="LastDay">The last day the request can reach OTIP (the day before the 18th birthday).</param>
/// <param name="DaysLeft">Days from the date asked to <paramref name="LastDay"/>, inclusive of neither; negative once passed.</param>
/// <param name="IsNear">Whether the last day is within the warning window.</param>
/// <param name="Warning">A plain-language warning, or an empty string when the deadline is not near.</param>
public sealed record LetterDeadline(LocalDate LastDay, int DaysLeft, bool IsNear, string Warning)
{
    /// <summary>The default warning window: 60 days, a library default to leave time to gather evidence and send the request.</summary>
    public static Period DefaultWarningWindow { get; } = Period.FromDays(60);

    /// <summary>Gets the warning.</summary>
    public string Warning { get; } = Preconditions.NotNull(Warning, nameof(Warning)).Length <= Limits.Text
        ? Warning
        : throw new ArgumentException($"The warning is longer than {Limits.Text} characters.", nameof(Warning));

    /// <summary>Gets whether the deadline has passed.</summary>
    public bool HasPassed => DaysLeft < 0;

    /// <summary>Computes the deadline for a child born on <paramref name="dateOfBirth"/>, as of <paramref name="today"/>.</summary>
    /// <param name="dateOfBirth">The child's date of birth (not kept).</param>
    /// <param name="today">The date to count from, for example from an <see cref="IClock"/> in the coalition's zone.</param>
    /// <param name="warningWindow">How close counts as near, or <see langword="null"/> for <see cref="DefaultWarningWindow"/>.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="today"/> is before <paramref name="dateOfBirth"/>, or the window is negative.</exception>
    public static LetterDeadline For(LocalDate dateOfBirth, LocalDate today, Period? warningWindow = null)
    {
        if (today < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(today), "The date asked is before the date of birth.");
        }

        var window = warningWindow ?? DefaultWarningWindow;
        if (window.Normalize() is { Years: < 0 } or { Months: < 0 } or { Days: < 0 })
        {
            throw new ArgumentOutOfRangeException(nameof(warningWindow), "The warning window cannot be negative.");
        }

        var lastDay = LegalAge.EighteenthBirthday(dateOfBirth).PlusDays(-1);
        var daysLeft = Period.Between(today, lastDay, PeriodUnits.Days).Days;
        var near = lastDay <= today.Plus(window);
        var warning = daysLeft < 0
            ? "The 18th birthday has passed: an Eligibility Letter can no longer be requested; ask an attorney about adult routes (HHS Certification, a T or U visa)."
            : near
                ? $"Send the Eligibility Letter request now: it must reach OTIP before the 18th birthday, {daysLeft} day(s) from today."
                : string.Empty;
        return new LetterDeadline(lastDay, daysLeft, near, warning);
    }

    /// <summary>Whether a request reaching OTIP on <paramref name="arrives"/> is in time.</summary>
    /// <param name="arrives">When the request reaches OTIP.</param>
    /// <returns>True when it arrives on or before <see cref="LastDay"/>.</returns>
    public bool IsInTime(LocalDate arrives) => arrives <= LastDay;

    /// <summary>Returns the warning or "not near"; never the date.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Warning.Length > 0 ? Warning : "Eligibility Letter deadline not near";
}
