using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Law;

namespace Coalition.Domain.Screening;

/// <summary>A fact that observed indicators suggest, with the indicators that suggest it. A suggestion is not a finding.</summary>
/// <param name="Fact">The suggested fact.</param>
/// <param name="IndicatorCodes">The codes of the observed indicators that suggest it, in order.</param>
public sealed record FactSuggestion(CaseFact Fact, ImmutableArray<string> IndicatorCodes)
{
    /// <summary>Gets the suggested fact.</summary>
    public CaseFact Fact { get; } = Valid(Fact, nameof(Fact));

    /// <summary>Gets the codes of the indicators that suggest it.</summary>
    public ImmutableArray<string> IndicatorCodes { get; } = Preconditions.Codes(IndicatorCodes, Limits.Items, nameof(IndicatorCodes));

    /// <inheritdoc />
    public bool Equals(FactSuggestion? other) => other is not null && Fact == other.Fact && Equality.Sequence(IndicatorCodes, other.IndicatorCodes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Fact, Equality.SequenceHash(IndicatorCodes));

    private static CaseFact Valid(CaseFact fact, string paramName)
    {
        CaseFacts.Bit(fact, paramName, allowDerived: true);
        return fact;
    }
}
