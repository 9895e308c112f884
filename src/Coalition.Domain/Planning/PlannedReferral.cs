using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Planning;

/// <summary>One step of a referral plan: a need and the provider (and offering) it goes to.</summary>
/// <param name="Need">The need.</param>
/// <param name="Urgency">Its urgency.</param>
/// <param name="ProviderId">The provider's id.</param>
/// <param name="ProviderName">The provider's name.</param>
/// <param name="OfferingId">The offering's id.</param>
/// <param name="Score">The matcher's score for this provider and need.</param>
public sealed record PlannedReferral(ServiceNeed Need, NeedUrgency Urgency, string ProviderId, string ProviderName, string OfferingId, double Score)
{
    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets the provider's id.</summary>
    public string ProviderId { get; } = Preconditions.NotBlank(ProviderId, nameof(ProviderId));

    /// <summary>Gets the provider's name.</summary>
    public string ProviderName { get; } = Preconditions.NotBlank(ProviderName, nameof(ProviderName));

    /// <summary>Gets the offering's id.</summary>
    public string OfferingId { get; } = Preconditions.NotBlank(OfferingId, nameof(OfferingId));
}
