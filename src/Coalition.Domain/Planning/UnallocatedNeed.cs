using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Planning;

/// <summary>A client's need that got no place, and why.</summary>
/// <param name="CaseId">The client's case reference.</param>
/// <param name="Need">The need.</param>
/// <param name="Urgency">Its urgency.</param>
/// <param name="Reason">Why it got no place.</param>
/// <param name="Explanation">A plain-language explanation.</param>
public sealed record UnallocatedNeed(string CaseId, ServiceNeed Need, NeedUrgency Urgency, UnallocatedReason Reason, string Explanation)
{
    /// <summary>Gets the case reference.</summary>
    public string CaseId { get; } = AllocationRequest.ValidCaseId(CaseId, nameof(CaseId));

    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets the need's urgency.</summary>
    public NeedUrgency Urgency { get; } = Preconditions.Defined(Urgency, nameof(Urgency));

    /// <summary>Gets why the need was not allocated.</summary>
    public UnallocatedReason Reason { get; } = Preconditions.Defined(Reason, nameof(Reason));

    /// <summary>Gets the explanation.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.LongText, nameof(Explanation));
}
