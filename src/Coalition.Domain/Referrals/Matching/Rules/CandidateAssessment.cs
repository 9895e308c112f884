using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// What the readable rule set decided for one offering, one client and one need (<see cref="ReferralRules.Assess"/>):
/// the rules it breaks, whether it is a candidate, kept for protection or an emergency option, its notices, urgency tier,
/// reasons and score. The compiled <see cref="ReferralMatcher"/> is proven equal to these decisions by property tests.
/// </summary>
/// <param name="ProviderId">The provider's id.</param>
/// <param name="OfferingId">The offering's id.</param>
/// <param name="BrokenRules">The rules that exclude it, built-in codes in evaluation order then custom codes; empty for a candidate.</param>
/// <param name="IsEmergencyOption">Whether it is excluded by consent settings only and shown for an immediate need.</param>
/// <param name="IsKeptForProtection">Whether it was kept as a candidate despite a consent setting, for a protected client.</param>
/// <param name="MandatoryRule">The code of the mandatory rule that admitted it despite a consent setting, or <see langword="null"/>.</param>
/// <param name="Notices">The reporting duties that apply or may apply there.</param>
/// <param name="Tier">For an immediate need, how soon a candidate or emergency option can help; otherwise <see langword="null"/>.</param>
/// <param name="Reasons">The reason codes, in the documented order.</param>
/// <param name="Score">The soft score of a candidate or emergency option; 0 otherwise.</param>
public sealed record CandidateAssessment(
    string ProviderId,
    string OfferingId,
    ImmutableArray<string> BrokenRules,
    bool IsEmergencyOption,
    bool IsKeptForProtection,
    string? MandatoryRule,
    ImmutableArray<DutyNotice> Notices,
    UrgencyTier? Tier,
    ImmutableArray<string> Reasons,
    double Score)
{
    /// <summary>Gets the provider's id.</summary>
    public string ProviderId { get; } = Network.Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the offering's id.</summary>
    public string OfferingId { get; } = Network.Identifiers.Valid(OfferingId, nameof(OfferingId));

    /// <summary>Gets the rules that exclude the offering.</summary>
    public ImmutableArray<string> BrokenRules { get; } = Preconditions.Codes(BrokenRules, Limits.Items, nameof(BrokenRules));

    /// <summary>Gets the code of the mandatory rule that admitted it, or <see langword="null"/>.</summary>
    public string? MandatoryRule { get; } = MandatoryRule is null ? null : Preconditions.Code(MandatoryRule, Limits.Code, nameof(MandatoryRule));

    /// <summary>Gets how soon it can help, for an immediate need.</summary>
    public UrgencyTier? Tier { get; } = Preconditions.DefinedOrNull(Tier, nameof(Tier));

    /// <summary>Gets the soft score: finite and bounded.</summary>
    public double Score { get; } = Preconditions.Finite(Score, Limits.Score, nameof(Score));

    /// <summary>Gets the notices.</summary>
    public ImmutableArray<DutyNotice> Notices { get; } = Preconditions.Elements(Notices, Limits.Items, nameof(Notices));

    /// <summary>Gets the reason codes.</summary>
    public ImmutableArray<string> Reasons { get; } = Preconditions.Codes(Reasons, Limits.Items, nameof(Reasons));

    /// <summary>Gets whether the offering is a candidate: it breaks no rule.</summary>
    public bool IsCandidate => BrokenRules.IsEmpty;

    /// <summary>Gets whether an eligibility attribute must be confirmed with the provider.</summary>
    public bool NeedsConfirmation => Reasons.Any(r => r.StartsWith("confirm-", StringComparison.Ordinal));

    /// <inheritdoc />
    public bool Equals(CandidateAssessment? other) =>
        other is not null && ProviderId == other.ProviderId && OfferingId == other.OfferingId && Equality.Sequence(BrokenRules, other.BrokenRules) &&
        IsEmergencyOption == other.IsEmergencyOption && IsKeptForProtection == other.IsKeptForProtection && MandatoryRule == other.MandatoryRule &&
        Equality.Sequence(Notices, other.Notices) && Tier == other.Tier && Equality.Sequence(Reasons, other.Reasons) && Score.Equals(other.Score);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProviderId, OfferingId, Equality.SequenceHash(BrokenRules), Tier, Score);
}
