using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A ranked provider for one need, with its score, reasons, reporting-duty notices and how to reach it. A confidential
/// provider's address is never included: <see cref="Address"/> is <see langword="null"/> and only
/// <see cref="IntakeContact"/> is given.
/// </summary>
/// <param name="ProviderId">The provider's id.</param>
/// <param name="ProviderName">The provider's name.</param>
/// <param name="OfferingId">The offering's id within the provider.</param>
/// <param name="Category">The provider's stakeholder category.</param>
/// <param name="Score">The soft-ranking score (higher is better).</param>
/// <param name="Reasons">Reason codes (<see cref="ReasonCodes"/> and custom rule codes), in a fixed order.</param>
/// <param name="Explanation">A human-readable summary of the reasons.</param>
/// <param name="IntakeContact">How to reach intake, or <see langword="null"/> when the provider lists none ("no intake contact listed").</param>
/// <param name="Address">The address, or <see langword="null"/> when confidential or unknown.</param>
/// <param name="OpenState">Whether it is open at the instant of the match.</param>
/// <param name="NextOpening">For an immediate need when closed, the next opening; otherwise <see langword="null"/>.</param>
/// <param name="MandatoryRule">The code of the mandatory rule that admitted it despite consent restrictions, or <see langword="null"/>.</param>
/// <param name="CapacityStatus">The capacity status used.</param>
public sealed record MatchCandidate(
    string ProviderId,
    string ProviderName,
    string OfferingId,
    StakeholderCategory Category,
    double Score,
    ImmutableArray<string> Reasons,
    string Explanation,
    string? IntakeContact,
    string? Address,
    OpenState OpenState,
    Instant? NextOpening,
    string? MandatoryRule,
    CapacityStatus CapacityStatus)
{
    private readonly ImmutableArray<DutyNotice> notices = [];
    private readonly UrgencyTier? tier;

    /// <summary>Gets the provider's id.</summary>
    public string ProviderId { get; } = Network.Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the provider's name.</summary>
    public string ProviderName { get; } = Preconditions.BoundedText(ProviderName, Limits.Name, nameof(ProviderName));

    /// <summary>Gets the offering's id.</summary>
    public string OfferingId { get; } = Network.Identifiers.Valid(OfferingId, nameof(OfferingId));

    /// <summary>Gets the provider's category.</summary>
    public StakeholderCategory Category { get; } = Preconditions.NotNull(Category, nameof(Category));

    /// <summary>Gets the reason codes.</summary>
    public ImmutableArray<string> Reasons { get; } = Preconditions.Codes(Reasons, Limits.Items, nameof(Reasons));

    /// <summary>Gets the soft-ranking score (higher is better): finite and bounded.</summary>
    public double Score { get; } = Preconditions.Finite(Score, Limits.Score, nameof(Score));

    /// <summary>Gets how to reach intake, or <see langword="null"/> when the provider lists none.</summary>
    public string? IntakeContact { get; } = Preconditions.OptionalText(IntakeContact, Limits.Name, nameof(IntakeContact));

    /// <summary>Gets the address, or <see langword="null"/> when confidential or unknown.</summary>
    public string? Address { get; } = Preconditions.OptionalText(Address, Limits.Name, nameof(Address));

    /// <summary>Gets whether it is open at the instant of the match.</summary>
    public OpenState OpenState { get; } = Preconditions.Defined(OpenState, nameof(OpenState));

    /// <summary>Gets the code of the mandatory rule that admitted it, or <see langword="null"/>.</summary>
    public string? MandatoryRule { get; } = MandatoryRule is null ? null : Preconditions.Code(MandatoryRule, Limits.Code, nameof(MandatoryRule));

    /// <summary>Gets the capacity status used.</summary>
    public CapacityStatus CapacityStatus { get; } = Preconditions.Defined(CapacityStatus, nameof(CapacityStatus));

    /// <summary>Gets the human-readable explanation.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.LongText, nameof(Explanation));

    /// <summary>Gets the reporting duties that apply, or may apply, to the client at this provider: explain them before referring. Empty when none does.</summary>
    public ImmutableArray<DutyNotice> Notices
    {
        get => notices;
        init => notices = Preconditions.Elements(value, Limits.Items, nameof(Notices));
    }

    /// <summary>Gets, for an immediate need, how soon the candidate can help; <see langword="null"/> for a routine need.</summary>
    public UrgencyTier? Tier
    {
        get => tier;
        init => tier = Preconditions.DefinedOrNull(value, nameof(Tier));
    }

    /// <summary>Gets whether the client must confirm an eligibility attribute (age, gender, area or population) with the provider.</summary>
    [JsonIgnore]
    public bool NeedsConfirmation => Reasons.Any(r => r.StartsWith("confirm-", StringComparison.Ordinal));

    /// <inheritdoc />
    public bool Equals(MatchCandidate? other) =>
        other is not null && ProviderId == other.ProviderId && ProviderName == other.ProviderName && OfferingId == other.OfferingId &&
        Category == other.Category && Score.Equals(other.Score) && Equality.Sequence(Reasons, other.Reasons) && Explanation == other.Explanation &&
        IntakeContact == other.IntakeContact && Address == other.Address && OpenState == other.OpenState && NextOpening == other.NextOpening &&
        MandatoryRule == other.MandatoryRule && CapacityStatus == other.CapacityStatus && Equality.Sequence(Notices, other.Notices) && Tier == other.Tier;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProviderId, OfferingId, Score, Equality.SequenceHash(Reasons), OpenState, NextOpening, Equality.SequenceHash(Notices), Tier);
}
