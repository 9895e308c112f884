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
    /// Asserts that every suppressed count that is small, or a sensitive zero, has an attacker's range reaching the
    /// protection interval on both sides; and that every other suppressed count holds at least k cases or none.
    /// </summary>
    internal static void AssertProtected(IReadOnlyCollection<CaseRecord> records, ReleaseRequest request, DisclosurePolicy policy, Release release)
    {
        var dims = request.Table.Dimensions;
        var categories = dims.Select(d => release.Tables.Where(t => t.Definition.Dimensions.Contains(d))
            .SelectMany(t => t.Cells.Select(c => c.Categories[t.Definition.Dimensions.IndexOf(d)]))
            .Where(k => k != ReleaseTable.Total).Distinct().ToArray()).ToArray();

        // The finest crossing's cells, each a category per dimension.
        IEnumerable<string[]> Cells(int d) => d == dims.Length
            ? [new string[dims.Length]]
            : Cells(d + 1).SelectMany(rest => categories[d].Select(c => { var copy = (string[])rest.Clone(); copy[d] = c; return copy; }));
        var unknowns = Cells(0).ToList();
        bool Inside(ReleaseTable table, ReleaseCell cell, string[] unknown) =>
            table.Definition.Dimensions.Select((d, i) => cell.Categories[i] == ReleaseTable.Total || cell.Categories[i] == unknown[dims.IndexOf(d)]).All(x => x);

        var published = release.Tables.SelectMany(t => t.Cells.Where(c => !c.IsSuppressed).Select(c => (Table: t, Cell: c))).ToList();
        var a = published.Select(p => unknowns.Select(u => Inside(p.Table, p.Cell, u) ? 1.0 : 0.0).ToArray()).ToArray();
        var b = published.Select(p => (double)p.Cell.Count!.Value).ToArray();
        var zeroSensitive = policy.SensitiveZeroDimensions;
        var holdsSomeone = Math.Min(policy.MinimumCellSize, policy.ProtectionInterval + 1);
        foreach (var table in release.Tables)
        {
            foreach (var cell in table.Cells.Where(c => c.IsSuppressed))
            {
                var truth = TrueCount(table.Definition, cell, records);
                var sensitive = (truth > 0 && truth < policy.MinimumCellSize) ||
                    (truth == 0 && table.Definition.Dimensions.Select((d, i) => (d, i)).Any(x => cell.Categories[x.i] != ReleaseTable.Total && zeroSensitive.Contains(x.d) &&
                        TrueCount(table.Definition, new ReleaseCell(cell.Categories.SetItem(x.i, ReleaseTable.Total), null), records) >= holdsSomeone));
                if (!unknowns.Any(u => Inside(table, cell, u)))
                {
                    // A dimension with no categories: the count is zero by construction and counts no one.
                    Assert.Equal(0, truth);
                    continue;
                }

                if (!sensitive)
                {
                    // Suppressed only to protect others: at least k cases, or a zero nobody treats as sensitive.
                    Assert.True(truth == 0 || truth >= policy.MinimumCellSize, $"{string.Join("/", cell.Categories)} = {truth}");
                    continue;
                }

                var objective = unknowns.Select(u => Inside(table, cell, u) ? 1.0 : 0.0).ToArray();
                var low = LinearProgram.Minimize(a, b, objective);
                var high = LinearProgram.Maximize(a, b, objective);
                Assert.Equal(LinearProgram.Outcome.Optimal, low.Outcome);
                var where = $"{table.Definition.Name}: {string.Join("/", cell.Categories)}";
                Assert.True(low.Value <= Math.Max(0, truth - policy.ProtectionInterval) + 1e-6, $"{where}: low {low.Value}, true {truth}");
                Assert.True(high.Outcome == LinearProgram.Outcome.Unbounded || high.Value >= truth + policy.ProtectionInterval - 1e-6, $"{where}: high {high.Value}, true {truth}");
            }
        }
    }
}
