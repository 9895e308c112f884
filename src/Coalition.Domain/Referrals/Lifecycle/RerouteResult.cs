using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Matching;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>The next candidate for a need after rejections, and the providers passed over with the reason.</summary>
/// <param name="Next">The next candidate, or <see langword="null"/> when none is left.</param>
/// <param name="Skipped">The candidates passed over, in rank order.</param>
/// <param name="Explanation">A readable summary.</param>
public sealed record RerouteResult(MatchCandidate? Next, ImmutableArray<RerouteSkip> Skipped, string Explanation)
{
    /// <summary>Gets the candidates passed over.</summary>
    public ImmutableArray<RerouteSkip> Skipped { get; } = Preconditions.Elements(Skipped, Limits.Items, nameof(Skipped));

    /// <summary>Gets a readable summary.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.Text, nameof(Explanation));

    /// <summary>
    /// Gets the need's emergency options and fallback contacts, carried over from the match so that an immediate need with
    /// no candidate left still shows every visible option.
    /// </summary>
    public ImmutableArray<FallbackContact> Fallbacks { get; init; } = [];

    /// <summary>Gets the need's emergency options, carried over from the match.</summary>
    public ImmutableArray<EmergencyOption> EmergencyOptions { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(RerouteResult? other) =>
        other is not null && Next == other.Next && Equality.Sequence(Skipped, other.Skipped) && Explanation == other.Explanation &&
        Equality.Sequence(Fallbacks, other.Fallbacks) && Equality.Sequence(EmergencyOptions, other.EmergencyOptions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Next, Equality.SequenceHash(Skipped), Explanation);
}

/// <summary>A candidate passed over when re-routing, and why.</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Reason">The provider's rejection reason, or <see langword="null"/> when it was passed over for an open referral.</param>
/// <param name="Why">A readable reason.</param>
public sealed record RerouteSkip(string ProviderId, ReferralReason? Reason, string Why)
{
    /// <summary>Gets the provider.</summary>
    public string ProviderId { get; } = Network.Identifiers.Valid(ProviderId, nameof(ProviderId));

    /// <summary>Gets the rejection reason, if rejected.</summary>
    public ReferralReason? Reason { get; } = Preconditions.DefinedOrNull(Reason, nameof(Reason));

    /// <summary>Gets a readable reason.</summary>
    public string Why { get; } = Preconditions.BoundedText(Why, Limits.Text, nameof(Why));
}
