using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Reporting;

/// <summary>
/// A publishable set of aggregate tables with the policy that protected them and a paragraph that says how. Produced by
/// <see cref="AggregateReporter.Publish"/>; renders as Markdown for an annual report, CSV for funders, and JSON
/// (<c>CoalitionJsonContext.Default.Release</c>). Holds aggregates only.
/// </summary>
/// <param name="Title">The release's title.</param>
/// <param name="From">The first quarter counted, or <see langword="null"/> for all.</param>
/// <param name="To">The last quarter counted, or <see langword="null"/> for all.</param>
/// <param name="Policy">The disclosure policy applied.</param>
/// <param name="Tables">The tables: the main table first, then its views.</param>
/// <param name="Protection">How the release was protected, in plain language.</param>
public sealed record Release(string Title, YearQuarter? From, YearQuarter? To, DisclosurePolicy Policy, ImmutableArray<ReleaseTable> Tables, string Protection)
{
    /// <summary>Gets the title.</summary>
    public string Title { get; } = Preconditions.BoundedText(Title, Limits.Name, nameof(Title));

    /// <summary>Gets the policy.</summary>
    public DisclosurePolicy Policy { get; } = Preconditions.NotNull(Policy, nameof(Policy));

    /// <summary>Gets the tables.</summary>
    public ImmutableArray<ReleaseTable> Tables { get; } = Preconditions.Elements(Tables, Limits.Items, nameof(Tables));

    /// <summary>Gets the release's re-identification risk before suppression, or <see langword="null"/> when not assessed.</summary>
    public ReidentificationRisk? Risk { get; init; }

    /// <summary>Gets the ε a differentially private release spent (<see cref="PrivateReporter"/>), or <see langword="null"/> for a release protected by suppression.</summary>
    public decimal? Epsilon { get; init; }

    /// <summary>Gets the demand-against-supply join, or <see langword="null"/> when none was requested.</summary>
    public DemandRelease? Demand { get; init; }

    /// <summary>Gets how the release was protected.</summary>
    public string Protection { get; } = Preconditions.BoundedText(Protection, Limits.Text, nameof(Protection));

    /// <summary>Renders the release as Markdown: each table (a grid for two dimensions, a list otherwise) and the protection paragraph.</summary>
    /// <returns>The Markdown text, deterministic for the same release.</returns>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Title).Append("\n\n");
        foreach (var table in Tables)
        {
            AppendMarkdown(md, table, "##");
        }

        if (Demand is not null)
        {
            md.Append("## Demand against supply\n\n").Append(Demand.ToMarkdown()).Append('\n');
        }

        md.Append("## How this was protected\n\n").Append(Protection).Append('\n');
        return md.ToString();
    }

    /// <summary>
    /// Renders the release as CSV (RFC 4180): a header <c>table</c>, one column per dimension (blank when a table lacks it,
    /// <c>total</c> in margins) and <c>count</c> (<c>s</c> when suppressed); the demand join's tables follow the others.
    /// </summary>
    /// <returns>The CSV text with CRLF line ends.</returns>
    public string ToCsv()
    {
        var all = Enum.GetValues<ReportDimension>();
        var csv = new StringBuilder();
        csv.Append("table,").Append(string.Join(",", all.Select(Name))).Append(",count\r\n");
        foreach (var table in Tables.Concat(Demand?.Tables ?? []))
        {
            foreach (var cell in table.Cells)
            {
                csv.Append(Quote(table.Definition.Name));
                foreach (var dimension in all)
                {
                    var index = table.Definition.Dimensions.IndexOf(dimension);
                    csv.Append(',').Append(index < 0 ? string.Empty : Quote(cell.Categories[index]));
                }

                csv.Append(',').Append(Show(cell.Count)).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    /// <inheritdoc />
    public bool Equals(Release? other) =>
        other is not null && Title == other.Title && From == other.From && To == other.To && Policy == other.Policy &&
        Equality.Sequence(Tables, other.Tables) && Protection == other.Protection && Risk == other.Risk && Epsilon == other.Epsilon && Equals(Demand, other.Demand);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, From, To, Policy, Equality.SequenceHash(Tables));

    /// <summary>Appends a table under a heading: a grid for two dimensions, a list otherwise; suppressed counts as the marker.</summary>
    internal static void AppendMarkdown(StringBuilder md, ReleaseTable table, string heading)
    {
        md.Append(heading).Append(' ').Append(table.Definition.Name).Append("\n\n");
        var dims = table.Definition.Dimensions;
        if (dims.Length == 2)
        {
            var rows = table.Cells.Select(c => c.Categories[0]).Distinct().ToList();
            var columns = table.Cells.Select(c => c.Categories[1]).Distinct().ToList();
            md.Append("| ").Append(Name(dims[0])).Append(" \\ ").Append(Name(dims[1])).Append(" | ").Append(string.Join(" | ", columns)).Append(" |\n|---|").Append(string.Concat(columns.Select(_ => "---:|"))).Append('\n');
            var lookup = table.Cells.ToDictionary(c => (c.Categories[0], c.Categories[1]));
            foreach (var row in rows)
            {
                md.Append("| ").Append(row).Append(" | ").Append(string.Join(" | ", columns.Select(col => Show(lookup[(row, col)].Count)))).Append(" |\n");
            }
        }
        else
        {
            md.Append("| ").Append(string.Join(" | ", dims.Select(Name))).Append(" | count |\n|").Append(string.Concat(dims.Select(_ => "---|"))).Append("---:|\n");
            foreach (var cell in table.Cells)
            {
                md.Append("| ").Append(string.Join(" | ", cell.Categories)).Append(" | ").Append(Show(cell.Count)).Append(" |\n");
            }
        }

        md.Append('\n');
    }

    internal static string Name(ReportDimension dimension) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(dimension.ToString());

    private static string Show(int? count) => count is { } c ? c.ToString(CultureInfo.InvariantCulture) : ReleaseTable.SuppressedMarker;

    private static string Quote(string text) => text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
