using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>
/// A legal definition, such as the TVPA's "severe form of sex trafficking": a set of elements that must all be met.
/// Value-equal, including its elements.
/// </summary>
public sealed record OffenceDefinition
{
    /// <summary>Creates an offence definition.</summary>
    /// <param name="code">A stable code within the framework, such as <c>severe-sex-trafficking</c>.</param>
    /// <param name="name">A plain-language name.</param>
    /// <param name="citation">The legal source, such as <c>22 U.S.C. 7102(11)(A)</c>.</param>
    /// <param name="elements">The elements, at least one, with distinct codes; all must be met.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, the code is malformed, or the elements are empty, hold a null or repeat a code.</exception>
    public OffenceDefinition(string code, string name, string citation, IEnumerable<ElementDefinition> elements)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        ArgumentNullException.ThrowIfNull(elements);
        if (!Catalogues.CodeSyntax.IsValid(code))
        {
            throw new ArgumentOutOfRangeException(nameof(code), $"The code {Preconditions.Quote(code)} is not valid. {Catalogues.CodeSyntax.Description}");
        }

        var array = elements.ToImmutableArray();
        Preconditions.NoNullElements(array, nameof(elements));
        if (array.IsEmpty)
        {
            throw new ArgumentException("An offence needs at least one element.", nameof(elements));
        }

        if (array.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count() != array.Length)
        {
            throw new ArgumentException($"Offence {Preconditions.Quote(code)} repeats an element code.", nameof(elements));
        }

        Code = code;
        Name = name;
        Citation = citation;
        Elements = array;
        FactMask = array.Aggregate(0UL, (mask, e) => mask | e.Rule.FactMask);
    }

    /// <summary>Gets the offence's code within its framework.</summary>
    public string Code { get; }

    /// <summary>Gets the offence's plain-language name.</summary>
    public string Name { get; }

    /// <summary>Gets the legal source of the definition.</summary>
    public string Citation { get; }

    /// <summary>Gets the elements, all of which must be met.</summary>
    public ImmutableArray<ElementDefinition> Elements { get; }

    internal ulong FactMask { get; }

    /// <inheritdoc />
    public bool Equals(OffenceDefinition? other) =>
        other is not null && Code == other.Code && Name == other.Name && Citation == other.Citation && Equality.Sequence(Elements, other.Elements);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, Citation, Equality.SequenceHash(Elements));

    internal Verdict Evaluate(ulong established, ulong ruledOut)
    {
        var allMet = true;
        foreach (var element in Elements)
        {
            var verdict = element.Rule.Evaluate(established, ruledOut);
            if (verdict == Verdict.NotMet)
            {
                return Verdict.NotMet;
            }

            allMet &= verdict == Verdict.Met;
        }

        return allMet ? Verdict.Met : Verdict.Undetermined;
    }
}
