using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>What referrals of one need to one provider came to (see <see cref="ReferralMetrics"/>).</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Need">The need.</param>
/// <param name="Sent">Referrals sent (requested or later; entered-in-error excluded).</param>
/// <param name="Accepted">Referrals the provider accepted.</param>
/// <param name="Rejected">Referrals the provider rejected.</param>
/// <param name="MedianTimeToAcceptance">The lower median time from sending to acceptance, or <see langword="null"/> when none was accepted.</param>
/// <param name="MedianTimeToCompletion">The lower median time from sending to completion, or <see langword="null"/> when none was completed.</param>
/// <param name="RejectionReasons">How many rejections gave each reason, by reason.</param>
/// <param name="NeedMet">Closed referrals whose need was met.</param>
/// <param name="NeedPartlyMet">Closed referrals whose need was partly met.</param>
/// <param name="NeedNotMet">Closed referrals whose need was not met.</param>
public sealed record ProviderNeedMetrics(
    string ProviderId,
    ServiceNeed Need,
    int Sent,
    int Accepted,
    int Rejected,
    Duration? MedianTimeToAcceptance,
    Duration? MedianTimeToCompletion,
    ImmutableArray<ReasonCount> RejectionReasons,
    int NeedMet,
    int NeedPartlyMet,
    int NeedNotMet)
{
    /// <summary>Gets the provider.</summary>
    public string ProviderId { get; } = Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets how many were sent.</summary>
    public int Sent { get; } = Preconditions.NonNegative(Sent, nameof(Sent));

    /// <summary>Gets how many were accepted.</summary>
    public int Accepted { get; } = Preconditions.NonNegative(Accepted, nameof(Accepted));

    /// <summary>Gets how many were rejected.</summary>
    public int Rejected { get; } = Preconditions.NonNegative(Rejected, nameof(Rejected));

    /// <summary>Gets the rejection reasons.</summary>
    public ImmutableArray<ReasonCount> RejectionReasons { get; } = Preconditions.Elements(RejectionReasons, Limits.Items, nameof(RejectionReasons));

    /// <summary>Gets how many closed with the need met.</summary>
    public int NeedMet { get; } = Preconditions.NonNegative(NeedMet, nameof(NeedMet));

    /// <summary>Gets how many closed with the need partly met.</summary>
    public int NeedPartlyMet { get; } = Preconditions.NonNegative(NeedPartlyMet, nameof(NeedPartlyMet));

    /// <summary>Gets how many closed with the need not met.</summary>
    public int NeedNotMet { get; } = Preconditions.NonNegative(NeedNotMet, nameof(NeedNotMet));

    /// <summary>Gets the acceptance rate: accepted over decided (accepted or rejected); <see langword="null"/> when none was decided.</summary>
    public double? AcceptanceRate => Accepted + Rejected == 0 ? null : (double)Accepted / (Accepted + Rejected);

    /// <summary>Gets the share of closed referrals (with an outcome) whose need was met; <see langword="null"/> when none closed.</summary>
    public double? ShareMet => NeedMet + NeedPartlyMet + NeedNotMet == 0 ? null : (double)NeedMet / (NeedMet + NeedPartlyMet + NeedNotMet);

    /// <inheritdoc />
    public bool Equals(ProviderNeedMetrics? other) =>
        other is not null && ProviderId == other.ProviderId && Need == other.Need && Sent == other.Sent && Accepted == other.Accepted && Rejected == other.Rejected &&
        MedianTimeToAcceptance == other.MedianTimeToAcceptance && MedianTimeToCompletion == other.MedianTimeToCompletion &&
        Equality.Sequence(RejectionReasons, other.RejectionReasons) && NeedMet == other.NeedMet && NeedPartlyMet == other.NeedPartlyMet && NeedNotMet == other.NeedNotMet;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProviderId, Need, Sent, Accepted, Rejected, MedianTimeToAcceptance, NeedMet);
}
