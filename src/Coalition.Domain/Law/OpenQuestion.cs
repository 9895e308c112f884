using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>
/// One element of an undetermined offence and the distinct unknown facts in it whose answers could decide the offence:
/// the summary form of <see cref="OffenceAssessment.DecidingSets"/>.
/// </summary>
public sealed record OpenQuestion
{
    /// <summary>Creates an open question.</summary>
    /// <param name="elementCode">The element's code, such as <c>means</c>.</param>
    /// <param name="elementName">The element's plain-language name.</param>
    /// <param name="facts">The facts that could decide, in <see cref="CaseFact"/> order; <see cref="CaseFact.UnderEighteen"/> means "establish the age".</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or too long, or there are no facts, or a fact repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is malformed or a fact is undefined.</exception>
    public OpenQuestion(string elementCode, string elementName, ImmutableArray<CaseFact> facts)
    {
        ElementCode = Preconditions.Code(elementCode, Limits.Code, nameof(elementCode));
        ElementName = Preconditions.BoundedText(elementName, Limits.Text, nameof(elementName));
        Facts = ValidFacts(facts, nameof(facts), allowEmpty: false);
    }

    /// <summary>Gets the element's code.</summary>
    public string ElementCode { get; }

    /// <summary>Gets the element's name.</summary>
    public string ElementName { get; }

    /// <summary>Gets the facts that could decide.</summary>
    public ImmutableArray<CaseFact> Facts { get; }

    /// <inheritdoc />
    public bool Equals(OpenQuestion? other) => other is not null && ElementCode == other.ElementCode && ElementName == other.ElementName && Equality.Sequence(Facts, other.Facts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ElementCode, Equality.SequenceHash(Facts));

    /// <summary>Returns, for example, <c>means: force, fraud</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{ElementCode}: {string.Join(", ", Facts.Select(CaseFacts.Describe))}";

    /// <summary>Validates a list of facts in an output: defined, in <see cref="CaseFact"/> order, without repeats.</summary>
    internal static ImmutableArray<CaseFact> ValidFacts(ImmutableArray<CaseFact> facts, string paramName, bool allowEmpty)
    {
        var list = facts.IsDefault ? [] : facts;
        if (!allowEmpty && list.IsEmpty)
        {
            throw new ArgumentException("At least one fact is needed.", paramName);
        }

        for (var i = 0; i < list.Length; i++)
        {
            CaseFacts.Bit(list[i], paramName, allowDerived: true);
            if (i > 0 && list[i] <= list[i - 1])
            {
                throw new ArgumentException("Facts must be distinct and in CaseFact order.", paramName);
            }
        }

        return list;
    }
}
