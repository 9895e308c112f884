using NodaTime;

namespace Coalition.Domain.Law;

/// <summary>
/// What is known about a person's age: nothing, a date of birth, or only that they were under 18 or 18 and over during
/// the conduct. Immutable and value-equal. <see cref="ToString"/> never prints a date of birth.
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
    public static AgeEvidence Under18 { get; } = new(AgeEvidenceKind.Under18, null);

    /// <summary>Gets evidence that the person was 18 or over throughout the conduct.</summary>
    public static AgeEvidence EighteenOrOver { get; } = new(AgeEvidenceKind.EighteenOrOver, null);

    /// <summary>Gets what kind of evidence this is.</summary>
    public AgeEvidenceKind Kind { get; }

    /// <summary>Gets the date of birth when <see cref="Kind"/> is <see cref="AgeEvidenceKind.DateOfBirth"/>; otherwise <see langword="null"/>.</summary>
    public LocalDate? DateOfBirth { get; }

    /// <summary>Creates evidence from a date of birth in the ISO calendar.</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateOfBirth"/> is not in the ISO calendar.</exception>
    public static AgeEvidence FromDateOfBirth(LocalDate dateOfBirth)
    {
        if (dateOfBirth.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date of birth must be in the ISO calendar.", nameof(dateOfBirth));
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
        AgeEvidenceKind.Under18 => "under 18",
        AgeEvidenceKind.EighteenOrOver => "18 or over",
        _ => "age unknown",
    };
}
