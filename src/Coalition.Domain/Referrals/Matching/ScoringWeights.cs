namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// The weights of the soft ranking. A candidate's score is the sum of the weights of the reasons that apply to it; ties
/// are broken by provider id, then offering id. Each weight is finite and at most <see cref="MaxMagnitude"/> in size
/// (penalties are negative), so that no score or total can overflow or lose the order of its terms.
/// </summary>
/// <param name="StandardOfCare">For a provider that adheres to the coalition's standard of care (seed 000).</param>
/// <param name="TraffickingTrainedStaff">For staff trained on human trafficking.</param>
/// <param name="LicensedSocialWorkers">For licensed social workers, when the need is case management (seed 000).</param>
/// <param name="DirectLanguage">For speaking one of the client's languages directly rather than through interpretation.</param>
/// <param name="OpenNow">For being open now (or 24/7), when the need is immediate.</param>
/// <param name="CulturallySpecific">For a culturally-specific service, when the client is a foreign national (seed 004).</param>
/// <param name="RemainingCapacity">Times the share of places free, for an offering reporting capacity (0.5 when counts are missing).</param>
/// <param name="Waitlist">For an offering with a waitlist (a penalty).</param>
/// <param name="PerOtherNeedCovered">For each other need of the client that the same provider offers: fewer hand-offs.</param>
public sealed record ScoringWeights(
    double StandardOfCare,
    double TraffickingTrainedStaff,
    double LicensedSocialWorkers,
    double DirectLanguage,
    double OpenNow,
    double CulturallySpecific,
    double RemainingCapacity,
    double Waitlist,
    double PerOtherNeedCovered)
{
    /// <summary>Gets the documented default weights: standard of care 3, trained staff 2, licensed social workers 3, direct language 2, open now 4, culturally specific 2, remaining capacity 2, waitlist −3, per other need covered 1.5.</summary>
    public static ScoringWeights Default { get; } = new(3, 2, 3, 2, 4, 2, 2, -3, 1.5);

    /// <summary>Gets the weight for adherence to the standard of care.</summary>
    public double StandardOfCare { get; } = Finite(StandardOfCare, nameof(StandardOfCare));

    /// <summary>Gets the weight for trafficking-trained staff.</summary>
    public double TraffickingTrainedStaff { get; } = Finite(TraffickingTrainedStaff, nameof(TraffickingTrainedStaff));

    /// <summary>Gets the weight for licensed social workers on case management.</summary>
    public double LicensedSocialWorkers { get; } = Finite(LicensedSocialWorkers, nameof(LicensedSocialWorkers));

    /// <summary>Gets the weight for direct language.</summary>
    public double DirectLanguage { get; } = Finite(DirectLanguage, nameof(DirectLanguage));

    /// <summary>Gets the weight for being open now for an immediate need.</summary>
    public double OpenNow { get; } = Finite(OpenNow, nameof(OpenNow));

    /// <summary>Gets the weight for a culturally-specific service for a foreign national.</summary>
    public double CulturallySpecific { get; } = Finite(CulturallySpecific, nameof(CulturallySpecific));

    /// <summary>Gets the weight multiplied by the share of places free.</summary>
    public double RemainingCapacity { get; } = Finite(RemainingCapacity, nameof(RemainingCapacity));

    /// <summary>Gets the weight (usually negative) for a waitlist.</summary>
    public double Waitlist { get; } = Finite(Waitlist, nameof(Waitlist));

    /// <summary>Gets the weight per other need the same provider offers.</summary>
    public double PerOtherNeedCovered { get; } = Finite(PerOtherNeedCovered, nameof(PerOtherNeedCovered));

    /// <summary>The largest size a weight may have: scores then stay within about ±100,000 and plan totals far from overflow.</summary>
    public const double MaxMagnitude = 1000;

    private static double Finite(double value, string name) => Internal.Preconditions.Finite(value, MaxMagnitude, name);
}
