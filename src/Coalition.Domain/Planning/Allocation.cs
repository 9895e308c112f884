using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Planning;

/// <summary>One place assigned in a batch allocation: a client's need to an offering.</summary>
/// <param name="CaseId">The client's case reference.</param>
/// <param name="Need">The need.</param>
/// <param name="Urgency">Its urgency.</param>
/// <param name="ProviderId">The provider's id.</param>
/// <param name="OfferingId">The offering's id.</param>
/// <param name="Score">The matcher's score.</param>
/// <param name="Explanation">Why this assignment.</param>
public sealed record Allocation(string CaseId, ServiceNeed Need, NeedUrgency Urgency, string ProviderId, string OfferingId, double Score, string Explanation)
{
    /// <summary>Gets the case reference.</summary>
    public string CaseId { get; } = AllocationRequest.ValidCaseId(CaseId, nameof(CaseId));

    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets the need's urgency.</summary>
    public NeedUrgency Urgency { get; } = Preconditions.Defined(Urgency, nameof(Urgency));

    /// <summary>Gets the provider's id.</summary>
    public string ProviderId { get; } = Referrals.Network.Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the offering's id.</summary>
    public string OfferingId { get; } = Referrals.Network.Identifiers.Valid(OfferingId, nameof(OfferingId));

    /// <summary>Gets the candidate's score: finite and bounded.</summary>
    public double Score { get; } = Preconditions.Finite(Score, Limits.Score, nameof(Score));

    /// <summary>Gets the explanation.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.LongText, nameof(Explanation));
}
