using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>
/// The assessment of one set of case facts under one legal framework: a verdict per offence, explained element by element.
/// It is an analysis of the facts given, not a determination: a person's status stays "potential" (HTCDS: Possible) until
/// a competent authority decides.
/// </summary>
/// <remarks>
/// An assessment never holds a date of birth: <see cref="Facts"/> keeps what the date of birth shows about the conduct
/// (<see cref="CaseFacts.WithoutDateOfBirth"/>), which decides every offence the same way. This is enforced on construction,
/// so it holds for assessments built in code and read from JSON alike.
/// </remarks>
/// <param name="FrameworkCode">The framework's code, such as <c>tvpa</c>.</param>
/// <param name="FrameworkName">The framework's name.</param>
/// <param name="Facts">The facts assessed; a date of birth is replaced by the age evidence it implies.</param>
/// <param name="Offences">The verdict on each offence of the framework, in the framework's order; at least one, with distinct codes.</param>
/// <param name="Explanation">The plain-language explanation of every verdict, citing the sources.</param>
public sealed record Assessment(string FrameworkCode, string FrameworkName, CaseFacts Facts, ImmutableArray<OffenceAssessment> Offences, string Explanation)
{
    /// <summary>Gets the framework's code.</summary>
    public string FrameworkCode { get; } = Preconditions.Code(FrameworkCode, Limits.Code, nameof(FrameworkCode));

    /// <summary>Gets the framework's name.</summary>
    public string FrameworkName { get; } = Preconditions.BoundedText(FrameworkName, Limits.Text, nameof(FrameworkName));

    /// <summary>Gets the facts assessed, with any date of birth replaced by the age evidence it implies.</summary>
    public CaseFacts Facts { get; } = Preconditions.NotNull(Facts, nameof(Facts)).WithoutDateOfBirth();

    /// <summary>Gets the verdict on each offence.</summary>
    public ImmutableArray<OffenceAssessment> Offences { get; } = Preconditions.NonEmptyDistinct(Offences, o => o.Code, "offence", nameof(Offences));

    /// <summary>Gets the plain-language explanation.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.LongText, nameof(Explanation));

    /// <summary>
    /// Gets whether the person was under 18 during the conduct, and whether only for part of it, as the facts show. Computed
    /// from <see cref="Facts"/>; written to JSON for readers and ignored when read back.
    /// </summary>
    public MinorityFinding Minority => LegalAge.Minority(Facts.Age, Facts.Conduct);

    /// <summary>Gets whether any offence is met or undetermined, so that the case should be treated as potential trafficking.</summary>
    public bool IsPotentialTrafficking => Offences.Any(o => o.Verdict != Verdict.NotMet);

    /// <summary>Returns the assessment of the offence with the given code.</summary>
    /// <param name="offenceCode">An offence code, such as <see cref="LegalFrameworks.SevereSexTrafficking"/>.</param>
    /// <returns>The offence's assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offenceCode"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The framework has no such offence.</exception>
    public OffenceAssessment Offence(string offenceCode)
    {
        ArgumentNullException.ThrowIfNull(offenceCode);
        foreach (var offence in Offences)
        {
            if (offence.Code == offenceCode)
            {
                return offence;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(offenceCode), $"Unknown offence code {Preconditions.Quote(offenceCode)}. Known codes: {string.Join(", ", Offences.Select(o => o.Code))}.");
    }

    /// <summary>Returns the verdict on the offence with the given code.</summary>
    /// <param name="offenceCode">An offence code.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offenceCode"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The framework has no such offence.</exception>
    public Verdict VerdictOn(string offenceCode) => Offence(offenceCode).Verdict;

    /// <inheritdoc />
    public bool Equals(Assessment? other) =>
        other is not null && FrameworkCode == other.FrameworkCode && FrameworkName == other.FrameworkName && Facts == other.Facts &&
        Equality.Sequence(Offences, other.Offences) && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FrameworkCode, Facts, Equality.SequenceHash(Offences));

    /// <summary>Returns the framework and each offence's verdict, without personal data.</summary>
    /// <returns>For example <c>tvpa: severe-sex-trafficking=Met, severe-labor-trafficking=Undetermined</c>.</returns>
    public override string ToString() => $"{FrameworkCode}: {string.Join(", ", Offences.Select(o => $"{o.Code}={o.Verdict}"))}";
}
