using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>The needs assessment of a referral network: coverage of every catalogue need, and the gaps ranked by severity.</summary>
/// <param name="Scope">What was assessed.</param>
/// <param name="Needs">Coverage per need, in catalogue order.</param>
/// <param name="Gaps">The gaps, most severe first.</param>
public sealed record NetworkNeedsReport(NetworkAssessmentScope Scope, ImmutableArray<NeedCoverage> Needs, ImmutableArray<NetworkGap> Gaps)
{
    /// <summary>Gets what was assessed.</summary>
    public NetworkAssessmentScope Scope { get; } = Preconditions.NotNull(Scope, nameof(Scope));

    /// <summary>Gets coverage per need.</summary>
    public ImmutableArray<NeedCoverage> Needs { get; } = Preconditions.Elements(Needs, Limits.Items, nameof(Needs));

    /// <summary>Gets the gaps, most severe first.</summary>
    public ImmutableArray<NetworkGap> Gaps { get; } = Preconditions.Elements(Gaps, Limits.Items, nameof(Gaps));

    /// <summary>
    /// Gets demand against supply, for each need with referrals sent, in catalogue order; empty when the assessment was given
    /// no referral outcomes.
    /// </summary>
    public ImmutableArray<NeedDemand> DemandAgainstSupply { get; init => field = Preconditions.Elements(value, Limits.Items, nameof(DemandAgainstSupply)); } = [];

    /// <inheritdoc />
    public bool Equals(NetworkNeedsReport? other) =>
        other is not null && Scope == other.Scope && Equality.Sequence(Needs, other.Needs) && Equality.Sequence(Gaps, other.Gaps) &&
        Equality.Sequence(DemandAgainstSupply, other.DemandAgainstSupply);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scope, Equality.SequenceHash(Needs), Equality.SequenceHash(Gaps));
}
