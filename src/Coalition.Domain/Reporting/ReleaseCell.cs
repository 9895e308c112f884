using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Reporting;

/// <summary>One published count: a cell of a table or one of its margins (a category <c>total</c> in a dimension).</summary>
/// <param name="Categories">The category in each of the table's dimensions, in the table's order; <see cref="ReleaseTable.Total"/> for a margin.</param>
/// <param name="Count">The published count (rounded if the policy rounds), or <see langword="null"/> when suppressed.</param>
public sealed record ReleaseCell(ImmutableArray<string> Categories, int? Count)
{
    /// <summary>Gets the categories.</summary>
    public ImmutableArray<string> Categories { get; } = Valid(Categories, nameof(Categories));

    /// <summary>Gets the count, or <see langword="null"/> when suppressed.</summary>
    public int? Count { get; } = Count is null or >= 0 ? Count : throw new ArgumentOutOfRangeException(nameof(Count), Count, "A count cannot be negative.");

    /// <summary>Gets whether the count is suppressed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSuppressed => Count is null;

    /// <summary>Categories are codes and area ids: 1 to 100 characters without white space, one per dimension.</summary>
    private static ImmutableArray<string> Valid(ImmutableArray<string> categories, string paramName)
    {
        var list = categories.IsDefault ? [] : categories;
        if (list.Length is 0 or > ReportDefinition.MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(paramName, list.Length, $"A cell has 1 to {ReportDefinition.MaxDimensions} categories, one per dimension.");
        }

        foreach (var category in list)
        {
            Referrals.Network.Identifiers.Validate(category, paramName);
        }

        return list;
    }

    /// <inheritdoc />
    public bool Equals(ReleaseCell? other) => other is not null && Count == other.Count && Equality.Sequence(Categories, other.Categories);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Equality.SequenceHash(Categories));
}
