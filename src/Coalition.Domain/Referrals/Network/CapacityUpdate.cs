using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Matching;

namespace Coalition.Domain.Referrals.Network;

/// <summary>A new capacity report for one offering, applied with <see cref="ReferralMatcher.WithCapacities"/>.</summary>
/// <param name="ProviderId">The provider's id.</param>
/// <param name="OfferingId">The offering's id.</param>
/// <param name="Capacity">The new capacity.</param>
public sealed record CapacityUpdate(string ProviderId, string OfferingId, Capacity Capacity)
{
    /// <summary>Gets the provider's id.</summary>
    public string ProviderId { get; } = Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the offering's id.</summary>
    public string OfferingId { get; } = Identifiers.Valid(OfferingId, nameof(OfferingId));

    /// <summary>Gets the new capacity.</summary>
    public Capacity Capacity { get; } = Preconditions.NotNull(Capacity, nameof(Capacity));
}
