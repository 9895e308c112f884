using NodaTime;

namespace Coalition.Domain.Law;

/// <summary>
/// What is known about a person's age: nothing, a date of birth, or only that they were under 18, 18 and over, or turned
/// 18 during the conduct. Immutable and value-equal. <see cref="ToString"/> never prints a date of birth, and no message
/// quotes one.
/// </summary>
public sealed class AgeEvidence : IEquatable<AgeEvidence>
{
    private AgeEvidence(AgeEvidenceKind kind, LocalDate? dateOfBirth)
    {
        Kind = kind;
        DateOfBirth = dateOfBirth;
    }

    /// <summary>Gets evidence that says nothing about the age.</summary>
    public static AgeEvidence Unknown { get; } = new(AgeEvidenceKind.Unknown, null);

    /// <summary>Gets evidence that the person was under 18 throughout the conduct.</summary>
    public static AgeEvidence UnderEighteen { get; } = new(AgeEvidenceKind.UnderEighteen, null);

    /// <summary>Gets evidence that the person was 18 or over throughout the conduct.</summary>
    public static AgeEvidence EighteenOrOver { get; } = new(AgeEvidenceKind.EighteenOrOver, null);

    /// <summary>Gets evidence that the person turned 18 during the conduct, so that they were under 18 for its earlier part.</summary>
    public static AgeEvidence TurnedEighteenDuringConduct { get; } = new(AgeEvidenceKind.TurnedEighteenDuringConduct, null);

    /// <summary>Gets the earliest date of birth accepted: 1 January of year 1.</summary>
    public static LocalDate EarliestDateOfBirth { get; } = new(1, 1, 1);

    /// <summary>Gets the latest date of birth accepted: the last one whose 18th birthday is still in NodaTime's calendar.</summary>
    public static LocalDate LatestDateOfBirth { get; } = new(9981, 12, 31);

    /// <summary>Gets what kind of evidence this is.</summary>
    public AgeEvidenceKind Kind { get; }

    /// <summary>Gets the date of birth when <see cref="Kind"/> is <see cref="AgeEvidenceKind.DateOfBirth"/>; otherwise <see langword="null"/>.</summary>
    public LocalDate? DateOfBirth { get; }

    /// <summary>Creates evidence from a date of birth in the ISO calendar.</summary>
    /// <param name="dateOfBirth">The date of birth, from <see cref="EarliestDateOfBirth"/> to <see cref="LatestDateOfBirth"/>.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateOfBirth"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dateOfBirth"/> is outside the accepted range (the message does not quote it).</exception>
    public static AgeEvidence FromDateOfBirth(LocalDate dateOfBirth)
    {
        if (dateOfBirth.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date of birth must be in the ISO calendar.", nameof(dateOfBirth));
        }

        if (dateOfBirth < EarliestDateOfBirth || dateOfBirth > LatestDateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(dateOfBirth), "A date of birth must fall from year 1 to year 9981, so that the 18th birthday is a date in the calendar.");
        }

        return new AgeEvidence(AgeEvidenceKind.DateOfBirth, dateOfBirth);
    }

    /// <summary>Compares two pieces of evidence by value.</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AgeEvidence? left, AgeEvidence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two pieces of evidence by value.</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AgeEvidence? left, AgeEvidence? right) => !(left == right);

    /// <summary>
    /// Returns the evidence an <see cref="Assessment"/> keeps instead of a date of birth: what the date of birth shows for
    /// <paramref name="conduct"/> (under 18, 18 or over, or turned 18 during it), or <see cref="Unknown"/> when the conduct
    /// dates are unknown. Any other evidence is returned unchanged.
    /// </summary>
    /// <param name="conduct">The conduct dates, or <see langword="null"/>.</param>
    /// <returns>Evidence that holds no date.</returns>
    public AgeEvidence WithoutDateOfBirth(ConductPeriod? conduct)
    {
        if (Kind != AgeEvidenceKind.DateOfBirth)
        {
            return this;
        }

        var minority = LegalAge.Minority(this, conduct);
        return minority.Status switch
        {
            FactStatus.Established => minority.IsPartial ? TurnedEighteenDuringConduct : UnderEighteen,
            FactStatus.RuledOut => EighteenOrOver,
            _ => Unknown,
        };
    }

    /// <inheritdoc />
    public bool Equals(AgeEvidence? other) => other is not null && Kind == other.Kind && DateOfBirth == other.DateOfBirth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgeEvidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, DateOfBirth);

    /// <summary>Returns the kind of evidence; a date of birth is never printed.</summary>
    /// <returns>For example <c>date of birth (withheld)</c>.</returns>
    public override string ToString() => Kind switch
    {
        AgeEvidenceKind.DateOfBirth => "date of birth (withheld)",
        AgeEvidenceKind.UnderEighteen => "under 18",
        AgeEvidenceKind.EighteenOrOver => "18 or over",
        AgeEvidenceKind.TurnedEighteenDuringConduct => "turned 18 during the conduct",
        _ => "age unknown",
    };
}
