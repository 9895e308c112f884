using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Planning;

/// <summary>
/// A referral plan for one client: one provider per need that can be covered, with as few distinct providers as
/// possible and, among such plans, the highest total score. Immediate needs are listed first. A plan is proven optimal
/// unless a <see cref="PlanBudget"/> cut the search short; then <see cref="Gap"/> says how far from optimal it can be.
/// </summary>
/// <param name="Referrals">The referrals: immediate needs first, then routine, each in the client's order.</param>
/// <param name="Uncovered">The needs no eligible provider can meet.</param>
/// <param name="ProviderCount">The number of distinct providers (hand-offs) in the plan: checked against the referrals.</param>
/// <param name="TotalScore">The sum of the referrals' scores, to the planner's precision of 0.001 per referral: checked against the referrals.</param>
/// <param name="Explanation">A plain-language summary.</param>
public sealed record ReferralPlan(ImmutableArray<PlannedReferral> Referrals, ImmutableArray<ClientNeed> Uncovered, int ProviderCount, double TotalScore, string Explanation)
{
    /// <summary>Gets the referrals.</summary>
    public ImmutableArray<PlannedReferral> Referrals { get; } = Preconditions.Elements(Referrals, Limits.Items, nameof(Referrals));

    /// <summary>Gets the needs that cannot be covered.</summary>
    public ImmutableArray<ClientNeed> Uncovered { get; } = Preconditions.Elements(Uncovered, Limits.Items, nameof(Uncovered));

    /// <summary>Gets how many distinct providers the plan uses.</summary>
    public int ProviderCount { get; } = ProviderCount == DistinctProviders(Referrals)
        ? ProviderCount
        : throw new ArgumentOutOfRangeException(nameof(ProviderCount), "The provider count is not the number of distinct providers in the referrals.");

    /// <summary>Gets the sum of the planned referrals' scores: finite and bounded.</summary>
    public double TotalScore { get; } = Math.Abs(Preconditions.Finite(TotalScore, Limits.Total, nameof(TotalScore)) - ScoreSum(Referrals)) <= Tolerance(Referrals)
        ? TotalScore
        : throw new ArgumentOutOfRangeException(nameof(TotalScore), "The total score is not the sum of the referrals' scores.");

    /// <summary>Gets the plain-language summary.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.LongText, nameof(Explanation));

    /// <summary>
    /// Gets what is proven about a plan found within a budget, or null when the plan is proven optimal. Its
    /// <see cref="PlanGap.MinProviders"/> is at most <see cref="ProviderCount"/> and its <see cref="PlanGap.MaxScore"/> at
    /// least <see cref="TotalScore"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The bounds contradict the plan.</exception>
    public PlanGap? Gap
    {
        get;
        init => field = value is null || (value.MinProviders <= ProviderCount && value.MaxScore >= TotalScore - Tolerance(Referrals))
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Gap), "A plan's gap must allow the plan itself: at most its provider count, at least its score.");
    }

    /// <summary>Gets a value indicating whether the plan is proven optimal (no budget cut the search short). Written to JSON, ignored on read.</summary>
    public bool IsProvenOptimal => Gap is null;

    /// <inheritdoc />
    public bool Equals(ReferralPlan? other) =>
        other is not null && Equality.Sequence(Referrals, other.Referrals) && Equality.Sequence(Uncovered, other.Uncovered) &&
        ProviderCount == other.ProviderCount && TotalScore.Equals(other.TotalScore) && Explanation == other.Explanation && Gap == other.Gap;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.SequenceHash(Referrals), Equality.SequenceHash(Uncovered), ProviderCount, TotalScore, Gap);

    private static int DistinctProviders(ImmutableArray<PlannedReferral> referrals) =>
        referrals.IsDefault ? 0 : referrals.Where(r => r is not null).Select(r => r.ProviderId).Distinct(StringComparer.Ordinal).Count();

    private static double ScoreSum(ImmutableArray<PlannedReferral> referrals) =>
        referrals.IsDefault ? 0 : referrals.Where(r => r is not null).Sum(r => r.Score);

    private static double Tolerance(ImmutableArray<PlannedReferral> referrals) => (0.001 * (referrals.IsDefault ? 0 : referrals.Length)) + 1e-9;
}
