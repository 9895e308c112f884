using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Reporting;

/// <summary>A published table: its definition and every cell and margin, suppressed cells marked, never shown as a number.</summary>
/// <param name="Definition">The table's definition.</param>
/// <param name="Cells">The cells and margins, in a canonical order (categories in order, totals last).</param>
public sealed record ReleaseTable(ReportDefinition Definition, ImmutableArray<ReleaseCell> Cells)
{
    /// <summary>The category of a margin: the total over a dimension.</summary>
    public const string Total = "total";

    /// <summary>The marker a suppressed count is printed as.</summary>
    public const string SuppressedMarker = "s";

    /// <summary>Gets the definition.</summary>
    public ReportDefinition Definition { get; } = Preconditions.NotNull(Definition, nameof(Definition));

    /// <summary>Gets the cells and margins.</summary>
    public ImmutableArray<ReleaseCell> Cells { get; } = Preconditions.Elements(Cells, Limits.NetworkItems, nameof(Cells));

    /// <summary>Returns the cell with the given categories, or <see langword="null"/>.</summary>
    /// <param name="categories">One category per dimension (or <see cref="Total"/>).</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is null.</exception>
    public ReleaseCell? Find(params string[] categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return Cells.FirstOrDefault(c => c.Categories.SequenceEqual(categories, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public bool Equals(ReleaseTable? other) => other is not null && Definition == other.Definition && Equality.Sequence(Cells, other.Cells);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Definition, Equality.SequenceHash(Cells));
}
