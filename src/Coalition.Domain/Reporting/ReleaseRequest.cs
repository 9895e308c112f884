using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Reporting;

/// <summary>
/// What to publish: a title, the main table, and optionally views, a period, the coalition's areas and a combination
/// length. The release counts every crossing of the main table's dimensions; which of them are published is set here.
/// </summary>
/// <remarks>
/// <para>Without a <see cref="CombinationLength"/>, the main table is published with every margin, then each view (a
/// margin of the main table, shown as its own table).</para>
/// <para>With a combination length L, after the Counter-Trafficking Data Collaborative's k-synthetic design, every
/// combination of 1 to L of the main table's dimensions is published as its own table, and crossings of more than L
/// dimensions are not published at all: an attacker has to treat them as unknown, which makes the shorter combinations
/// far cheaper to protect. Views are then not allowed (the combinations already hold them).</para>
/// </remarks>
public sealed record ReleaseRequest
{
    private readonly ImmutableArray<ReportDefinition> views = [];
    private readonly ImmutableArray<string> areas = [];
    private readonly int? combinationLength;

    /// <summary>Creates a request.</summary>
    /// <param name="title">The release's title.</param>
    /// <param name="table">The main table.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The title is empty or too long, or the table crosses <see cref="ReportDimension.ReferralOutcome"/>.</exception>
    public ReleaseRequest(string title, ReportDefinition table)
    {
        Title = Preconditions.BoundedText(title, Limits.Name, nameof(title));
        Table = Preconditions.NotNull(table, nameof(table)).Dimensions.Contains(ReportDimension.ReferralOutcome)
            ? throw new ArgumentException("The referral outcome is a dimension of a demand join's tables only (set Demand).", nameof(table))
            : table;
    }

    /// <summary>Gets the release's title.</summary>
    /// <exception cref="ArgumentException">The title is empty or too long.</exception>
    public string Title { get; init => field = Preconditions.BoundedText(value, Limits.Name, nameof(Title)); }

    /// <summary>Gets the main table.</summary>
    public ReportDefinition Table { get; }

    /// <summary>Gets further tables, each crossing a subset of the main table's dimensions; none unless set.</summary>
    /// <exception cref="ArgumentException">A view is null or crosses a dimension the main table lacks.</exception>
    public ImmutableArray<ReportDefinition> Views
    {
        get => views;
        init
        {
            var list = Preconditions.Elements(value, Limits.Items, nameof(Views));
            foreach (var view in list.Where(v => v.Dimensions.Any(d => !Table.Dimensions.Contains(d))))
            {
                throw new ArgumentException($"The view '{view.Name}' crosses a dimension the main table '{Table.Name}' lacks; views must be margins of the main table.", nameof(Views));
            }

            views = list;
        }
    }

    /// <summary>Gets the first quarter to count, or <see langword="null"/> for no lower limit.</summary>
    /// <exception cref="ArgumentException">The quarter is after <see cref="To"/>.</exception>
    public YearQuarter? From
    {
        get;
        init
        {
            CheckPeriod(value, To, nameof(From));
            field = value;
        }
    }

    /// <summary>Gets the last quarter to count, or <see langword="null"/> for no upper limit.</summary>
    /// <exception cref="ArgumentException">The quarter is before <see cref="From"/>.</exception>
    public YearQuarter? To
    {
        get;
        init
        {
            CheckPeriod(From, value, nameof(To));
            field = value;
        }
    }

    /// <summary>
    /// Gets the coalition's areas, so that areas without cases are listed too; the areas in the records unless set (a
    /// differentially private release needs them set, so that the list itself discloses nothing).
    /// </summary>
    /// <exception cref="ArgumentException">An area code is malformed, or is <c>total</c>.</exception>
    public ImmutableArray<string> Areas
    {
        get => areas;
        init => areas = [.. Preconditions.Elements(value, Limits.Items, nameof(Areas)).Select(a => CaseRecord.Reserved(Identifiers.Valid(a, nameof(Areas)), nameof(Areas))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Gets the combination length L: publish every combination of 1 to L of the main table's dimensions, and nothing
    /// longer; <see langword="null"/> (the default) to publish the main table and its views.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is below 1 or above the main table's dimension count.</exception>
    public int? CombinationLength
    {
        get => combinationLength;
        init => combinationLength = value is null || (value >= 1 && value <= Table.Dimensions.Length)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(CombinationLength), value, $"The combination length must be between 1 and the main table's {Table.Dimensions.Length} dimensions.");
    }

    /// <summary>Gets the demand-against-supply join to publish with the release, or <see langword="null"/> for none.</summary>
    public DemandRequest? Demand { get; init; }

    /// <summary>The protection paragraph's sentence on combinations (empty without a length shorter than the table), ending with <paramref name="how"/>.</summary>
    internal string DescribeCombinations(string how) => CombinationLength is { } length && length < Table.Dimensions.Length
        ? $" Every combination of up to {length} of the attributes {CrossingRisk.NameOf(Table.Dimensions, capitalised: false)} is published, {how}."
        : string.Empty;

    /// <summary>The records of the request's period.</summary>
    internal List<CaseRecord> Select(IEnumerable<CaseRecord> records, string paramName) =>
        [.. records.Select((r, i) => r ?? throw new ArgumentNullException(paramName, $"The record at index {i} is null."))
            .Where(r => (From is not { } start || r.Quarter >= start) && (To is not { } end || r.Quarter <= end))];

    /// <summary>Rejects a period that ends before it starts (either end may be open).</summary>
    private static void CheckPeriod(YearQuarter? from, YearQuarter? to, string paramName)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentException($"The period ends ({t}) before it starts ({f}).", paramName);
        }
    }

    /// <summary>Whether a crossing (a bit mask over the main table's dimensions) is published.</summary>
    internal bool Publishes(int crossing)
    {
        var size = System.Numerics.BitOperations.PopCount((uint)crossing);
        return CombinationLength is not { } length || size <= length;
    }

    /// <summary>The published tables: the main table and its views, or every combination of 1 to L dimensions.</summary>
    internal ImmutableArray<ReportDefinition> PublishedTables()
    {
        if (CombinationLength is not { } length)
        {
            return [Table, .. Views];
        }

        var dims = Table.Dimensions;
        var tables = ImmutableArray.CreateBuilder<ReportDefinition>();
        for (var size = 1; size <= length; size++)
        {
            for (var mask = 1; mask < 1 << dims.Length; mask++)
            {
                if (System.Numerics.BitOperations.PopCount((uint)mask) == size)
                {
                    var crossing = dims.Where((_, i) => (mask & (1 << i)) != 0).ToImmutableArray();
                    tables.Add(new ReportDefinition(CrossingRisk.NameOf(crossing, capitalised: true), crossing));
                }
            }
        }

        return tables.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(ReleaseRequest? other) =>
        other is not null && Title == other.Title && Table == other.Table && Equality.Sequence(Views, other.Views) && From == other.From && To == other.To &&
        Equality.Sequence(Areas, other.Areas) && CombinationLength == other.CombinationLength && Equals(Demand, other.Demand);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Table, Equality.SequenceHash(Views), From, To, Equality.SequenceHash(Areas), CombinationLength);
}
