using NodaTime;

namespace Coalition.Domain.Law;

/// <summary>
/// Age at the time of the conduct, computed exactly with NodaTime. The TVPA's "has not attained 18 years of age"
/// (22 U.S.C. 7102(11)(A)) ends on the 18th birthday: that day is the first day the person is not a minor.
/// </summary>
/// <remarks>
/// A person born on 29 February turns 18 on 1 March in a non-leap year. NodaTime's <see cref="Period.Between(LocalDate, LocalDate, PeriodUnits)"/>
/// would count the birthday as 28 February; this library takes the later, protective reading, so that the minor rule
/// covers the person for one more day. Every other date of birth agrees with <see cref="Period.Between(LocalDate, LocalDate, PeriodUnits)"/>.
/// </remarks>
public static class LegalAge
{
    /// <summary>The age of majority in the TVPA's severe-form definition.</summary>
    public const int Majority = 18;

    // The same words whether the date of birth is known or only what it shows, so that an assessment (which keeps only
    // the latter) explains itself exactly as it did when made.
    private const string WhollyMinor = "The person had not attained 18 years of age at any time during the conduct.";

    private const string WhollyAdult = "The person had attained 18 years of age before the conduct began.";

    private const string SpansBirthday =
        "The conduct spans the person's 18th birthday: the minor rule applies only to the conduct before that birthday; for the later conduct force, fraud or coercion must be shown.";

    /// <summary>Returns the date of the birthday on which a person reaches <paramref name="years"/> years.</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="years">A number of years, zero or more.</param>
    /// <returns>The birthday; 1 March for a 29 February birth in a non-leap year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative, or the birthday would fall after the end of the calendar (year 9999). The message quotes no date.</exception>
    public static LocalDate Birthday(LocalDate dateOfBirth, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        if (years > 9999 - dateOfBirth.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(years), "The birthday would fall after the end of the calendar (year 9999).");
        }

        var birthday = dateOfBirth.PlusYears(years);
        return dateOfBirth.Month == 2 && dateOfBirth.Day == 29 && birthday.Day == 28 ? birthday.PlusDays(1) : birthday;
    }

    /// <summary>Returns the 18th birthday: the first day the person is no longer a minor.</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <returns>The 18th birthday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The birthday would fall after the end of the calendar.</exception>
    public static LocalDate EighteenthBirthday(LocalDate dateOfBirth) => Birthday(dateOfBirth, Majority);

    /// <summary>Returns the age in whole years on <paramref name="date"/>.</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="date">The date at which to measure, not before the date of birth.</param>
    /// <returns>The age in completed years, following the 29 February rule above.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <paramref name="dateOfBirth"/>.</exception>
    public static int YearsOn(LocalDate dateOfBirth, LocalDate date)
    {
        if (date < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(date), "The date is before the date of birth.");
        }

        var years = Period.Between(dateOfBirth, date, PeriodUnits.Years).Years;
        return Birthday(dateOfBirth, years) > date ? years - 1 : years;
    }

    /// <summary>Returns only the status of <see cref="Minority"/>, without allocating.</summary>
    internal static FactStatus MinorityStatus(AgeEvidence age, ConductPeriod? conduct) => age.Kind switch
    {
        AgeEvidenceKind.UnderEighteen or AgeEvidenceKind.TurnedEighteenDuringConduct => FactStatus.Established,
        AgeEvidenceKind.EighteenOrOver => FactStatus.RuledOut,
        AgeEvidenceKind.DateOfBirth when conduct is not null =>
            conduct.Start >= EighteenthBirthday(age.DateOfBirth!.Value) ? FactStatus.RuledOut : FactStatus.Established,
        _ => FactStatus.Unknown,
    };

    /// <summary>Decides whether the person was under 18 during the conduct.</summary>
    /// <param name="age">What is known about the age.</param>
    /// <param name="conduct">The conduct dates, or <see langword="null"/> when unknown.</param>
    /// <returns>The finding, with the part of the conduct the minor rule covers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="age"/> is null.</exception>
    public static MinorityFinding Minority(AgeEvidence age, ConductPeriod? conduct)
    {
        ArgumentNullException.ThrowIfNull(age);
        switch (age.Kind)
        {
            case AgeEvidenceKind.UnderEighteen:
                return new MinorityFinding(FactStatus.Established, conduct, WhollyMinor);
            case AgeEvidenceKind.EighteenOrOver:
                return new MinorityFinding(FactStatus.RuledOut, null, WhollyAdult);
            case AgeEvidenceKind.TurnedEighteenDuringConduct:
                return new MinorityFinding(FactStatus.Established, null, SpansBirthday, isPartial: true);
            case AgeEvidenceKind.DateOfBirth when conduct is not null:
                var majority = EighteenthBirthday(age.DateOfBirth!.Value);
                if (conduct.End < majority)
                {
                    return new MinorityFinding(FactStatus.Established, conduct, WhollyMinor);
                }

                if (conduct.Start >= majority)
                {
                    return new MinorityFinding(FactStatus.RuledOut, null, WhollyAdult);
                }

                var minorPart = new ConductPeriod(conduct.Start, majority.PlusDays(-1));
                return new MinorityFinding(FactStatus.Established, minorPart, SpansBirthday, isPartial: true);
            case AgeEvidenceKind.DateOfBirth:
                return new MinorityFinding(FactStatus.Unknown, null, "The date of birth is known but the dates of the conduct are not.");
            default:
                return new MinorityFinding(FactStatus.Unknown, null, "The person's age during the conduct is unknown.");
        }
    }
}
