namespace Coalition.Domain.Referrals.Matching;

/// <summary>What a <see cref="IReferralRule"/> decided about a candidate.</summary>
/// <param name="Excludes">Whether the candidate is excluded.</param>
/// <param name="ScoreAdjustment">A finite amount, at most <see cref="MaxAdjustment"/> in size, added to the candidate's score when it is not excluded; 0 for none.</param>
public readonly record struct ReferralRuleOutcome(bool Excludes, double ScoreAdjustment)
{
    /// <summary>The largest size an adjustment may have, like a weight (<see cref="ScoringWeights.MaxMagnitude"/>).</summary>
    public const double MaxAdjustment = ScoringWeights.MaxMagnitude;

    /// <summary>Gets the amount added to the score.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not finite or is larger than <see cref="MaxAdjustment"/> in size.</exception>
    public double ScoreAdjustment { get; init; } = Internal.Preconditions.Finite(ScoreAdjustment, MaxAdjustment, nameof(ScoreAdjustment));

    /// <summary>Gets an outcome that neither excludes nor adjusts.</summary>
    public static ReferralRuleOutcome Pass => default;

    /// <summary>Gets an outcome that excludes the candidate.</summary>
    public static ReferralRuleOutcome Exclude => new(true, 0);

    /// <summary>Returns an outcome that adjusts the score.</summary>
    /// <param name="amount">A finite amount; negative ranks lower.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not finite or is larger than <see cref="MaxAdjustment"/> in size.</exception>
    public static ReferralRuleOutcome Adjust(double amount) => new(false, Internal.Preconditions.Finite(amount, MaxAdjustment, nameof(amount)));
}
