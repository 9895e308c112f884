using System.Collections.Frozen;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Matching;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>
/// An opt-in soft weight that feeds referral outcomes to ranking: a provider that rejects most referrals for a need for
/// lack of capacity should not stay first for it. Off by default; a coalition adds it to its policy with
/// <see cref="ReferralPolicy.WithRule"/>.
/// </summary>
/// <remarks>
/// The adjustment is <see cref="Weight"/> (negative) times the share of the provider's decided referrals for the need
/// (accepted or rejected) that it rejected for lack of capacity, once at least <see cref="MinimumDecided"/> were decided.
/// It never excludes anyone and never moves a provider across an urgency tier: for an immediate need, an open provider
/// stays before a closed one whatever its history, so no option disappears; it only reorders providers within a tier.
/// Outcomes are a snapshot: build a new rule when they change.
/// </remarks>
public sealed class OutcomeRanking : IReferralRule
{
    /// <summary>The rule's code, reported in the reasons of the candidates it adjusts.</summary>
    public const string RuleCode = "referral-outcomes";

    /// <summary>The default weight: a provider that rejected every decided referral for lack of capacity loses 3 points.</summary>
    public const double DefaultWeight = -3;

    /// <summary>The default number of decided referrals before outcomes count.</summary>
    public const int DefaultMinimumDecided = 3;

    private readonly FrozenDictionary<(string Provider, ServiceNeed Need), double> adjustments;

    private OutcomeRanking(FrozenDictionary<(string Provider, ServiceNeed Need), double> adjustments, double weight, int minimumDecided)
    {
        this.adjustments = adjustments;
        Weight = weight;
        MinimumDecided = minimumDecided;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <summary>Gets the weight (at most 0).</summary>
    public double Weight { get; }

    /// <summary>Gets the number of decided referrals before a provider's outcomes for a need count.</summary>
    public int MinimumDecided { get; }

    /// <summary>Creates the rule from referral outcomes.</summary>
    /// <param name="outcomes">The outcomes (<see cref="ReferralMetrics.Compute"/>).</param>
    /// <param name="weight">The weight, from <c>-1000</c> to <c>0</c>.</param>
    /// <param name="minimumDecided">Decided referrals needed before outcomes count (at least 1).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcomes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is positive, not finite or too large, or <paramref name="minimumDecided"/> is below 1.</exception>
    public static OutcomeRanking From(ReferralMetrics outcomes, double weight = DefaultWeight, int minimumDecided = DefaultMinimumDecided)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (!double.IsFinite(weight) || weight > 0 || weight < -ScoringWeights.MaxMagnitude)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight must be from -{ScoringWeights.MaxMagnitude} to 0: rejections never raise a provider.");
        }

        if (minimumDecided < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumDecided), minimumDecided, "At least one decided referral is needed.");
        }

        var adjustments = new Dictionary<(string, ServiceNeed), double>();
        foreach (var row in outcomes.Rows)
        {
            var decided = row.Accepted + row.Rejected;
            var noCapacity = row.RejectionReasons.Where(r => r.Reason == ReferralReason.NoCapacity).Sum(r => r.Count);
            if (decided >= minimumDecided && noCapacity > 0)
            {
                adjustments[(row.ProviderId, row.Need)] = weight * noCapacity / decided;
            }
        }

        return new OutcomeRanking(adjustments.ToFrozenDictionary(), weight, minimumDecided);
    }

    /// <summary>The adjustment for a provider and need (0 when its outcomes do not count).</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="need">The need.</param>
    /// <returns>The score adjustment, at most 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public double AdjustmentFor(string providerId, ServiceNeed need)
    {
        ArgumentNullException.ThrowIfNull(providerId);
        ArgumentNullException.ThrowIfNull(need);
        return adjustments.GetValueOrDefault((providerId, need));
    }

    /// <inheritdoc />
    public ReferralRuleOutcome Evaluate(in ReferralRuleContext context) =>
        adjustments.TryGetValue((context.Provider.Id, context.Need.Need), out var adjustment) ? ReferralRuleOutcome.Adjust(adjustment) : ReferralRuleOutcome.Pass;
}
