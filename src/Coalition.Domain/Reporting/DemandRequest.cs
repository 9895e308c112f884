using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Referrals.NeedsAssessment;

namespace Coalition.Domain.Reporting;

/// <summary>
/// Demand against supply in a release: for each need, the cases that had it by area and by how far their referrals went
/// (from the case records), joined to the network's supply (from <see cref="NetworkNeedsAssessment"/>) and, where the
/// referral lifecycle is recorded, the median wait for acceptance. Published under the release's policy, coordinated with
/// its other tables.
/// </summary>
public sealed record DemandRequest
{
    private readonly ImmutableArray<ServiceNeed> needs = [];
    private readonly ImmutableArray<Referral> referrals = [];

    /// <summary>Gets the needs to report; empty (the default) for every need in the catalogue, a list that depends on no data.</summary>
    /// <exception cref="ArgumentException">A need is null.</exception>
    public ImmutableArray<ServiceNeed> Needs
    {
        get => needs;
        init => needs = [.. Preconditions.Elements(value, Limits.Items, nameof(Needs)).Distinct().OrderBy(n => n.Code, StringComparer.Ordinal)];
    }

    /// <summary>Gets the network's supply (providers, offerings with places, uncovered areas per need), or <see langword="null"/>.</summary>
    public NetworkNeedsReport? Supply { get; init; }

    /// <summary>Gets the referrals, for the median wait from sending to acceptance; none unless set.</summary>
    /// <exception cref="ArgumentException">A referral is null.</exception>
    public ImmutableArray<Referral> Referrals
    {
        get => referrals;
        init => referrals = Preconditions.Elements(value, Limits.NetworkItems, nameof(Referrals));
    }

    /// <summary>The needs reported: the listed ones, or the whole catalogue.</summary>
    internal ImmutableArray<ServiceNeed> Reported => Needs.IsEmpty ? [.. ServiceNeeds.Catalogue.Entries.OrderBy(n => n.Code, StringComparer.Ordinal)] : Needs;

    /// <inheritdoc />
    public bool Equals(DemandRequest? other) =>
        other is not null && Equality.Sequence(Needs, other.Needs) && Equals(Supply, other.Supply) && Equality.Sequence(Referrals, other.Referrals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.SequenceHash(Needs), Supply, Referrals.Length);
}
