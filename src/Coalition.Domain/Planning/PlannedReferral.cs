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

    /// <summary>Gets the need's urgency.</summary>
    public NeedUrgency Urgency { get; } = Preconditions.Defined(Urgency, nameof(Urgency));

    /// <summary>Gets the provider's id.</summary>
    public string ProviderId { get; } = Referrals.Network.Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the provider's name.</summary>
    public string ProviderName { get; } = Preconditions.BoundedText(ProviderName, Limits.Name, nameof(ProviderName));

    /// <summary>Gets the offering's id.</summary>
    public string OfferingId { get; } = Referrals.Network.Identifiers.Valid(OfferingId, nameof(OfferingId));

    /// <summary>Gets the candidate's score: finite and bounded.</summary>
    public double Score { get; } = Preconditions.Finite(Score, Limits.Score, nameof(Score));
}
