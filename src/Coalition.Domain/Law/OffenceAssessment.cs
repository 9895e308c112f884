using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>The verdict on one offence, element by element, with what would decide it when undetermined.</summary>
/// <param name="Code">The offence's code, such as <c>severe-sex-trafficking</c>.</param>
/// <param name="Name">The offence's plain-language name.</param>
/// <param name="Citation">The offence's legal source.</param>
/// <param name="Verdict">Met, not met or undetermined: the Kleene conjunction of the elements.</param>
/// <param name="Elements">Each element's verdict and deciding facts.</param>
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
    /// <summary>Gets the offence's code.</summary>
    public string Code { get; } = Preconditions.NotBlank(Code, nameof(Code));

    /// <summary>Gets the offence's name.</summary>
    public string Name { get; } = Preconditions.NotBlank(Name, nameof(Name));

    /// <summary>Gets the offence's legal source.</summary>
    public string Citation { get; } = Preconditions.NotBlank(Citation, nameof(Citation));

    /// <summary>Gets each element's verdict.</summary>
    public ImmutableArray<ElementAssessment> Elements { get; } = Elements.IsDefault ? [] : Elements;

    /// <summary>Gets the smallest deciding sets of unknown facts (empty unless undetermined).</summary>
    public ImmutableArray<DecidingSet> DecidingSets { get; } = DecidingSets.IsDefault ? [] : DecidingSets;

    /// <summary>Gets the plain-language explanation.</summary>
    public string Explanation { get; } = Preconditions.NotBlank(Explanation, nameof(Explanation));

    /// <inheritdoc />
    public bool Equals(OffenceAssessment? other) =>
        other is not null && Code == other.Code && Name == other.Name && Citation == other.Citation && Verdict == other.Verdict &&
        Equality.Sequence(Elements, other.Elements) && Equality.Sequence(DecidingSets, other.DecidingSets) && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Verdict, Equality.SequenceHash(Elements), Equality.SequenceHash(DecidingSets));
}
