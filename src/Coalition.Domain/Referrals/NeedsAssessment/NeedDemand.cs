using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>
/// Demand against supply for one need: what the network offers (providers, offerings with places) against what referrals
/// asked of it and what came of them (see <see cref="NetworkNeedsAssessment.Assess(Network.ReferralNetwork, NetworkAssessmentScope, Lifecycle.ReferralMetrics)"/>).
/// </summary>
/// <param name="Need">The need.</param>
/// <param name="Providers">Supply: providers offering the need.</param>
/// <param name="OfferingsWithPlaces">Supply: offerings reporting places available.</param>
/// <param name="Sent">Demand: referrals sent for the need.</param>
/// <param name="Accepted">Referrals accepted.</param>
/// <param name="Rejected">Referrals rejected.</param>
/// <param name="RejectedNoCapacity">Referrals rejected for lack of capacity.</param>
/// <param name="NeedMet">Closed referrals whose need was met.</param>
/// <param name="Closed">Closed referrals with an outcome (met, partly met or not met).</param>
public sealed record NeedDemand(ServiceNeed Need, int Providers, int OfferingsWithPlaces, int Sent, int Accepted, int Rejected, int RejectedNoCapacity, int NeedMet, int Closed)
{
    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets the providers offering the need.</summary>
    public int Providers { get; } = Preconditions.NonNegative(Providers, nameof(Providers));

    /// <summary>Gets the offerings reporting places available.</summary>
    public int OfferingsWithPlaces { get; } = Preconditions.NonNegative(OfferingsWithPlaces, nameof(OfferingsWithPlaces));

    /// <summary>Gets the referrals sent.</summary>
    public int Sent { get; } = Preconditions.NonNegative(Sent, nameof(Sent));

    /// <summary>Gets the referrals accepted.</summary>
    public int Accepted { get; } = Preconditions.NonNegative(Accepted, nameof(Accepted));

    /// <summary>Gets the referrals rejected.</summary>
    public int Rejected { get; } = Preconditions.NonNegative(Rejected, nameof(Rejected));

    /// <summary>Gets the referrals rejected for lack of capacity (at most <see cref="Rejected"/>).</summary>
    public int RejectedNoCapacity { get; } = Preconditions.NonNegative(RejectedNoCapacity, nameof(RejectedNoCapacity)) <= Rejected
        ? RejectedNoCapacity
        : throw new ArgumentOutOfRangeException(nameof(RejectedNoCapacity), RejectedNoCapacity, "More rejections for lack of capacity than rejections.");

    /// <summary>Gets the closed referrals whose need was met.</summary>
    public int NeedMet { get; } = Preconditions.NonNegative(NeedMet, nameof(NeedMet)) <= Closed
        ? NeedMet
        : throw new ArgumentOutOfRangeException(nameof(NeedMet), NeedMet, "More needs met than referrals closed.");

    /// <summary>Gets the closed referrals with an outcome.</summary>
    public int Closed { get; } = Preconditions.NonNegative(Closed, nameof(Closed));

    /// <summary>Gets accepted over decided (accepted or rejected), or <see langword="null"/> when none was decided.</summary>
    public double? AcceptanceRate => Accepted + Rejected == 0 ? null : (double)Accepted / (Accepted + Rejected);

    /// <summary>Gets the share of decided referrals rejected for lack of capacity: demand the supply could not take.</summary>
    public double? NoCapacityShare => Accepted + Rejected == 0 ? null : (double)RejectedNoCapacity / (Accepted + Rejected);

    /// <summary>Gets the share of closed referrals whose need was met, or <see langword="null"/> when none closed.</summary>
    public double? ShareMet => Closed == 0 ? null : (double)NeedMet / Closed;
}
