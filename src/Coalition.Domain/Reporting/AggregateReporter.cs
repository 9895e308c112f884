using System.Collections.Immutable;
using System.Globalization;

namespace Coalition.Domain.Reporting;

/// <summary>
/// Publishes aggregate counts of case records under a <see cref="DisclosurePolicy"/>: a main table, every one of its margins,
/// and views that are margins of it (so suppression is coordinated across the release: a count shown in two tables has one
/// status). Small counts (and sensitive zeros) are suppressed; further counts are suppressed until linear programming shows
/// that nobody can bound any suppressed count more tightly than the protection interval from the published counts and
/// totals. Deterministic and independent of the order of the records.
/// </summary>
public static class AggregateReporter
{
    /// <summary>The most cells (including margins) a release may have.</summary>
    public const int MaxCells = 4_000_000;

    /// <summary>Publishes a release.</summary>
    /// <param name="title">The release's title.</param>
    /// <param name="records">The case records (aggregated here; never published).</param>
    /// <param name="table">The main table.</param>
    /// <param name="views">Further tables, each crossing a subset of the main table's dimensions; <see langword="null"/> for none.</param>
    /// <param name="policy">The disclosure policy; <see langword="null"/> for <see cref="DisclosurePolicy.Default"/>.</param>
    /// <param name="from">The first quarter to count, or <see langword="null"/>.</param>
    /// <param name="to">The last quarter to count, or <see langword="null"/>.</param>
    /// <param name="areas">The coalition's areas, so that areas without cases are listed too; <see langword="null"/> for the areas in the records.</param>
    /// <returns>The release.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a record is.</exception>
    /// <exception cref="ArgumentException">A view crosses a dimension the main table lacks, the period is reversed, or the table has more than <see cref="MaxCells"/> cells.</exception>
    public static Release Publish(string title, IEnumerable<CaseRecord> records, ReportDefinition table, IEnumerable<ReportDefinition>? views = null, DisclosurePolicy? policy = null, YearQuarter? from = null, YearQuarter? to = null, IEnumerable<string>? areas = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(table);
        policy ??= DisclosurePolicy.Default;
        var viewList = (views ?? []).Select((v, i) => v ?? throw new ArgumentNullException(nameof(views), $"The view at index {i} is null.")).ToList();
        foreach (var view in viewList.Where(v => v.Dimensions.Any(d => !table.Dimensions.Contains(d))))
        {
            throw new ArgumentException($"The view '{view.Name}' crosses a dimension the main table '{table.Name}' lacks; views must be margins of the main table.", nameof(views));
        }

        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentException($"The period ends ({t}) before it starts ({f}).", nameof(to));
        }

        var selected = records.Select((r, i) => r ?? throw new ArgumentNullException(nameof(records), $"The record at index {i} is null."))
            .Where(r => (from is not { } start || r.Quarter >= start) && (to is not { } end || r.Quarter <= end)).ToList();
        var cube = ReleaseCube.Build(table, selected, from, to, areas, policy);
        var tables = new List<ReleaseTable> { cube.Table(table, policy) };
        tables.AddRange(viewList.Select(v => cube.Table(v, policy)));
        return new Release(title, from, to, policy, [.. tables], Statement(policy, from, to, cube.PrimaryCount, cube.ComplementaryCount));
    }

    /// <summary>The "how this was protected" paragraph.</summary>
    private static string Statement(DisclosurePolicy policy, YearQuarter? from, YearQuarter? to, int primary, int complementary)
    {
        var period = (from, to) switch
        {
            ({ } f, { } t) => $"identified from {f} to {t}",
            ({ } f, null) => $"identified from {f}",
            (null, { } t) => $"identified up to {t}",
            _ => "in the records",
        };
        var zeros = policy.SensitiveZeroDimensions.IsEmpty ? string.Empty : $", and zero counts by {string.Join(" and ", policy.SensitiveZeroDimensions.Select(Release.Name))} in a group of at least {Math.Min(policy.MinimumCellSize, policy.ProtectionInterval + 1)} cases (a zero can disclose),";
        var rounding = policy.RoundingBase is { } b
            ? $" Published counts are rounded to the nearest multiple of {b}, halves away from zero."
            : " Published counts are exact.";
        return string.Create(CultureInfo.InvariantCulture,
            $"These tables count de-identified cases {period}; no case-level data leaves the organisation that holds it. Every published count is 0 or at least {policy.MinimumCellSize}. " +
            $"Counts from 1 to {policy.MinimumCellSize - 1}{zeros} are suppressed and shown as \"{ReleaseTable.SuppressedMarker}\", never as a number ({primary} in this release), " +
            $"and {complementary} further counts are suppressed so that they cannot be worked out from the published counts and totals: for every count suppressed for being small, linear programming over everything published " +
            $"finds the lowest and highest values it could take, and the release is protected only when that range reaches at least {policy.ProtectionInterval} below the true count (or zero) and {policy.ProtectionInterval} above it.{rounding}");
    }
}
