using System.Collections.Immutable;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// The result of matching one client: for each need, in the client's order, the ranked candidates or why it is unmet.
/// Holds no client data beyond the needs. Deterministic: the same inputs give an equal result.
/// </summary>
/// <param name="At">The instant the match was made for.</param>
/// <param name="PolicyName">The name of the policy used.</param>
/// <param name="Needs">The match for each need.</param>
public sealed record MatchResult(Instant At, string PolicyName, ImmutableArray<NeedMatch> Needs)
{
    /// <summary>Gets the policy's name.</summary>
    public string PolicyName { get; } = Preconditions.NotBlank(PolicyName, nameof(PolicyName));

    /// <summary>Gets the match for each need.</summary>
    public ImmutableArray<NeedMatch> Needs { get; } = Needs.IsDefault ? [] : Needs;

    /// <summary>Gets the needs with no candidate.</summary>
    public ImmutableArray<NeedMatch> UnmetNeeds => [.. Needs.Where(n => !n.IsMet)];

    /// <inheritdoc />
    public bool Equals(MatchResult? other) =>
        other is not null && At == other.At && PolicyName == other.PolicyName && Equality.Sequence(Needs, other.Needs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(At, PolicyName, Equality.SequenceHash(Needs));

    /// <summary>Returns the counts of met and unmet needs; no client data.</summary>
    /// <returns>For example <c>match at 2026-11-22T03:00:00Z: 6 needs met, 2 unmet</c>.</returns>
    public override string ToString() => $"match at {At}: {Needs.Count(n => n.IsMet)} needs met, {Needs.Count(n => !n.IsMet)} unmet";
}
