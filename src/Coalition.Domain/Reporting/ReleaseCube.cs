using System.Collections.Immutable;
using Coalition.Domain.Operations;
using Coalition.Domain.Protections;
using Coalition.Domain.Screening;
using Coalition.Domain.Typology;

namespace Coalition.Domain.Reporting;

/// <summary>
/// The counts of a release's main table and every margin, indexed in mixed radix (0 is the total of a dimension), with
/// their suppression. Built for <see cref="AggregateReporter"/>.
/// </summary>
internal sealed partial class ReleaseCube
{
    private readonly ImmutableArray<ReportDimension> dimensions;

    private readonly string[][] categories;

    private readonly int[] radix;

    private readonly int[] counts;

    private readonly bool[] suppressed;

    private readonly bool[] sensitive;

    private readonly bool[] hidden;

    /// <summary>The area dimension whose totals are linked to other tables of the release, or −1.</summary>
    private int roomDimension = -1;

    /// <summary>Per area category (1-based): how far a proof may raise the area's total, or null for no limit.</summary>
    private int[]? increaseRoom;

    /// <summary>Per area category (1-based): how far a proof may lower the area's total, or null for no limit.</summary>
    private int[]? decreaseRoom;

    /// <summary>Per area category, and 0 for the whole release: the most a count inside it can be (a linked total), or null.</summary>
    private int[]? upperCaps;

    private readonly int[] sizes;

    private ReleaseCube(ImmutableArray<ReportDimension> dimensions, string[][] categories)
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
        hidden = new bool[total];
    }

    internal int PrimaryCount { get; private set; }

    internal int ComplementaryCount { get; private set; }

    /// <summary>The categories of a release's dimensions, checked against <see cref="AggregateReporter.MaxCells"/>.</summary>
    internal static string[][] CategoriesOf(ImmutableArray<ReportDimension> dimensions, List<CaseRecord> records, YearQuarter? from, YearQuarter? to, IEnumerable<string>? areas, string name)
    {
        var categories = dimensions.Select(d => Categories(d, records, from, to, areas)).ToArray();
        if (categories.Aggregate(1L, (product, c) => Math.Min(product * (c.Length + 1), AggregateReporter.MaxCells + 1L)) > AggregateReporter.MaxCells)
        {
            throw new ArgumentException($"The table '{name}' has more than {AggregateReporter.MaxCells} cells and margins; cross fewer or coarser dimensions.", nameof(records));
        }

        return categories;
    }

    /// <summary>Counts the records into every cell and margin.</summary>
    internal static ReleaseCube Count(ImmutableArray<ReportDimension> dimensions, string[][] categories, List<CaseRecord> records) =>
        Count(dimensions, categories, [.. dimensions.Select((d, i) => Indexer(d, categories[i]))], records);

    /// <summary>Counts the records into every cell and margin, with the caller's category of each record (1-based).</summary>
    internal static ReleaseCube Count(ImmutableArray<ReportDimension> dimensions, string[][] categories, Func<CaseRecord, int>[] indexers, List<CaseRecord> records)
    {
        var cube = new ReleaseCube(dimensions, categories);
        var coordinates = new int[dimensions.Length];
        foreach (var record in records)
        {
            for (var d = 0; d < dimensions.Length; d++)
            {
                coordinates[d] = indexers[d](record);
            }

            cube.AddToEveryMargin(coordinates);
        }

        return cube;
    }

    /// <summary>Gets the true count of every cell and margin (mixed radix; 0 is a dimension's total).</summary>
    internal ReadOnlySpan<int> Counts => counts;

    /// <summary>
    /// Replaces each count of the finest crossing with itself plus two-sided geometric noise, floored at 0, and every margin
    /// with the sum of those (see <see cref="PrivateReporter"/>). Draws in index order, so the noise does not depend on the
    /// order of the records.
    /// </summary>
    internal void AddNoise(Random random, double alpha)
    {
        var finest = (1 << dimensions.Length) - 1;
        var noisy = new List<(int Index, int Count)>();
        for (var index = 0; index < counts.Length; index++)
        {
            if (CrossingOf(index) == finest)
            {
                noisy.Add((index, Math.Max(0, counts[index] + PrivateReporter.TwoSidedGeometric(random, alpha))));
            }
        }

        Array.Clear(counts);
        var coordinates = new int[dimensions.Length];
        foreach (var (index, count) in noisy)
        {
            for (var d = 0; d < dimensions.Length; d++)
            {
                coordinates[d] = Coordinate(index, d);
            }

            AddToEveryMargin(coordinates, count);
        }
    }

    /// <summary>The count of crossing <paramref name="crossing"/> that holds interior cell <paramref name="cell"/>.</summary>
    internal int Ancestor(int cell, int crossing)
    {
        var index = 0;
        for (var d = 0; d < dimensions.Length; d++)
        {
            if ((crossing & (1 << d)) != 0)
            {
                index += Coordinate(cell, d) * radix[d];
            }
        }

        return index;
    }

    /// <summary>The dimensions a count fixes, as a bit mask (its crossing).</summary>
    internal int CrossingOf(int index)
    {
        var mask = 0;
        for (var d = 0; d < dimensions.Length; d++)
        {
            if (Coordinate(index, d) != 0)
            {
                mask |= 1 << d;
            }
        }

        return mask;
    }

    /// <summary>
    /// Links this cube's area totals to another table of the release: a proof may raise an area's total by at most
    /// <paramref name="increase"/>[area] and lower it by at most <paramref name="decrease"/>[area] (1-based, null for no
    /// limit), so that every alternative table it finds is also consistent with the linked table's true counts.
    /// </summary>
    internal void LimitAreaTotals(int dimension, int[]? increase, int[]? decrease, int[]? caps = null)
    {
        roomDimension = dimension;
        increaseRoom = increase;
        decreaseRoom = decrease;
        upperCaps = caps;
    }

    /// <summary>
    /// How far above its true value a count's range must reach: the protection interval, or less when a linked total caps
    /// the count (no table can show a need's count above its area's number of cases).
    /// </summary>
    internal int UpwardInterval(int index, int interval) =>
        upperCaps is { } caps ? Math.Max(0, Math.Min(interval, caps[Coordinate(index, roomDimension)] - counts[index])) : interval;

    /// <summary>Marks a count sensitive before protection (a count another table would otherwise disclose by differencing).</summary>
    internal void MarkSensitive(int index)
    {
        if (!sensitive[index] && !hidden[index])
        {
            suppressed[index] = true;
            sensitive[index] = true;
            PrimaryCount++;
        }
    }

    /// <summary>The index of a count from its 1-based categories (0 for a dimension's total).</summary>
    internal int IndexOf(params int[] coordinates)
    {
        var index = 0;
        for (var d = 0; d < dimensions.Length; d++)
        {
            index += coordinates[d] * radix[d];
        }

        return index;
    }

    /// <summary>
    /// Suppresses what the policy requires. Crossings not in <paramref name="published"/> (a flag per crossing mask) are
    /// never shown: they start suppressed, are unknown to the attacker, and count neither as primary nor as complementary.
    /// </summary>
    internal void Protect(DisclosurePolicy policy, bool[] published)
    {
        Hide(published);
        SuppressPrimary(policy);
        SuppressComplementary(policy);
    }

    /// <summary>Hides the crossings not in <paramref name="published"/>: suppressed from the start, unknown to the attacker, never counted.</summary>
    private void Hide(bool[] published)
    {
        for (var index = 0; index < counts.Length; index++)
        {
            if (!published[CrossingOf(index)] && !hidden[index])
            {
                suppressed[index] = true;
                hidden[index] = true;
            }
        }
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

    private void AddToEveryMargin(int[] coordinates, int weight = 1)
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

            counts[index] += weight;
        }
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
        ReportDimension.ReferralOutcome => DemandJoin.Outcomes,
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

    /// <summary>The 1-based category of a record in a dimension, from lookups built once per release rather than text per record.</summary>
    internal static Func<CaseRecord, int> Indexer(ReportDimension dimension, string[] categories, bool unlistedAsUnknown = false)
    {
        var lookup = categories.Select((value, i) => (value, i)).ToDictionary(x => x.value, x => x.i + 1, StringComparer.Ordinal);
        switch (dimension)
        {
            case ReportDimension.Area when unlistedAsUnknown:
                var unknownArea = lookup["unknown"];
                return r => r.Area is { } area && lookup.TryGetValue(area, out var listed) ? listed : unknownArea;
            case ReportDimension.Area:
                return r => lookup[r.Area ?? "unknown"];
            case ReportDimension.ExploitationType:
                var types = Enum.GetValues<ExploitationType>().ToDictionary(t => t, t => lookup[Kebab(t)]);
                var multiple = lookup["multiple"];
                var unknownType = lookup["unknown"];
                return r => r.ExploitationTypes.Length switch { 0 => unknownType, 1 => types[r.ExploitationTypes[0]], _ => multiple };
            case ReportDimension.AgeBand:
                return ByEnum<AgeBand>(lookup, r => r.AgeBand);
            case ReportDimension.Gender:
                return ByEnum<ReportGender>(lookup, r => r.Gender);
            case ReportDimension.Citizenship:
                return ByEnum<NationalityStatus>(lookup, r => r.Citizenship);
            case ReportDimension.Status:
                return ByEnum<HtcdsTraffickingStatus>(lookup, r => r.Status);
            case ReportDimension.IdentificationPoint:
                var unknownPoint = lookup["unknown"];
                return r => r.IdentificationPoint is { } point ? lookup[point.Code] : unknownPoint;
            case ReportDimension.Quarter:
                var quarters = lookup.ToDictionary(kv => YearQuarter.TryParse(kv.Key, out var q) ? q : default, kv => kv.Value);
                return r => quarters[r.Quarter];
            default:
                // The referral outcome depends on a need: the demand join passes its own indexer.
                throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "This dimension has no category of its own in a case record.");
        }
    }

    private static Func<CaseRecord, int> ByEnum<TEnum>(Dictionary<string, int> lookup, Func<CaseRecord, TEnum> value)
        where TEnum : struct, Enum
    {
        var map = Enum.GetValues<TEnum>().ToDictionary(v => v, v => lookup[Kebab(v)]);
        return r => map[value(r)];
    }

    private static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
