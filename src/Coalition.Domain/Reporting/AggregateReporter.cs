using System.Collections.Immutable;
using System.Globalization;

namespace Coalition.Domain.Reporting;

/// <summary>
/// Publishes aggregate counts of case records under a <see cref="DisclosurePolicy"/>: a main table with every margin and
/// its views, or every combination of its attributes up to a length (see <see cref="ReleaseRequest"/>). All of a release's
/// tables come from one cube of counts, so suppression is coordinated across them: a count shown in two tables has one
/// status. Small counts (and sensitive zeros) are suppressed; further counts are suppressed until nobody can bound any
/// suppressed count more tightly than the protection interval from the published counts and totals. A release that
/// leaves too many cases in small combinations is refused. Deterministic and independent of the order of the records.
/// </summary>
public static class AggregateReporter
{
    /// <summary>The most cells (including margins) a release may have.</summary>
    public const int MaxCells = 4_000_000;

    /// <summary>Publishes a release.</summary>
    /// <param name="records">The case records (aggregated here; never published).</param>
    /// <param name="request">What to publish.</param>
    /// <param name="policy">The disclosure policy; <see langword="null"/> for <see cref="DisclosurePolicy.Default"/>.</param>
    /// <returns>The release, with its re-identification risk.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a record is.</exception>
    /// <exception cref="ArgumentException">The table has more than <see cref="MaxCells"/> cells.</exception>
    /// <exception cref="ReleaseRefusedException">More cases than the policy allows sit in small combinations of the published attributes; the message names the crossings, never values.</exception>
    public static Release Publish(IEnumerable<CaseRecord> records, ReleaseRequest request, DisclosurePolicy? policy = null)
    {
        policy ??= DisclosurePolicy.Default;
        var counted = Counted.Of(records, request);
        var risk = counted.Risk(policy);
        if (risk.ShareAtRisk > policy.MaxShareAtRisk)
        {
            throw Refusal(request, policy, risk);
        }

        var cube = counted.Cube;
        var join = request.Demand is { } demand ? DemandJoin.Prepare(counted, demand) : null;
        if (join is not null && request.Table.Dimensions.IndexOf(ReportDimension.Area) is var area and >= 0)
        {
            cube.LimitAreaTotals(area, null, join.MainDecreaseRoom);
        }

        cube.Protect(policy, counted.Published);
        var tables = request.PublishedTables().Select(t => cube.Table(t, policy)).ToImmutableArray();
        return new Release(request.Title, request.From, request.To, policy, tables, Statement(request, policy, cube.PrimaryCount, cube.ComplementaryCount, risk))
        {
            Risk = risk,
            Demand = join?.Publish(policy),
        };
    }

    /// <summary>Assesses a release's re-identification risk without publishing it.</summary>
    /// <param name="records">The case records.</param>
    /// <param name="request">What would be published.</param>
    /// <param name="policy">The disclosure policy (its k); <see langword="null"/> for <see cref="DisclosurePolicy.Default"/>.</param>
    /// <returns>The risk.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a record is.</exception>
    /// <exception cref="ArgumentException">The table has more than <see cref="MaxCells"/> cells.</exception>
    public static ReidentificationRisk AssessRisk(IEnumerable<CaseRecord> records, ReleaseRequest request, DisclosurePolicy? policy = null) =>
        Counted.Of(records, request).Risk(policy ?? DisclosurePolicy.Default);

    /// <summary>The refusal for a release whose risk is above the policy's limit; attributes and shares only.</summary>
    private static ReleaseRefusedException Refusal(ReleaseRequest request, DisclosurePolicy policy, ReidentificationRisk risk)
    {
        var worst = risk.MostAtRisk().Take(3)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({(double)c.CasesAtRisk / risk.Cases:P1})"));
        return new ReleaseRefusedException(
            ReleaseRefusal.ReidentificationRisk,
            string.Create(CultureInfo.InvariantCulture, $"The release '{request.Title}' is refused: {risk.ShareAtRisk:P1} of its cases are in a combination of published attributes held by fewer than {policy.MinimumCellSize} cases, above the policy's {policy.MaxShareAtRisk:P1}. ") +
            $"Most at risk: {string.Join(", ", worst)}. Cross fewer or coarser dimensions, publish combinations of fewer attributes, or count a longer period.",
            risk);
    }

    /// <summary>The "how this was protected" paragraph.</summary>
    private static string Statement(ReleaseRequest request, DisclosurePolicy policy, int primary, int complementary, ReidentificationRisk risk)
    {
        var crossed = policy.SensitiveZeroDimensions.Where(request.Table.Dimensions.Contains).ToList();
        var zeros = crossed.Count == 0 ? string.Empty : $", and zero counts by {string.Join(" and ", crossed.Select(Release.Name))} in a group of at least {Math.Min(policy.MinimumCellSize, policy.ProtectionInterval + 1)} cases (a zero can disclose),";
        var rounding = policy.RoundingBase is { } b
            ? $" Published counts are rounded to the nearest multiple of {b}, halves away from zero."
            : " Published counts are exact.";
        var combinations = request.DescribeCombinations("and no longer combination is");
        return string.Create(CultureInfo.InvariantCulture,
            $"These tables count de-identified cases {Period(request.From, request.To)}; no case-level data leaves the organisation that holds it.{combinations} Every published count is 0 or at least {policy.MinimumCellSize}. " +
            $"Counts from 1 to {policy.MinimumCellSize - 1}{zeros} are suppressed and shown as \"{ReleaseTable.SuppressedMarker}\", never as a number ({primary} in this release), " +
            $"and {complementary} further counts are suppressed so that they cannot be worked out from the published counts and totals: for every count suppressed for being small, linear programming over everything published " +
            $"finds the lowest and highest values it could take, and the release is protected only when that range reaches at least {policy.ProtectionInterval} below the true count (or zero) and {policy.ProtectionInterval} above it.{rounding} {risk.Describe(policy)}");
    }

    internal static string Period(YearQuarter? from, YearQuarter? to) => (from, to) switch
    {
        ({ } f, { } t) => $"identified from {f} to {t}",
        ({ } f, null) => $"identified from {f}",
        (null, { } t) => $"identified up to {t}",
        _ => "in the records",
    };

    /// <summary>The records of a request's period counted into the cube of its main table.</summary>
    internal sealed class Counted
    {
        private Counted(ReleaseRequest request, List<CaseRecord> selected, string[][] categories, ReleaseCube cube)
        {
            Request = request;
            Selected = selected;
            Categories = categories;
            Cube = cube;
            Published = [.. Enumerable.Range(0, 1 << request.Table.Dimensions.Length).Select(request.Publishes)];
        }

        internal ReleaseRequest Request { get; }

        internal List<CaseRecord> Selected { get; }

        internal string[][] Categories { get; }

        internal ReleaseCube Cube { get; }

        /// <summary>Whether each crossing (a bit mask over the main table's dimensions) is published.</summary>
        internal bool[] Published { get; }

        internal static Counted Of(IEnumerable<CaseRecord> records, ReleaseRequest request)
        {
            ArgumentNullException.ThrowIfNull(records);
            ArgumentNullException.ThrowIfNull(request);
            var selected = request.Select(records, nameof(records));
            IEnumerable<string>? areas = request.Areas.IsEmpty ? null : request.Areas;
            var categories = ReleaseCube.CategoriesOf(request.Table.Dimensions, selected, request.From, request.To, areas, request.Table.Name);
            return new Counted(request, selected, categories, ReleaseCube.Count(request.Table.Dimensions, categories, selected));
        }

        /// <summary>The risk over the published crossings (the grand total aside: a release of fewer than k cases puts every case at risk in every crossing).</summary>
        internal ReidentificationRisk Risk(DisclosurePolicy policy)
        {
            var k = policy.MinimumCellSize;
            var counts = Cube.Counts;
            var dims = Request.Table.Dimensions.Length;
            var crossings = Enumerable.Range(1, (1 << dims) - 1).Where(m => Published[m]).OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m).ToArray();
            var atRisk = new int[1 << dims];
            var uniques = new int[1 << dims];
            var casesAtRisk = 0;
            for (var index = 0; index < counts.Length; index++)
            {
                var n = counts[index];
                if (n == 0)
                {
                    continue;
                }

                var crossing = Cube.CrossingOf(index);
                if (crossing != 0 && Published[crossing] && n < k)
                {
                    atRisk[crossing] += n;
                    uniques[crossing] += n == 1 ? 1 : 0;
                }

                // A group of identical cases (an interior cell) is at risk when any published crossing holds it in fewer than k.
                if (crossing == (1 << dims) - 1 && IsAtRisk(counts, index, crossings, k))
                {
                    casesAtRisk += n;
                }
            }

            return new ReidentificationRisk(
                Selected.Count,
                casesAtRisk,
                [.. crossings.Select(m => new CrossingRisk([.. Request.Table.Dimensions.Where((_, i) => (m & (1 << i)) != 0)], atRisk[m], uniques[m]))]);
        }

        private bool IsAtRisk(ReadOnlySpan<int> counts, int cell, int[] crossings, int k)
        {
            foreach (var m in crossings)
            {
                if (counts[Cube.Ancestor(cell, m)] < k)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
