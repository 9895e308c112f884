using System.Collections.Immutable;
using System.Globalization;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Lifecycle;

namespace Coalition.Domain.Reporting;

/// <summary>
/// The demand-against-supply join of a release (<see cref="DemandRequest"/>). A case can have several needs, so needs are
/// not a dimension of the main table: each need gets its own table, area × referral outcome, over the cases with it. The
/// tables are linked to the main table only through area totals: a need's count in an area is at most the area's total,
/// and the area's total is at least its largest need count. So that every table's proofs stay valid together, each side
/// respects that link: a need's table never raises an area beyond the area's total, and the main table never lowers an
/// area's total below its largest need. A need's count in an area whose complement (the area's cases without the need)
/// would be below k is suppressed as if it were small, so that differencing the tables discloses nothing.
/// </summary>
internal sealed class DemandJoin
{
    internal static readonly string[] Outcomes = ["not-referred", "referred", "rejected", "accepted", "met"];

    private static readonly ImmutableArray<ReportDimension> Dimensions = [ReportDimension.Area, ReportDimension.ReferralOutcome];

    private readonly DemandRequest request;
    private readonly List<CaseRecord> selected;
    private readonly string[] areas;
    private readonly Func<CaseRecord, int> areaOf;
    private readonly int[] areaTotals;
    private readonly ImmutableArray<ServiceNeed> needs;
    private readonly int[][] needing;

    private DemandJoin(DemandRequest request, List<CaseRecord> selected, string[] areas)
    {
        this.request = request;
        this.selected = selected;
        this.areas = areas;
        areaOf = ReleaseCube.Indexer(ReportDimension.Area, areas);
        needs = request.Reported;
        areaTotals = new int[areas.Length + 1];
        needing = [.. needs.Select(_ => new int[areas.Length + 1])];
        var needIndex = needs.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        foreach (var record in selected)
        {
            var area = areaOf(record);
            areaTotals[area]++;
            areaTotals[0]++;
            foreach (var need in NeedsOf(record))
            {
                if (needIndex.TryGetValue(need, out var i))
                {
                    needing[i][area]++;
                    needing[i][0]++;
                }
            }
        }
    }

    /// <summary>Per area (1-based): how far the main table may lower the area's total, the cases beyond its largest need.</summary>
    internal int[] MainDecreaseRoom => [.. areaTotals.Select((total, a) => total - needing.Select(n => n[a]).DefaultIfEmpty(0).Max())];

    internal static DemandJoin Prepare(AggregateReporter.Counted counted, DemandRequest request)
    {
        var areaDimension = counted.Request.Table.Dimensions.IndexOf(ReportDimension.Area);
        var areas = areaDimension >= 0
            ? counted.Categories[areaDimension]
            : ReleaseCube.CategoriesOf([ReportDimension.Area], counted.Selected, counted.Request.From, counted.Request.To, counted.Request.Areas.IsEmpty ? null : counted.Request.Areas, counted.Request.Table.Name)[0];
        return new DemandJoin(request, counted.Selected, areas);
    }

    /// <summary>How far a case's referrals for a need went (1-based in <see cref="Outcomes"/>), or 0 when it did not have the need.</summary>
    internal static int OutcomeOf(CaseRecord record, ServiceNeed need)
    {
        var tally = record.Referrals.FirstOrDefault(t => t.Need == need);
        if (tally is null)
        {
            return record.Needs.Contains(need) ? 1 : 0;
        }

        return tally.Met > 0 ? 5 : tally.Accepted > 0 ? 4 : tally.Rejected > 0 ? 3 : tally.Sent > 0 ? 2 : 1;
    }

    internal DemandRelease Publish(DisclosurePolicy policy)
    {
        var k = policy.MinimumCellSize;
        var tables = ImmutableArray.CreateBuilder<ReleaseTable>();
        var rows = ImmutableArray.CreateBuilder<DemandRow>();
        var published = Enumerable.Repeat(true, 1 << Dimensions.Length).ToArray();
        for (var i = 0; i < needs.Length; i++)
        {
            var need = needs[i];
            var cases = selected.Where(r => OutcomeOf(r, need) > 0).ToList();
            var cube = ReleaseCube.Count(Dimensions, [areas, Outcomes], [areaOf, r => OutcomeOf(r, need)], cases);
            cube.LimitAreaTotals(0, [.. areaTotals.Select((total, a) => total - needing[i][a])], null, areaTotals);
            for (var a = 0; a <= areas.Length; a++)
            {
                // The complement: the area's cases without the need (a = 0: the whole release's).
                var without = areaTotals[a] - needing[i][a];
                if (without > 0 && without < k)
                {
                    cube.MarkSensitive(cube.IndexOf(a, 0));
                }
            }

            cube.Protect(policy, published);
            var table = cube.Table(new ReportDefinition($"Cases needing {need.Code} by area × referral-outcome", Dimensions), policy);
            var total = table.Find(ReleaseTable.Total, ReleaseTable.Total)!.Count;
            if (total == 0)
            {
                // Nobody had the need: its row says so, with no wait and no table.
                rows.Add(Row(need, table, null));
                continue;
            }

            tables.Add(table);
            rows.Add(Row(need, table, MedianHours(need, k)));
        }

        return new DemandRelease(tables.ToImmutable(), rows.ToImmutable(), Statement(policy));
    }

    private DemandRow Row(ServiceNeed need, ReleaseTable table, int? medianHours)
    {
        int? Outcome(string outcome) => table.Find(ReleaseTable.Total, outcome)!.Count;
        var coverage = request.Supply?.Needs.FirstOrDefault(c => c.Need == need);
        return new DemandRow(
            need,
            coverage?.ProviderIds.Length,
            coverage?.Capacity.Available,
            coverage?.UncoveredAreas.Length,
            table.Find(ReleaseTable.Total, ReleaseTable.Total)!.Count,
            Outcome("not-referred"),
            Outcome("referred"),
            Outcome("rejected"),
            Outcome("accepted"),
            Outcome("met"),
            medianHours);
    }

    /// <summary>The lower median wait from sending to acceptance, in whole hours, when at least k cases had a referral accepted.</summary>
    private int? MedianHours(ServiceNeed need, int k)
    {
        var waits = request.Referrals
            .Where(r => r.Need == need && r.SentAt is not null)
            .Select(r => (r.ClientKey, Sent: r.SentAt!.Value, Accepted: r.History.FirstOrDefault(e => e.Status == ReferralStatus.Accepted)))
            .Where(x => x.Accepted is not null)
            .Select(x => (x.ClientKey, Hours: (int)Math.Floor((x.Accepted!.At - x.Sent).TotalHours)))
            .ToList();
        if (waits.Select(w => w.ClientKey).Distinct(StringComparer.Ordinal).Count() < k)
        {
            return null;
        }

        var sorted = waits.Select(w => w.Hours).Order().ToList();
        return sorted[(sorted.Count - 1) / 2];
    }

    private static string Statement(DisclosurePolicy policy) => string.Create(CultureInfo.InvariantCulture,
        $"Each need's table counts the cases with that need, by area and by how far their referrals went, under the same policy as the other tables (every published count 0 or at least {policy.MinimumCellSize}, suppressed counts protected by an interval of {policy.ProtectionInterval}). " +
        $"The tables are linked to the other tables through the area totals: a need's count in an area is suppressed when the area's cases without that need would be fewer than {policy.MinimumCellSize}, and no proof of protection moves an area's total beyond what the other tables allow. " +
        $"A need's count can never be more than its area's cases, so its range is required to reach up to that number where the interval would go beyond it. " +
        $"Supply figures count providers and offerings, not people, and are not suppressed. A median wait is shown only where at least {policy.MinimumCellSize} cases had a referral accepted.");

    private static IEnumerable<ServiceNeed> NeedsOf(CaseRecord record) => record.Needs.Concat(record.Referrals.Select(t => t.Need)).Distinct();
}
