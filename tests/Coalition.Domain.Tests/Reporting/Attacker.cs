using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Reporting;

namespace Coalition.Domain.Tests.Reporting;

/// <summary>
/// The attacker of the issue, written independently of the library: every cell of the finest crossing is unknown and
/// non-negative, and every count published in any table of the release fixes the sum of the cells it holds. Linear
/// programming then bounds each suppressed count.
/// </summary>
internal static class Attacker
{
    internal static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The category of a record in a dimension.</summary>
    internal static string CategoryOf(ReportDimension dimension, CaseRecord r) => dimension switch
    {
        ReportDimension.Area => r.Area ?? "unknown",
        ReportDimension.Gender => Kebab(r.Gender),
        ReportDimension.AgeBand => Kebab(r.AgeBand),
        ReportDimension.ExploitationType => r.ExploitationTypes.Length == 0 ? "unknown" : r.ExploitationTypes.Length > 1 ? "multiple" : Kebab(r.ExploitationTypes[0]),
        ReportDimension.Citizenship => Kebab(r.Citizenship),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>The true count of a published cell, by naive LINQ over the records.</summary>
    internal static int TrueCount(ReportDefinition definition, ReleaseCell cell, IEnumerable<CaseRecord> records) =>
        records.Count(r => definition.Dimensions.Select((d, i) => cell.Categories[i] == ReleaseTable.Total || cell.Categories[i] == CategoryOf(d, r)).All(x => x));

    /// <summary>
    /// A constraint the attacker learns from another table of the release: the cells of the finest crossing for which
    /// <see cref="Members"/> holds sum to at most (or at least) <see cref="Bound"/>.
    /// </summary>
    internal sealed record Link(Func<string[], bool> Members, int Bound, bool AtMost);

    /// <summary>
    /// Asserts that every suppressed count that is small, or a sensitive zero, has an attacker's range reaching the
    /// protection interval on both sides; and that every other suppressed count holds at least k cases or none.
    /// </summary>
    internal static void AssertProtected(IReadOnlyCollection<CaseRecord> records, ReleaseRequest request, DisclosurePolicy policy, Release release, IReadOnlyList<Link>? links = null) =>
        AssertProtected(request.Table.Dimensions, release.Tables, (definition, cell) => TrueCount(definition, cell, records), policy, links);

    /// <summary>
    /// The general attacker: <paramref name="dims"/> is the finest crossing, <paramref name="truth"/> gives true counts,
    /// <paramref name="links"/> what other tables tell, <paramref name="alsoSensitive"/> counts another table makes
    /// sensitive, and <paramref name="cap"/> the most a count can be (its upward requirement stops there).
    /// </summary>
    internal static void AssertProtected(
        IReadOnlyList<ReportDimension> dims,
        IReadOnlyList<ReleaseTable> tables,
        Func<ReportDefinition, ReleaseCell, int> truth,
        DisclosurePolicy policy,
        IReadOnlyList<Link>? links = null,
        Func<ReleaseTable, ReleaseCell, bool>? alsoSensitive = null,
        Func<ReleaseTable, ReleaseCell, int>? cap = null)
    {
        links ??= [];
        var dimensions = dims.ToList();
        var categories = dims.Select(d => tables.Where(t => t.Definition.Dimensions.Contains(d))
            .SelectMany(t => t.Cells.Select(c => c.Categories[t.Definition.Dimensions.IndexOf(d)]))
            .Where(k => k != ReleaseTable.Total).Distinct().ToArray()).ToArray();

        // The finest crossing's cells, each a category per dimension.
        IEnumerable<string[]> Cells(int d) => d == dims.Count
            ? [new string[dims.Count]]
            : Cells(d + 1).SelectMany(rest => categories[d].Select(c => { var copy = (string[])rest.Clone(); copy[d] = c; return copy; }));
        var unknowns = Cells(0).ToList();
        bool Inside(ReleaseTable table, ReleaseCell cell, string[] unknown) =>
            table.Definition.Dimensions.Select((d, i) => cell.Categories[i] == ReleaseTable.Total || cell.Categories[i] == unknown[dimensions.IndexOf(d)]).All(x => x);

        // Equality rows for published counts; a linked bound is a row with its own slack column.
        var columns = unknowns.Count + links.Count;
        var published = tables.SelectMany(t => t.Cells.Where(c => !c.IsSuppressed).Select(c => (Table: t, Cell: c))).ToList();
        var a = published.Select(p => unknowns.Select(u => Inside(p.Table, p.Cell, u) ? 1.0 : 0.0).Concat(links.Select(_ => 0.0)).ToArray())
            .Concat(links.Select((l, i) => unknowns.Select(u => l.Members(u) ? 1.0 : 0.0).Concat(links.Select((_, j) => j == i ? (l.AtMost ? 1.0 : -1.0) : 0.0)).ToArray()))
            .ToArray();
        var b = published.Select(p => (double)p.Cell.Count!.Value).Concat(links.Select(l => (double)l.Bound)).ToArray();
        var zeroSensitive = policy.SensitiveZeroDimensions;
        var holdsSomeone = Math.Min(policy.MinimumCellSize, policy.ProtectionInterval + 1);
        foreach (var table in tables)
        {
            foreach (var cell in table.Cells.Where(c => c.IsSuppressed))
            {
                var count = truth(table.Definition, cell);
                var sensitive = (count > 0 && count < policy.MinimumCellSize) || (alsoSensitive?.Invoke(table, cell) ?? false) ||
                    (count == 0 && table.Definition.Dimensions.Select((d, i) => (d, i)).Any(x => cell.Categories[x.i] != ReleaseTable.Total && zeroSensitive.Contains(x.d) &&
                        truth(table.Definition, new ReleaseCell(cell.Categories.SetItem(x.i, ReleaseTable.Total), null)) >= holdsSomeone));
                if (!unknowns.Any(u => Inside(table, cell, u)))
                {
                    // A dimension with no categories: the count is zero by construction and counts no one.
                    Assert.Equal(0, count);
                    continue;
                }

                if (!sensitive)
                {
                    // Suppressed only to protect others: at least k cases, or a zero nobody treats as sensitive.
                    Assert.True(count == 0 || count >= policy.MinimumCellSize, $"{string.Join("/", cell.Categories)} = {count}");
                    continue;
                }

                var objective = unknowns.Select(u => Inside(table, cell, u) ? 1.0 : 0.0).Concat(links.Select(_ => 0.0)).ToArray();
                var low = LinearProgram.Minimize(a, b, objective);
                var high = LinearProgram.Maximize(a, b, objective);
                Assert.Equal(LinearProgram.Outcome.Optimal, low.Outcome);
                var where = $"{table.Definition.Name}: {string.Join("/", cell.Categories)}";
                var upTo = Math.Min(count + policy.ProtectionInterval, cap?.Invoke(table, cell) ?? int.MaxValue);
                Assert.True(low.Value <= Math.Max(0, count - policy.ProtectionInterval) + 1e-6, $"{where}: low {low.Value}, true {count}");
                Assert.True(high.Outcome == LinearProgram.Outcome.Unbounded || high.Value >= upTo - 1e-6, $"{where}: high {high.Value}, true {count}, required {upTo}");
            }
        }
    }
}
