using System.Collections.Immutable;
using System.Globalization;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Reporting;

/// <summary>
/// The re-identification risk of a release, before suppression: the cases whose combination of published attributes,
/// in some published crossing, is held by fewer than k cases (unique ones included). Suppression hides those counts, but a
/// release where many cases sit in small combinations is mostly suppression, and its pattern leaks across repeated
/// releases; the policy refuses such a release (<see cref="DisclosurePolicy.MaxShareAtRisk"/>). Aggregates only: no
/// combination's values and no count of one combination.
/// </summary>
/// <remarks>
/// Laws (property-tested): adding a case never puts a case already counted at risk (every combination's count only
/// grows), so the cases at risk grow by at most one, the new case itself. The share of cases at risk is not monotone: the
/// new case may itself be at risk, and a combination of k − 1 that reaches k takes k − 1 cases off the count at once.
/// </remarks>
/// <param name="Cases">The cases counted.</param>
/// <param name="CasesAtRisk">The cases at risk in some published crossing.</param>
/// <param name="Crossings">Each published crossing's risk, in the order of the release's crossings.</param>
public sealed record ReidentificationRisk(int Cases, int CasesAtRisk, ImmutableArray<CrossingRisk> Crossings)
{
    /// <summary>Gets the cases counted.</summary>
    public int Cases { get; } = Preconditions.NonNegative(Cases, nameof(Cases));

    /// <summary>Gets the cases at risk (at most <see cref="Cases"/>).</summary>
    public int CasesAtRisk { get; } = Preconditions.NonNegative(CasesAtRisk, nameof(CasesAtRisk)) <= Cases
        ? CasesAtRisk
        : throw new ArgumentOutOfRangeException(nameof(CasesAtRisk), CasesAtRisk, "More cases at risk than cases.");

    /// <summary>Gets each crossing's risk.</summary>
    public ImmutableArray<CrossingRisk> Crossings { get; } = Preconditions.Elements(Crossings, 1 << ReportDefinition.MaxDimensions, nameof(Crossings));

    /// <summary>Gets the share of cases at risk, 0 when there are none.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double ShareAtRisk => Cases == 0 ? 0 : (double)CasesAtRisk / Cases;

    /// <summary>Returns the crossings whose own share of cases at risk exceeds <paramref name="maxShare"/>, most at risk first.</summary>
    /// <param name="maxShare">The largest acceptable share, 0 to 1.</param>
    /// <returns>The crossings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The share is not between 0 and 1.</exception>
    public ImmutableArray<CrossingRisk> Exceeding(double maxShare)
    {
        DisclosurePolicy.CheckShare(maxShare, nameof(maxShare));
        return [.. MostAtRisk().Where(c => (double)c.CasesAtRisk / Cases > maxShare)];
    }

    /// <summary>The crossings that put someone at risk, most cases first, then by name.</summary>
    internal IEnumerable<CrossingRisk> MostAtRisk() =>
        Crossings.Where(c => c.CasesAtRisk > 0).OrderByDescending(c => c.CasesAtRisk).ThenBy(c => c.Name, StringComparer.Ordinal);

    /// <summary>A sentence for the protection paragraph: the share at risk and the policy's limit.</summary>
    internal string Describe(DisclosurePolicy policy) => string.Create(CultureInfo.InvariantCulture,
        $"Before suppression, {CasesAtRisk} of {Cases} cases ({ShareAtRisk:P1}) were in a combination of published attributes held by fewer than {policy.MinimumCellSize} cases; the policy refuses a release above {policy.MaxShareAtRisk:P1}.");

    /// <inheritdoc />
    public bool Equals(ReidentificationRisk? other) => other is not null && Cases == other.Cases && CasesAtRisk == other.CasesAtRisk && Equality.Sequence(Crossings, other.Crossings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cases, CasesAtRisk, Equality.SequenceHash(Crossings));
}
