using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Reporting;

/// <summary>
/// One need's demand against supply as published: supply figures (providers, not people, so never suppressed) and the
/// cases with the need in total and by how far their referrals went, each <see langword="null"/> when suppressed.
/// </summary>
/// <param name="Need">The need.</param>
/// <param name="Providers">Providers offering it, or <see langword="null"/> without supply figures.</param>
/// <param name="OfferingsWithPlaces">Offerings reporting places, or <see langword="null"/> without supply figures.</param>
/// <param name="UncoveredAreas">The coalition's areas no offering serves, or <see langword="null"/> without supply figures.</param>
/// <param name="Cases">Cases with the need.</param>
/// <param name="NotReferred">Cases never referred for it.</param>
/// <param name="Referred">Cases referred, none decided yet.</param>
/// <param name="Rejected">Cases whose referrals were all rejected.</param>
/// <param name="Accepted">Cases accepted, need not yet met.</param>
/// <param name="Met">Cases whose need was met.</param>
/// <param name="MedianHoursToAcceptance">The lower median wait from sending to acceptance in whole hours, or <see langword="null"/> when fewer than k cases had a referral accepted.</param>
public sealed record DemandRow(ServiceNeed Need, int? Providers, int? OfferingsWithPlaces, int? UncoveredAreas, int? Cases, int? NotReferred, int? Referred, int? Rejected, int? Accepted, int? Met, int? MedianHoursToAcceptance)
{
    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets the share of cases with the need whose need was met, when both counts are published.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double? ShareMet => Cases is > 0 && Met is { } met ? (double)met / Cases.Value : null;

    /// <summary>Gets the share of cases with the need whose referrals were all rejected, when both counts are published.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double? ShareRejected => Cases is > 0 && Rejected is { } rejected ? (double)rejected / Cases.Value : null;
}
