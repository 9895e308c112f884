using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>The verdict on one element of an offence, with the facts that decided it. Validated on construction, in code or from JSON.</summary>
/// <param name="Code">The element's code, such as <c>act</c>.</param>
/// <param name="Name">The element's plain-language name.</param>
/// <param name="Citation">The element's legal source.</param>
/// <param name="Verdict">Whether the element is met.</param>
/// <param name="DecidingFacts">The facts that decided the verdict: the established ones when met, the ruled-out ones when not met, the unknown ones when undetermined; distinct, in <see cref="CaseFact"/> order.</param>
/// <param name="Explanation">A plain-language explanation citing the source.</param>
public sealed record ElementAssessment(string Code, string Name, string Citation, Verdict Verdict, ImmutableArray<CaseFact> DecidingFacts, string Explanation)
{
    /// <summary>Gets the element's code.</summary>
    public string Code { get; } = Preconditions.Code(Code, Limits.Code, nameof(Code));

    /// <summary>Gets the element's name.</summary>
    public string Name { get; } = Preconditions.BoundedText(Name, Limits.Text, nameof(Name));

    /// <summary>Gets the element's legal source.</summary>
    public string Citation { get; } = Preconditions.BoundedText(Citation, Limits.Text, nameof(Citation));

    /// <summary>Gets whether the element is met.</summary>
    public Verdict Verdict { get; } = Preconditions.Defined(Verdict, nameof(Verdict));

    /// <summary>Gets the facts that decided the verdict.</summary>
    public ImmutableArray<CaseFact> DecidingFacts { get; } = OpenQuestion.ValidFacts(DecidingFacts, nameof(DecidingFacts), allowEmpty: true);

    /// <summary>Gets the plain-language explanation.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.LongText, nameof(Explanation));

    /// <inheritdoc />
    public bool Equals(ElementAssessment? other) =>
        other is not null && Code == other.Code && Name == other.Name && Citation == other.Citation && Verdict == other.Verdict &&
        Equality.Sequence(DecidingFacts, other.DecidingFacts) && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Verdict, Equality.SequenceHash(DecidingFacts), Explanation);
}
