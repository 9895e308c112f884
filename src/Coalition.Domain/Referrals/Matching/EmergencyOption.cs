using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A provider that could meet an immediate need but that the client's own consent settings exclude: "excluded at the
/// client's request: emergency option". It is not a candidate, and no planner or allocator may assign it; it stays visible,
/// with its notices, so that the advocate can revisit the choice with the client. Only a new, recorded choice makes it a
/// candidate. A client's explicit exclusion of a category or provider is never shown here.
/// </summary>
/// <param name="ProviderId">The provider's id.</param>
/// <param name="ProviderName">The provider's name.</param>
/// <param name="OfferingId">The offering's id.</param>
/// <param name="Category">The provider's category.</param>
/// <param name="Rules">The consent rules that exclude it (<see cref="HardRuleCodes"/>).</param>
/// <param name="Notices">The reporting duties that apply or may apply there.</param>
/// <param name="IntakeContact">How to reach intake, or <see langword="null"/> when none is listed.</param>
/// <param name="Address">The address, or <see langword="null"/> when confidential or unknown.</param>
/// <param name="Tier">How soon it can help.</param>
/// <param name="Explanation">Why it is shown.</param>
public sealed record EmergencyOption(
    string ProviderId,
    string ProviderName,
    string OfferingId,
    StakeholderCategory Category,
    ImmutableArray<string> Rules,
    ImmutableArray<DutyNotice> Notices,
    string? IntakeContact,
    string? Address,
    UrgencyTier Tier,
    string Explanation)
{
    /// <summary>Gets the provider's id.</summary>
    public string ProviderId { get; } = Network.Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the provider's name.</summary>
    public string ProviderName { get; } = Preconditions.BoundedText(ProviderName, Limits.Name, nameof(ProviderName));

    /// <summary>Gets the offering's id.</summary>
    public string OfferingId { get; } = Network.Identifiers.Valid(OfferingId, nameof(OfferingId));

    /// <summary>Gets the provider's category.</summary>
    public StakeholderCategory Category { get; } = Preconditions.NotNull(Category, nameof(Category));

    /// <summary>Gets the consent rules that exclude it.</summary>
    public ImmutableArray<string> Rules { get; } = Preconditions.Codes(Rules, Limits.Items, nameof(Rules));

    /// <summary>Gets the notices.</summary>
    public ImmutableArray<DutyNotice> Notices { get; } = Preconditions.Elements(Notices, Limits.Items, nameof(Notices));

    /// <summary>Gets how to reach intake, or <see langword="null"/> when none is listed.</summary>
    public string? IntakeContact { get; } = Preconditions.OptionalText(IntakeContact, Limits.Name, nameof(IntakeContact));

    /// <summary>Gets the address, or <see langword="null"/> when confidential or unknown.</summary>
    public string? Address { get; } = Preconditions.OptionalText(Address, Limits.Name, nameof(Address));

    /// <summary>Gets how soon it can help.</summary>
    public UrgencyTier Tier { get; } = Preconditions.Defined(Tier, nameof(Tier));

    /// <summary>Gets why it is shown.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.LongText, nameof(Explanation));

    /// <inheritdoc />
    public bool Equals(EmergencyOption? other) =>
        other is not null && ProviderId == other.ProviderId && ProviderName == other.ProviderName && OfferingId == other.OfferingId &&
        Category == other.Category && Equality.Sequence(Rules, other.Rules) && Equality.Sequence(Notices, other.Notices) &&
        IntakeContact == other.IntakeContact && Address == other.Address && Tier == other.Tier && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProviderId, OfferingId, Equality.SequenceHash(Rules), Equality.SequenceHash(Notices), Tier);
}
