using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Reporting;

/// <summary>One published count: a cell of a table or one of its margins (a category <c>total</c> in a dimension).</summary>
/// <param name="Categories">The category in each of the table's dimensions, in the table's order; <see cref="ReleaseTable.Total"/> for a margin.</param>
/// <param name="Count">The published count (rounded if the policy rounds), or <see langword="null"/> when suppressed.</param>
public sealed record ReleaseCell(ImmutableArray<string> Categories, int? Count)
{
    /// <summary>Gets the categories.</summary>
    public ImmutableArray<string> Categories { get; } = Preconditions.Codes(Categories, ReportDefinition.MaxDimensions, nameof(Categories));

    /// <summary>Gets the count, or <see langword="null"/> when suppressed.</summary>
    public int? Count { get; } = Count is null or >= 0 ? Count : throw new ArgumentOutOfRangeException(nameof(Count), Count, "A count cannot be negative.");

    /// <summary>Gets whether the count is suppressed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSuppressed => Count is null;

    /// <inheritdoc />
    public bool Equals(ReleaseCell? other) => other is not null && Count == other.Count && Equality.Sequence(Categories, other.Categories);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Equality.SequenceHash(Categories));
}
