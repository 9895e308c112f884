using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>An offering that serves the need but was excluded, with every hard rule (and custom rule) it broke.</summary>
/// <param name="ProviderId">The provider's id.</param>
/// <param name="OfferingId">The offering's id.</param>
/// <param name="Rules">The codes of the rules broken (<see cref="HardRuleCodes"/> first, then custom rules).</param>
public sealed record MatchExclusion(string ProviderId, string OfferingId, ImmutableArray<string> Rules)
{
    /// <summary>Gets the provider's id.</summary>
    public string ProviderId { get; } = Network.Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the offering's id.</summary>
    public string OfferingId { get; } = Network.Identifiers.Valid(OfferingId, nameof(OfferingId));

    /// <summary>Gets the rules broken.</summary>
    public ImmutableArray<string> Rules { get; } = Preconditions.Codes(Rules, Limits.Items, nameof(Rules));

    /// <inheritdoc />
    public bool Equals(MatchExclusion? other) =>
        other is not null && ProviderId == other.ProviderId && OfferingId == other.OfferingId && Equality.Sequence(Rules, other.Rules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProviderId, OfferingId, Equality.SequenceHash(Rules));
}
