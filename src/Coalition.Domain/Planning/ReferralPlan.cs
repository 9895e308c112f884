using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Planning;

/// <summary>
/// A referral plan for one client: one provider per need that can be covered, with as few distinct providers as
/// possible and, among such plans, the highest total score. Immediate needs are listed first.
/// </summary>
/// <param name="Referrals">The referrals: immediate needs first, then routine, each in the client's order.</param>
/// <param name="Uncovered">The needs no eligible provider can meet.</param>
/// <param name="ProviderCount">The number of distinct providers (hand-offs) in the plan.</param>
/// <param name="TotalScore">The sum of the referrals' scores.</param>
/// <param name="Explanation">A plain-language summary.</param>
public sealed record ReferralPlan(ImmutableArray<PlannedReferral> Referrals, ImmutableArray<ClientNeed> Uncovered, int ProviderCount, double TotalScore, string Explanation)
{
    /// <summary>Gets the referrals.</summary>
    public ImmutableArray<PlannedReferral> Referrals { get; } = Referrals.IsDefault ? [] : Referrals;

    /// <summary>Gets the needs that cannot be covered.</summary>
    public ImmutableArray<ClientNeed> Uncovered { get; } = Uncovered.IsDefault ? [] : Uncovered;

    /// <summary>Gets the plain-language summary.</summary>
    public string Explanation { get; } = Preconditions.NotBlank(Explanation, nameof(Explanation));

    /// <inheritdoc />
    public bool Equals(ReferralPlan? other) =>
        other is not null && Equality.Sequence(Referrals, other.Referrals) && Equality.Sequence(Uncovered, other.Uncovered) &&
        ProviderCount == other.ProviderCount && TotalScore.Equals(other.TotalScore) && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.SequenceHash(Referrals), Equality.SequenceHash(Uncovered), ProviderCount, TotalScore);
}
