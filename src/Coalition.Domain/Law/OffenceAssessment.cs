using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>
/// The verdict on one offence, element by element, with what would decide it when undetermined. Every invariant is
/// checked on construction, whether in code or from JSON: the verdict is the Kleene conjunction of the elements' verdicts,
/// and deciding sets and open questions appear only for an undetermined verdict.
/// </summary>
/// <param name="Code">The offence's code, such as <c>severe-sex-trafficking</c>.</param>
/// <param name="Name">The offence's plain-language name.</param>
/// <param name="Citation">The offence's legal source.</param>
/// <param name="Verdict">Met, not met or undetermined: the Kleene conjunction of the elements.</param>
/// <param name="Elements">Each element's verdict and deciding facts; at least one, with distinct codes.</param>
/// <param name="DecidingSets">For an undetermined verdict, the smallest sets of unknown facts whose answers would decide it (both ways); empty otherwise.</param>
/// <param name="Explanation">A plain-language explanation citing the source.</param>
public sealed record OffenceAssessment(
    string Code,
    string Name,
    string Citation,
    Verdict Verdict,
    ImmutableArray<ElementAssessment> Elements,
    ImmutableArray<DecidingSet> DecidingSets,
    string Explanation)
{
    private readonly ImmutableArray<OpenQuestion> openQuestions = [];
    private readonly int omittedDecidingSets;

    /// <summary>Gets the offence's code.</summary>
    public string Code { get; } = Preconditions.Code(Code, Limits.Code, nameof(Code));

    /// <summary>Gets the offence's name.</summary>
    public string Name { get; } = Preconditions.BoundedText(Name, Limits.Text, nameof(Name));

    /// <summary>Gets the offence's legal source.</summary>
    public string Citation { get; } = Preconditions.BoundedText(Citation, Limits.Text, nameof(Citation));

    /// <summary>Gets the verdict: the Kleene conjunction of the elements' verdicts.</summary>
    public Verdict Verdict { get; } = Conjunction(Preconditions.Defined(Verdict, nameof(Verdict)), Elements, nameof(Verdict));

    /// <summary>Gets each element's verdict.</summary>
    public ImmutableArray<ElementAssessment> Elements { get; } = Preconditions.NonEmptyDistinct(Elements, e => e.Code, "element", nameof(Elements));

    /// <summary>Gets the smallest deciding sets of unknown facts (empty unless undetermined), at most as many as <see cref="AssessmentOptions.MaxDecidingSets"/> allowed.</summary>
    public ImmutableArray<DecidingSet> DecidingSets { get; } = OnlyWhenUndetermined(Preconditions.Elements(DecidingSets, Limits.Items, nameof(DecidingSets)), Verdict, nameof(DecidingSets));

    /// <summary>Gets the plain-language explanation.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.LongText, nameof(Explanation));

    /// <summary>
    /// Gets, for an undetermined verdict, the distinct unknown facts that could decide it, grouped by element in the
    /// offence's order: the summary form of <see cref="DecidingSets"/>, complete even when sets were omitted. Empty otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">Set on a verdict that is not undetermined, or an element is not one of <see cref="Elements"/>.</exception>
    public ImmutableArray<OpenQuestion> OpenQuestions
    {
        get => openQuestions;
        init
        {
            var list = OnlyWhenUndetermined(Preconditions.Elements(value, Limits.Items, nameof(OpenQuestions)), Verdict, nameof(OpenQuestions));
            if (list.Any(q => !Elements.Any(e => e.Code == q.ElementCode)))
            {
                throw new ArgumentException("An open question names an element the offence does not have.", nameof(OpenQuestions));
            }

            openQuestions = list;
        }
    }

    /// <summary>Gets how many deciding sets were left out of <see cref="DecidingSets"/> by <see cref="AssessmentOptions.MaxDecidingSets"/>; zero when all are listed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative, or set on a verdict that is not undetermined.</exception>
    public int OmittedDecidingSets
    {
        get => omittedDecidingSets;
        init => omittedDecidingSets = Preconditions.NonNegative(value, nameof(OmittedDecidingSets)) > 0 && Verdict != Verdict.Undetermined
            ? throw new ArgumentOutOfRangeException(nameof(OmittedDecidingSets), "Only an undetermined verdict has deciding sets.")
            : value;
    }

    /// <summary>Returns the open questions as one line, at most <paramref name="maxFactsPerElement"/> facts per element.</summary>
    /// <param name="maxFactsPerElement">The most facts listed per element, at least 1; the rest are counted.</param>
    /// <returns>For example <c>act: recruitment, harboring (+3 more); means: force, fraud</c>, or an empty string when the verdict is decided.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFactsPerElement"/> is less than 1.</exception>
    public string Summarize(int maxFactsPerElement = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFactsPerElement, 1);
        return string.Join("; ", OpenQuestions.Select(q =>
            $"{q.ElementName}: {string.Join(", ", q.Facts.Take(maxFactsPerElement).Select(CaseFacts.Describe))}{(q.Facts.Length > maxFactsPerElement ? $" (+{q.Facts.Length - maxFactsPerElement} more)" : string.Empty)}"));
    }

    /// <inheritdoc />
    public bool Equals(OffenceAssessment? other) =>
        other is not null && Code == other.Code && Name == other.Name && Citation == other.Citation && Verdict == other.Verdict &&
        Equality.Sequence(Elements, other.Elements) && Equality.Sequence(DecidingSets, other.DecidingSets) && Explanation == other.Explanation &&
        Equality.Sequence(OpenQuestions, other.OpenQuestions) && OmittedDecidingSets == other.OmittedDecidingSets;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Verdict, Equality.SequenceHash(Elements), Equality.SequenceHash(DecidingSets), OmittedDecidingSets);

    private static Verdict Conjunction(Verdict verdict, ImmutableArray<ElementAssessment> elements, string paramName)
    {
        var list = elements.IsDefault ? [] : elements;
        var expected = list.Any(e => e?.Verdict == Verdict.NotMet) ? Verdict.NotMet : list.All(e => e?.Verdict == Verdict.Met) ? Verdict.Met : Verdict.Undetermined;
        if (!list.IsEmpty && verdict != expected)
        {
            throw new ArgumentException("The verdict is not the conjunction of the elements' verdicts.", paramName);
        }

        return verdict;
    }

    private static ImmutableArray<T> OnlyWhenUndetermined<T>(ImmutableArray<T> items, Verdict verdict, string paramName)
    {
        if (!items.IsEmpty && verdict != Verdict.Undetermined)
        {
            throw new ArgumentException("Only an undetermined verdict has deciding sets or open questions.", paramName);
        }

        return items;
    }
}
