using System.Collections.Immutable;
using System.Globalization;
using Coalition.Domain.Operations;
using Coalition.Domain.Protections;
using Coalition.Domain.Screening;
using Coalition.Domain.Typology;

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
        var cube = Cube.Build(table, selected, from, to, areas, policy);
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
        var zeros = policy.SensitiveZeroDimensions.IsEmpty ? string.Empty : $", and zero counts by {string.Join(" and ", policy.SensitiveZeroDimensions.Select(Release.Name))} (a zero can disclose),";
        var rounding = policy.RoundingBase is { } b
            ? $" Published counts are rounded to the nearest multiple of {b}, halves away from zero."
            : " Published counts are exact.";
        return string.Create(CultureInfo.InvariantCulture,
            $"These tables count de-identified cases {period}; no case-level data leaves the organisation that holds it. Every published count is 0 or at least {policy.MinimumCellSize}. " +
            $"Counts from 1 to {policy.MinimumCellSize - 1}{zeros} are suppressed and shown as \"{ReleaseTable.SuppressedMarker}\", never as a number ({primary} in this release), " +
            $"and {complementary} further counts are suppressed so that they cannot be worked out from the published counts and totals: for every count suppressed for being small, linear programming over everything published " +
            $"finds the lowest and highest values it could take, and the release is protected only when that range reaches at least {policy.ProtectionInterval} below the true count (or zero) and {policy.ProtectionInterval} above it.{rounding}");
    }

    /// <summary>The counts of the main table and every margin, with their suppression.</summary>
    private sealed class Cube
    {
        private readonly ImmutableArray<ReportDimension> dimensions;
        private readonly string[][] categories;
        private readonly int[] radix;
        private readonly int[] counts;
        private readonly bool[] suppressed;
        private readonly bool[] sensitive;
        private readonly int[] sizes;

        /// <summary>The largest attacker's program solved exactly; larger ones are settled by suppressing more.</summary>
        private const int MaxUnknowns = 250;

        private Cube(ImmutableArray<ReportDimension> dimensions, string[][] categories)
        {
            this.dimensions = dimensions;
            this.categories = categories;
            sizes = [.. categories.Select(c => c.Length)];
            radix = new int[dimensions.Length];
            long total = 1;
            for (var d = dimensions.Length - 1; d >= 0; d--)
            {
                radix[d] = (int)total;
                total *= sizes[d] + 1;
            }

            counts = new int[total];
            suppressed = new bool[total];
            sensitive = new bool[total];
        }

        internal int PrimaryCount { get; private set; }

        internal int ComplementaryCount { get; private set; }

        internal static Cube Build(ReportDefinition table, List<CaseRecord> records, YearQuarter? from, YearQuarter? to, IEnumerable<string>? areas, DisclosurePolicy policy)
        {
            var dimensions = table.Dimensions;
            var categories = dimensions.Select(d => Categories(d, records, from, to, areas)).ToArray();
            if (categories.Aggregate(1L, (product, c) => Math.Min(product * (c.Length + 1), MaxCells + 1L)) > MaxCells)
            {
                throw new ArgumentException($"The table '{table.Name}' has more than {MaxCells} cells and margins; cross fewer or coarser dimensions.", nameof(table));
            }

            var cube = new Cube(dimensions, categories);
            var lookups = categories.Select(c => c.Select((value, i) => (value, i)).ToDictionary(x => x.value, x => x.i + 1, StringComparer.Ordinal)).ToArray();
            var coordinates = new int[dimensions.Length];
            foreach (var record in records)
            {
                for (var d = 0; d < dimensions.Length; d++)
                {
                    coordinates[d] = lookups[d][CategoryOf(dimensions[d], record)];
                }

                cube.AddToEveryMargin(coordinates);
            }

            cube.SuppressPrimary(policy);
            cube.SuppressComplementary(policy);
            return cube;
        }

        internal ReleaseTable Table(ReportDefinition definition, DisclosurePolicy policy)
        {
            var positions = definition.Dimensions.Select(d => dimensions.IndexOf(d)).ToArray();
            var cells = ImmutableArray.CreateBuilder<ReleaseCell>();
            var coordinate = new int[positions.Length];
            void Emit(int depth)
            {
                if (depth == positions.Length)
                {
                    var index = 0;
                    for (var i = 0; i < positions.Length; i++)
                    {
                        index += coordinate[i] * radix[positions[i]];
                    }

                    var names = coordinate.Select((c, i) => c == 0 ? ReleaseTable.Total : categories[positions[i]][c - 1]).ToImmutableArray();
                    cells.Add(new ReleaseCell(names, suppressed[index] ? null : policy.Round(counts[index])));
                    return;
                }

                // Categories in order, then the total.
                for (var c = 1; c <= sizes[positions[depth]]; c++)
                {
                    coordinate[depth] = c;
                    Emit(depth + 1);
                }

                coordinate[depth] = 0;
                Emit(depth + 1);
            }

            Emit(0);
            return new ReleaseTable(definition, cells.ToImmutable());
        }

        private void AddToEveryMargin(int[] coordinates)
        {
            var subsets = 1 << dimensions.Length;
            for (var mask = 0; mask < subsets; mask++)
            {
                var index = 0;
                for (var d = 0; d < dimensions.Length; d++)
                {
                    if ((mask & (1 << d)) != 0)
                    {
                        index += coordinates[d] * radix[d];
                    }
                }

                counts[index]++;
            }
        }

        private void SuppressPrimary(DisclosurePolicy policy)
        {
            var zeroSensitive = dimensions.Select(policy.SensitiveZeroDimensions.Contains).ToArray();
            for (var index = 0; index < counts.Length; index++)
            {
                var count = counts[index];
                if ((count > 0 && count < policy.MinimumCellSize) || (count == 0 && FixesSensitive(index, zeroSensitive)))
                {
                    suppressed[index] = true;
                    sensitive[index] = true;
                    PrimaryCount++;
                }
            }
        }

        private bool FixesSensitive(int index, bool[] sensitive)
        {
            for (var d = 0; d < dimensions.Length; d++)
            {
                if (sensitive[d] && Coordinate(index, d) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        private int Coordinate(int index, int dimension) => index / radix[dimension] % (sizes[dimension] + 1);

        private bool IsInterior(int index)
        {
            for (var d = 0; d < dimensions.Length; d++)
            {
                if (Coordinate(index, d) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether interior cell <paramref name="cell"/> lies in aggregate <paramref name="aggregate"/>.</summary>
        private bool Contains(int aggregate, int cell)
        {
            for (var d = 0; d < dimensions.Length; d++)
            {
                var a = Coordinate(aggregate, d);
                if (a != 0 && a != Coordinate(cell, d))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Suppresses more counts until every sensitive count (a small count, or a sensitive zero) is protected; each pass
        /// suppresses one more, so it ends. A count once protected stays protected: suppressing more only removes constraints
        /// from the attacker's problem. Complementary suppressions hold at least k people (or an insensitive zero) and need no
        /// interval of their own: they are withheld to protect the sensitive ones.
        /// </summary>
        private void SuppressComplementary(DisclosurePolicy policy)
        {
            var interval = policy.ProtectionInterval;
            var verified = new bool[counts.Length];
            var next = 0;
            while (true)
            {
                var index = -1;
                for (var step = 0; step < counts.Length && index < 0; step++)
                {
                    var candidate = (next + step) % counts.Length;
                    if (sensitive[candidate] && !verified[candidate])
                    {
                        index = candidate;
                    }
                }

                if (index < 0)
                {
                    return;
                }

                next = index;

                // Fast: a hypercube of suppressed counts along which mass can move proves the range (suppressing its corners if needed).
                if (Certify(index, interval))
                {
                    verified[index] = true;
                    continue;
                }

                // Exact: the attacker's linear programs, when the problem is small enough to solve here.
                switch (IsProtected(index, interval))
                {
                    case true:
                        verified[index] = true;
                        break;
                    case false when Partner(index) is var partner and >= 0:
                        suppressed[partner] = true;
                        ComplementaryCount++;
                        break;
                    default:
                        // Too large to solve, or nothing near it left to suppress: withhold its whole margin level, then everything.
                        if (!SuppressLevel(index))
                        {
                            SuppressAll();
                            return;
                        }

                        break;
                }
            }
        }

        /// <summary>
        /// Looks for hypercube certificates: around an interior cell x inside the count, a partner category for each dimension
        /// the count fixes; moving mass +δ/−δ around the corners keeps every published count unchanged. Raising the count by p
        /// needs the corners of odd parity to hold at least p; lowering it by min(t, p) is split over cells x that hold it,
        /// each needing its even corners to hold its share. Together they show the attacker's range includes
        /// [max(0, t − p), t + p]. Every count that fixes those dimensions and contains a corner must be suppressed; the
        /// cheapest hypercubes are chosen and their counts suppressed.
        /// </summary>
        private bool Certify(int aggregate, int interval)
        {
            var fixedDims = Enumerable.Range(0, dimensions.Length).Where(d => Coordinate(aggregate, d) != 0).ToArray();
            var freeDims = Enumerable.Range(0, dimensions.Length).Where(d => Coordinate(aggregate, d) == 0).ToArray();
            if (fixedDims.Length == 0)
            {
                return false;
            }

            var inside = InteriorCellsOf(aggregate).OrderByDescending(c => counts[c]).ThenBy(c => c).ToList();
            var required = new HashSet<int>();

            // Up by p: one hypercube whose odd corners hold at least p.
            var upCube = inside.Take(3).Select(x => BestHypercube(x, fixedDims, freeDims, interval, 0)).Where(h => h is not null).MinBy(h => h!.Value.Cost);
            if (upCube is not { } up)
            {
                return false;
            }

            required.UnionWith(up.Required);

            // Down by min(t, p): shares taken from the cells that hold the count.
            var remaining = Math.Min(counts[aggregate], interval);
            foreach (var x in inside)
            {
                if (remaining == 0 || counts[x] == 0)
                {
                    break;
                }

                var share = Math.Min(counts[x], remaining);
                if (BestHypercube(x, fixedDims, freeDims, 0, share) is { } downCube)
                {
                    required.UnionWith(downCube.Required);
                    remaining -= share;
                }
            }

            if (remaining > 0)
            {
                return false;
            }

            foreach (var index in required)
            {
                if (!suppressed[index])
                {
                    suppressed[index] = true;
                    ComplementaryCount++;
                }
            }

            return true;
        }

        /// <summary>The cheapest hypercube around <paramref name="x"/> whose odd corners hold <paramref name="oddMinimum"/> and other even corners <paramref name="evenMinimum"/>; null when none.</summary>
        private (List<int> Required, long Cost)? BestHypercube(int x, int[] fixedDims, int[] freeDims, int oddMinimum, int evenMinimum)
        {
            var options = new int[fixedDims.Length][];
            for (var i = 0; i < fixedDims.Length; i++)
            {
                var f = fixedDims[i];
                var own = Coordinate(x, f);
                int Flip(int c) => x + ((c - own) * radix[f]);
                options[i] = [.. Enumerable.Range(1, sizes[f])
                    .Where(c => c != own && counts[Flip(c)] >= oddMinimum)
                    .OrderBy(c => suppressed[Flip(c)] ? 0 : 1).ThenBy(c => oddMinimum > 0 ? counts[Flip(c)] : -counts[Flip(c)]).ThenBy(c => c)
                    .Take(3)];
                if (options[i].Length == 0)
                {
                    return null;
                }
            }

            (List<int> Required, long Cost)? best = null;
            var choice = new int[fixedDims.Length];
            while (true)
            {
                if (Hypercube(x, fixedDims, freeDims, options, choice, oddMinimum, evenMinimum) is { } cube && (best is null || cube.Cost < best.Value.Cost))
                {
                    best = cube;
                    if (cube.Cost == 0)
                    {
                        return best;
                    }
                }

                var k = choice.Length - 1;
                while (k >= 0 && ++choice[k] == options[k].Length)
                {
                    choice[k] = 0;
                    k--;
                }

                if (k < 0)
                {
                    return best;
                }
            }
        }

        private (List<int> Required, long Cost)? Hypercube(int x, int[] fixedDims, int[] freeDims, int[][] options, int[] choice, int oddMinimum, int evenMinimum)
        {
            var required = new List<int>();
            long cost = 0;
            for (var mask = 0; mask < 1 << fixedDims.Length; mask++)
            {
                var corner = x;
                for (var i = 0; i < fixedDims.Length; i++)
                {
                    if ((mask & (1 << i)) != 0)
                    {
                        corner += (options[i][choice[i]] - Coordinate(x, fixedDims[i])) * radix[fixedDims[i]];
                    }
                }

                var odd = (System.Numerics.BitOperations.PopCount((uint)mask) & 1) == 1;
                if (mask != 0 && counts[corner] < (odd ? oddMinimum : evenMinimum))
                {
                    return null;
                }

                // Every count that fixes the hypercube's dimensions at this corner, with free dimensions kept or totalled.
                for (var keep = 0; keep < 1 << freeDims.Length; keep++)
                {
                    var aggregate = corner;
                    for (var j = 0; j < freeDims.Length; j++)
                    {
                        if ((keep & (1 << j)) == 0)
                        {
                            aggregate -= Coordinate(x, freeDims[j]) * radix[freeDims[j]];
                        }
                    }

                    required.Add(aggregate);
                    if (!suppressed[aggregate])
                    {
                        cost += counts[aggregate] + 1L;
                    }
                }
            }

            return (required, cost);
        }

        /// <summary>Suppresses every count at the same margin level as <paramref name="aggregate"/>; false when there was none left.</summary>
        private bool SuppressLevel(int aggregate)
        {
            var level = Enumerable.Range(0, dimensions.Length).Select(d => Coordinate(aggregate, d) != 0).ToArray();
            var any = false;
            for (var index = 0; index < counts.Length; index++)
            {
                if (!suppressed[index] && Enumerable.Range(0, dimensions.Length).All(d => (Coordinate(index, d) != 0) == level[d]))
                {
                    suppressed[index] = true;
                    ComplementaryCount++;
                    any = true;
                }
            }

            return any;
        }

        private void SuppressAll()
        {
            for (var index = 0; index < counts.Length; index++)
            {
                if (!suppressed[index])
                {
                    suppressed[index] = true;
                    ComplementaryCount++;
                }
            }
        }

        /// <summary>
        /// The cheapest published count to suppress next: at the same margin level, one or two categories different (a line or
        /// a rectangle through it), with the smallest positive count; for a margin, one of its published interior cells; then
        /// the margins one level up.
        /// </summary>
        private int Partner(int aggregate)
        {
            var best = -1;
            void Consider(int candidate)
            {
                if (candidate == aggregate || suppressed[candidate])
                {
                    return;
                }

                if (best < 0 || Rank(candidate).CompareTo(Rank(best)) < 0)
                {
                    best = candidate;
                }
            }

            // Counts at the same level that differ in one or two categories: the lines and rectangles through it.
            var fixedDims = Enumerable.Range(0, dimensions.Length).Where(d => Coordinate(aggregate, d) != 0).ToArray();
            foreach (var first in fixedDims)
            {
                var firstOwn = Coordinate(aggregate, first);
                for (var c1 = 1; c1 <= sizes[first]; c1++)
                {
                    var moved = aggregate + ((c1 - firstOwn) * radix[first]);
                    Consider(moved);
                    foreach (var second in fixedDims.Where(d => d > first))
                    {
                        var secondOwn = Coordinate(aggregate, second);
                        for (var c2 = 1; c2 <= sizes[second]; c2++)
                        {
                            if (c1 != firstOwn && c2 != secondOwn)
                            {
                                Consider(moved + ((c2 - secondOwn) * radix[second]));
                            }
                        }
                    }
                }
            }

            if (best < 0 && !IsInterior(aggregate))
            {
                foreach (var cell in InteriorCellsOf(aggregate))
                {
                    Consider(cell);
                }
            }

            if (best < 0)
            {
                for (var d = 0; d < dimensions.Length; d++)
                {
                    var own = Coordinate(aggregate, d);
                    if (own != 0)
                    {
                        Consider(aggregate - (own * radix[d]));
                    }
                }
            }

            return best;
        }

        /// <summary>Smallest positive counts first (zeros last: suppressing them adds little), then index order.</summary>
        private (int, int, int) Rank(int index) => (counts[index] == 0 ? 1 : 0, counts[index], index);

        /// <summary>Whether the attacker's bounds on a suppressed count reach the protection interval on both sides; <see langword="null"/> when the program is too large to solve here.</summary>
        private bool? IsProtected(int aggregate, int interval)
        {
            if (Bounds(aggregate, MaxUnknowns) is not { } bounds)
            {
                return null;
            }

            var (low, high) = bounds;
            var truth = counts[aggregate];
            return low <= Math.Max(0, truth - interval) + 1e-6 && high >= truth + interval - 1e-6;
        }

        /// <summary>
        /// The attacker's lowest and highest value of a count, by linear programming over the published counts: the unknowns
        /// are the suppressed interior cells connected to the count through published margins; each published margin that
        /// holds some of them says their sum equals the margin less its published cells.
        /// </summary>
        internal (double Low, double High)? Bounds(int aggregate, int maxUnknowns)
        {
            var subsets = 1 << dimensions.Length;
            var full = subsets - 1;
            int MarginOf(int cell, int mask)
            {
                var index = 0;
                for (var d = 0; d < dimensions.Length; d++)
                {
                    if ((mask & (1 << d)) != 0)
                    {
                        index += Coordinate(cell, d) * radix[d];
                    }
                }

                return index;
            }

            // The unknown cells inside the count, then everything connected to them through published margins.
            var unknownIndex = new Dictionary<int, int>();
            var unknowns = new List<int>();
            var queue = new Queue<int>();
            var marginRows = new Dictionary<int, int>();
            void AddUnknown(int cell)
            {
                if (!unknownIndex.ContainsKey(cell))
                {
                    unknownIndex[cell] = unknowns.Count;
                    unknowns.Add(cell);
                    queue.Enqueue(cell);
                }
            }

            foreach (var cell in InteriorCellsOf(aggregate))
            {
                if (suppressed[cell])
                {
                    AddUnknown(cell);
                }
            }

            while (queue.Count > 0)
            {
                var cell = queue.Dequeue();
                for (var mask = 0; mask < full; mask++)
                {
                    var margin = MarginOf(cell, mask);
                    if (suppressed[margin] || marginRows.ContainsKey(margin))
                    {
                        continue;
                    }

                    marginRows[margin] = marginRows.Count;
                    foreach (var member in InteriorCellsOf(margin))
                    {
                        if (suppressed[member])
                        {
                            AddUnknown(member);
                        }
                    }
                }

                if (unknowns.Count > maxUnknowns)
                {
                    return null;
                }
            }

            var known = IsInterior(aggregate) ? (suppressed[aggregate] ? 0 : counts[aggregate]) : PublishedInside(aggregate);
            if (unknowns.Count == 0)
            {
                return (known, known);
            }

            var a = new double[marginRows.Count][];
            var b = new double[marginRows.Count];
            foreach (var (margin, row) in marginRows)
            {
                a[row] = new double[unknowns.Count];
                b[row] = counts[margin] - PublishedInside(margin);
            }

            for (var u = 0; u < unknowns.Count; u++)
            {
                for (var mask = 0; mask < full; mask++)
                {
                    if (marginRows.TryGetValue(MarginOf(unknowns[u], mask), out var row))
                    {
                        a[row][u] = 1;
                    }
                }
            }

            var objective = unknowns.Select(u => Contains(aggregate, u) ? 1.0 : 0.0).ToArray();
            var low = LinearProgram.Minimize(a, b, objective);
            var high = LinearProgram.Maximize(a, b, objective);

            // An unsolved program counts as no protection on that side, so that more is suppressed.
            return (
                low.Outcome == LinearProgram.Outcome.Optimal ? known + low.Value : low.Outcome == LinearProgram.Outcome.Unbounded ? double.NegativeInfinity : double.PositiveInfinity,
                high.Outcome == LinearProgram.Outcome.Optimal ? known + high.Value : high.Outcome == LinearProgram.Outcome.Unbounded ? double.PositiveInfinity : double.NegativeInfinity);
        }

        /// <summary>The interior cells inside an aggregate (itself when it is interior).</summary>
        private IEnumerable<int> InteriorCellsOf(int aggregate)
        {
            var free = new List<int>();
            var baseIndex = 0;
            for (var d = 0; d < dimensions.Length; d++)
            {
                var c = Coordinate(aggregate, d);
                if (c == 0)
                {
                    free.Add(d);
                    baseIndex += radix[d];
                }
                else
                {
                    baseIndex += c * radix[d];
                }
            }

            if (free.Any(d => sizes[d] == 0))
            {
                yield break;
            }

            var position = new int[free.Count];
            while (true)
            {
                var index = baseIndex;
                for (var i = 0; i < free.Count; i++)
                {
                    index += position[i] * radix[free[i]];
                }

                yield return index;
                var k = free.Count - 1;
                while (k >= 0 && ++position[k] == sizes[free[k]])
                {
                    position[k] = 0;
                    k--;
                }

                if (k < 0)
                {
                    yield break;
                }
            }
        }

        /// <summary>The sum of the published interior cells inside an aggregate.</summary>
        private int PublishedInside(int aggregate)
        {
            var sum = 0;
            foreach (var cell in InteriorCellsOf(aggregate))
            {
                if (!suppressed[cell])
                {
                    sum += counts[cell];
                }
            }

            return sum;
        }

        private static string[] Categories(ReportDimension dimension, List<CaseRecord> records, YearQuarter? from, YearQuarter? to, IEnumerable<string>? areas) => dimension switch
        {
            ReportDimension.Area => [.. (areas ?? []).Concat(records.Select(r => r.Area ?? "unknown")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            ReportDimension.ExploitationType => [.. Enum.GetValues<ExploitationType>().Select(Kebab), "multiple", "unknown"],
            ReportDimension.AgeBand => [.. Enum.GetValues<AgeBand>().Select(Kebab)],
            ReportDimension.Gender => [.. Enum.GetValues<ReportGender>().Select(Kebab)],
            ReportDimension.Citizenship => [.. Enum.GetValues<NationalityStatus>().Select(Kebab)],
            ReportDimension.IdentificationPoint => [.. IdentificationPoints.Catalogue.Select(p => p.Code), "unknown"],
            ReportDimension.Status => [.. Enum.GetValues<HtcdsTraffickingStatus>().Select(Kebab)],
            _ => Quarters(records, from, to),
        };

        private static string[] Quarters(List<CaseRecord> records, YearQuarter? from, YearQuarter? to)
        {
            if (from is { } start && to is { } end)
            {
                var list = new List<string>();
                for (var q = start; q <= end; q = q.Quarter == 4 ? new YearQuarter(q.Year + 1, 1) : new YearQuarter(q.Year, q.Quarter + 1))
                {
                    list.Add(q.ToString());
                    if (q.Year == 9999 && q.Quarter == 4)
                    {
                        break;
                    }
                }

                return [.. list];
            }

            return [.. records.Select(r => r.Quarter).Distinct().Order().Select(q => q.ToString())];
        }

        private static string CategoryOf(ReportDimension dimension, CaseRecord record) => dimension switch
        {
            ReportDimension.Area => record.Area ?? "unknown",
            ReportDimension.ExploitationType => record.ExploitationTypes.Length switch { 0 => "unknown", 1 => Kebab(record.ExploitationTypes[0]), _ => "multiple" },
            ReportDimension.AgeBand => Kebab(record.AgeBand),
            ReportDimension.Gender => Kebab(record.Gender),
            ReportDimension.Citizenship => Kebab(record.Citizenship),
            ReportDimension.IdentificationPoint => record.IdentificationPoint?.Code ?? "unknown",
            ReportDimension.Status => Kebab(record.Status),
            _ => record.Quarter.ToString(),
        };

        private static string Kebab<TEnum>(TEnum value)
            where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
    }
}
