using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Reporting;

/// <summary>One table of a release: the dimensions to cross. The release publishes its cells and every margin.</summary>
/// <param name="Name">The table's title.</param>
/// <param name="Dimensions">The dimensions, one to four, distinct, in the order to print.</param>
public sealed record ReportDefinition(string Name, ImmutableArray<ReportDimension> Dimensions)
{
    /// <summary>The most dimensions one table may cross.</summary>
    public const int MaxDimensions = 4;

    /// <summary>Gets the title.</summary>
    public string Name { get; } = Preconditions.BoundedText(Name, Limits.Name, nameof(Name));

    /// <summary>Gets the dimensions.</summary>
    public ImmutableArray<ReportDimension> Dimensions { get; } = Valid(Dimensions, nameof(Dimensions));

    /// <inheritdoc />
    public bool Equals(ReportDefinition? other) => other is not null && Name == other.Name && Equality.Sequence(Dimensions, other.Dimensions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Equality.SequenceHash(Dimensions));

    private static ImmutableArray<ReportDimension> Valid(ImmutableArray<ReportDimension> dimensions, string paramName)
    {
        var list = dimensions.IsDefault ? [] : dimensions;
        foreach (var d in list)
        {
            Preconditions.Defined(d, paramName);
        }

        if (list.Length is 0 or > MaxDimensions || list.Distinct().Count() != list.Length)
        {
            throw new ArgumentException($"A table crosses 1 to {MaxDimensions} distinct dimensions; {list.Length} given.", paramName);
        }

        return list;
    }
}
