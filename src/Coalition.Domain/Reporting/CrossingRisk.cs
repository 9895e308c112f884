using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Reporting;

/// <summary>
/// The re-identification risk of one published crossing: how many cases sit in a combination of its attributes held by
/// fewer than k cases, and how many are unique in it. Names attributes only, never values.
/// </summary>
/// <param name="Dimensions">The crossing's attributes.</param>
/// <param name="CasesAtRisk">Cases whose combination of these attributes is held by fewer than k cases.</param>
/// <param name="Uniques">Cases whose combination is held by no other case.</param>
public sealed record CrossingRisk(ImmutableArray<ReportDimension> Dimensions, int CasesAtRisk, int Uniques)
{
    /// <summary>Gets the attributes.</summary>
    public ImmutableArray<ReportDimension> Dimensions { get; } = new ReportDefinition("crossing", Dimensions).Dimensions;

    /// <summary>Gets the cases at risk.</summary>
    public int CasesAtRisk { get; } = Preconditions.NonNegative(CasesAtRisk, nameof(CasesAtRisk));

    /// <summary>Gets the unique cases (at most <see cref="CasesAtRisk"/>).</summary>
    public int Uniques { get; } = Preconditions.NonNegative(Uniques, nameof(Uniques)) <= CasesAtRisk
        ? Uniques
        : throw new ArgumentOutOfRangeException(nameof(Uniques), Uniques, "More unique cases than cases at risk.");

    /// <summary>Gets the crossing's name, such as <c>area × age-band × gender</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Name => NameOf(Dimensions, capitalised: false);

    /// <inheritdoc />
    public bool Equals(CrossingRisk? other) => other is not null && CasesAtRisk == other.CasesAtRisk && Uniques == other.Uniques && Equality.Sequence(Dimensions, other.Dimensions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CasesAtRisk, Uniques, Equality.SequenceHash(Dimensions));

    /// <summary>A crossing's name: <c>area × age-band</c>, or as a table title, <c>Cases by area × age-band</c>.</summary>
    internal static string NameOf(IEnumerable<ReportDimension> dimensions, bool capitalised)
    {
        var name = string.Join(" × ", dimensions.Select(Release.Name));
        return capitalised ? "Cases by " + name : name;
    }
}
