using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Reporting;
using Coalition.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Reporting;

/// <summary>The demand-against-supply join: needs by area and referral outcome, linked to the main tables, under the same rules.</summary>
public sealed class DemandJoinTests
{
    private static readonly ReportDefinition AreaByGender = new("Cases by area and gender", [ReportDimension.Area, ReportDimension.Gender]);

    private static readonly string[] Outcomes = ["not-referred", "referred", "rejected", "accepted", "met"];

    private static Arbitrary<(ImmutableArray<CaseRecord> Records, ReleaseRequest Request, DisclosurePolicy Policy)> DemandReleases { get; } =
        (from records in ReportingGenerators.RecordsWithNeedsLists
         from main in Gen.Elements(AreaByGender, new ReportDefinition("Cases by gender", [ReportDimension.Gender]))
         from policy in ReportingGenerators.Policies
         select (records, new ReleaseRequest("Demand", main) { Demand = new DemandRequest { Needs = [.. ReportingGenerators.DemandNeeds] } }, policy)).ToArbitrary();

    /// <summary>How far a case's referrals for a need went, written independently of the library; null without the need.</summary>
    private static string? OutcomeOf(CaseRecord r, ServiceNeed need)
    {
        var tally = r.Referrals.SingleOrDefault(t => t.Need == need);
        if (tally is null)
        {
            return r.Needs.Contains(need) ? "not-referred" : null;
        }

        return tally.Met > 0 ? "met" : tally.Accepted > 0 ? "accepted" : tally.Rejected > 0 ? "rejected" : tally.Sent > 0 ? "referred" : "not-referred";
    }

    private static ServiceNeed NeedOf(ReleaseTable table) => ReportingGenerators.DemandNeeds.Single(n => table.Definition.Name == $"Cases needing {n.Code} by area × referral-outcome");

    private static int TrueDemand(ReleaseTable table, ReleaseCell cell, IEnumerable<CaseRecord> records)
    {
        var need = NeedOf(table);
        return records.Count(r => OutcomeOf(r, need) is { } outcome &&
            (cell.Categories[0] == ReleaseTable.Total || cell.Categories[0] == (r.Area ?? "unknown")) &&
            (cell.Categories[1] == ReleaseTable.Total || cell.Categories[1] == outcome));
    }

    [Fact]
    public void Demand_tables_publish_true_counts_and_nothing_between_zero_and_k() =>
        Properties.ForAll(DemandReleases, x =>
        {
            var demand = AggregateReporter.Publish(x.Records, x.Request, x.Policy).Demand!;
            Assert.Equal(ReportingGenerators.DemandNeeds.Length, demand.Rows.Length);
            foreach (var table in demand.Tables)
            {
                Assert.Equal(["area", "referral-outcome"], table.Definition.Dimensions.Select(Release.Name));
                foreach (var cell in table.Cells)
                {
                    Assert.True(cell.Count is null or 0 || cell.Count >= x.Policy.MinimumCellSize);
                    if (cell.Count is { } published)
                    {
                        Assert.Equal(TrueDemand(table, cell, x.Records), published);
                    }
                }
            }

            // No differencing: a published area total less a published need count there is never 1 to k − 1.
            var main = AggregateReporter.Publish(x.Records, x.Request, x.Policy).Tables[0];
            foreach (var cell in demand.Tables.SelectMany(t => t.Cells).Where(c => c.Categories[1] == ReleaseTable.Total && c.Count is not null))
            {
                var total = cell.Categories[0] == ReleaseTable.Total
                    ? main.Cells[^1].Count
                    : main.Definition.Dimensions.Contains(ReportDimension.Area) ? main.Find(cell.Categories[0], ReleaseTable.Total)?.Count : null;
                Assert.False(total - cell.Count is > 0 and var without && without < x.Policy.MinimumCellSize, $"{cell.Categories[0]}: {total} cases, {cell.Count} with the need");
            }

            foreach (var row in demand.Rows)
            {
                var cases = x.Records.Count(r => OutcomeOf(r, row.Need) is not null);
                Assert.True(row.Cases is null || row.Cases == cases);
                Assert.True(row.Met is null || row.Met == x.Records.Count(r => OutcomeOf(r, row.Need) == "met"));
            }
        });

    [Fact]
    public void Every_sensitive_demand_count_is_protected_against_an_attacker_who_knows_the_published_area_totals() =>
        Properties.ForAll(DemandReleases, x =>
        {
            var release = AggregateReporter.Publish(x.Records, x.Request, x.Policy);
            var k = x.Policy.MinimumCellSize;
            int AreaTotal(string area) => area == ReleaseTable.Total ? x.Records.Length : x.Records.Count(r => (r.Area ?? "unknown") == area);
            var byArea = release.Tables[0].Definition.Dimensions.Contains(ReportDimension.Area) ? release.Tables[0] : null;
            foreach (var table in release.Demand!.Tables)
            {
                // What the main table tells: each published area total (and the grand total) bounds the need's count there.
                var links = new List<Attacker.Link>();
                if (byArea?.Find(ReleaseTable.Total, ReleaseTable.Total) is { Count: { } n })
                {
                    links.Add(new(_ => true, n, AtMost: true));
                }

                foreach (var cell in byArea?.Cells.Where(c => c.Categories[0] != ReleaseTable.Total && c.Categories[1] == ReleaseTable.Total && !c.IsSuppressed) ?? [])
                {
                    links.Add(new(u => u[0] == cell.Categories[0], cell.Count!.Value, AtMost: true));
                }

                // The need's count in an area is sensitive when the area's cases without it are fewer than k.
                bool Complement(ReleaseTable t, ReleaseCell c)
                {
                    if (c.Categories[1] != ReleaseTable.Total)
                    {
                        return false;
                    }

                    var without = AreaTotal(c.Categories[0]) - TrueDemand(t, c, x.Records);
                    return without > 0 && without < k;
                }

                Attacker.AssertProtected(
                    [ReportDimension.Area, ReportDimension.ReferralOutcome],
                    [table],
                    (_, cell) => TrueDemand(table, cell, x.Records),
                    x.Policy,
                    links,
                    Complement,
                    (_, cell) => AreaTotal(cell.Categories[0]));
            }
        });

    [Fact]
    public void The_main_table_stays_protected_against_an_attacker_who_knows_the_published_need_counts() =>
        Properties.ForAll(DemandReleases.Generator.Where(x => x.Request.Table == AreaByGender).ToArbitrary(), x =>
        {
            var release = AggregateReporter.Publish(x.Records, x.Request, x.Policy);

            // What the demand tables tell: an area holds at least each published count of cases with a need there.
            var links = release.Demand!.Tables.SelectMany(t => t.Cells.Where(c => c.Categories[1] == ReleaseTable.Total && c.Categories[0] != ReleaseTable.Total && c.Count > 0))
                .Select(c => new Attacker.Link(u => u[0] == c.Categories[0], c.Count!.Value, AtMost: false))
                .ToList();
            Attacker.AssertProtected(x.Records, x.Request, x.Policy, release, links);
        });

    [Fact]
    public void A_need_almost_every_case_in_an_area_has_is_suppressed_so_that_the_few_without_it_are_not_disclosed()
    {
        // 40 cases in the north, 38 of them needing emergency housing; 30 in the south, 12 needing it.
        var records = Enumerable.Range(0, 70).Select(i => new CaseRecord($"case-{i:D3}", new YearQuarter(2026, 2))
        {
            Area = i < 40 ? "north" : "south",
            Gender = i % 2 == 0 ? ReportGender.Female : ReportGender.Male,
            Needs = (i < 38 || (i >= 40 && i < 52)) ? [ServiceNeeds.HousingEmergency] : [],
            Referrals = i < 30 ? [new ReferralTally(ServiceNeeds.HousingEmergency, 1, 1, 0, 1)] : [],
        }).ToList();
        var policy = DisclosurePolicy.Default with { SensitiveZeroDimensions = [] };
        var request = new ReleaseRequest("Annual report", AreaByGender) { Demand = new DemandRequest { Needs = [ServiceNeeds.HousingEmergency] } };
        var release = AggregateReporter.Publish(records, request, policy);
        Assert.Equal(40, release.Tables[0].Find("north", ReleaseTable.Total)!.Count);
        var housing = release.Demand!.Tables.Single();
        Assert.True(housing.Find("north", ReleaseTable.Total)!.IsSuppressed);
        Assert.Equal(50, housing.Find(ReleaseTable.Total, ReleaseTable.Total)!.Count);
        Assert.Contains("fewer than 11", release.Demand.Protection, StringComparison.Ordinal);
        Assert.Contains("## Demand against supply", release.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("Cases needing housing.emergency by area × referral-outcome,north,,,,,,,,not-referred,", release.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_join_the_supply_and_show_a_median_wait_only_for_k_cases_or_more()
    {
        var network = Referrals.SampleData.Network;
        var scope = new Coalition.Domain.Referrals.NeedsAssessment.NetworkAssessmentScope(["north", "south"], "America/Chicago", new NodaTime.LocalDate(2026, 11, 16));
        var supply = Coalition.Domain.Referrals.NeedsAssessment.NetworkNeedsAssessment.Assess(network, scope);
        var start = NodaTime.Instant.FromUtc(2026, 5, 4, 9, 0);
        var referrals = Enumerable.Range(0, 12).Select(i => AcceptedAfter($"client-{i:D2}", ServiceNeeds.HousingEmergency, start, NodaTime.Duration.FromHours(i + 1))).ToImmutableArray();
        var records = Enumerable.Range(0, 40).Select(i => new CaseRecord($"case-{i:D3}", new YearQuarter(2026, 2)) { Area = "north", Needs = [ServiceNeeds.HousingEmergency] }).ToList();
        var demand = new DemandRequest { Needs = [ServiceNeeds.HousingEmergency, ServiceNeeds.Food], Supply = supply, Referrals = referrals };
        var row = AggregateReporter.Publish(records, new ReleaseRequest("Demand", AreaByGender) { Demand = demand }).Demand!.Rows.Single(r => r.Need == ServiceNeeds.HousingEmergency);
        var coverage = supply.Needs.Single(c => c.Need == ServiceNeeds.HousingEmergency);
        Assert.Equal(coverage.ProviderIds.Length, row.Providers);
        Assert.Equal(coverage.Capacity.Available, row.OfferingsWithPlaces);
        Assert.Equal(40, row.Cases);
        Assert.Equal(6, row.MedianHoursToAcceptance);
        var food = AggregateReporter.Publish(records, new ReleaseRequest("Demand", AreaByGender) { Demand = demand }).Demand!.Rows.Single(r => r.Need == ServiceNeeds.Food);
        Assert.Equal(0, food.Cases);
        Assert.Null(food.MedianHoursToAcceptance);

        // Eleven cases with an accepted referral is fewer than k = 12: no median.
        var strict = DisclosurePolicy.Default with { MinimumCellSize = 13 };
        Assert.Null(AggregateReporter.Publish(records, new ReleaseRequest("Demand", AreaByGender) { Demand = demand }, strict with { MaxShareAtRisk = 1 }).Demand!.Rows.Single(r => r.Need == ServiceNeeds.HousingEmergency).MedianHoursToAcceptance);
    }

    /// <summary>An invented self-referral accepted after <paramref name="wait"/>.</summary>
    private static Coalition.Domain.Referrals.Lifecycle.Referral AcceptedAfter(string client, ServiceNeed need, NodaTime.Instant sent, NodaTime.Duration wait) =>
        Coalition.Domain.Referrals.Lifecycle.Referral.SelfReferral($"referral-{client}", client, need, Coalition.Domain.Referrals.Clients.NeedUrgency.Immediate, "shelter", "beds", "case-manager", sent).Accept(sent + wait);

    [Fact]
    public void Demand_releases_are_deterministic_independent_of_record_order_and_round_trip_through_json() =>
        Properties.ForAll(DemandReleases, x =>
        {
            var one = AggregateReporter.Publish(x.Records, x.Request, x.Policy);
            var two = AggregateReporter.Publish([.. x.Records.Reverse()], x.Request, x.Policy);
            Assert.Equal(one, two);
            Assert.Equal(one.GetHashCode(), two.GetHashCode());
            Assert.Equal(one, JsonSerializer.Deserialize(JsonSerializer.Serialize(one, CoalitionJsonContext.Default.Release), CoalitionJsonContext.Default.Release));
            Assert.Equal(x.Request, JsonSerializer.Deserialize(JsonSerializer.Serialize(x.Request, CoalitionJsonContext.Default.ReleaseRequest), CoalitionJsonContext.Default.ReleaseRequest));
        });

    [Fact]
    public void The_coalition_report_carries_the_protected_release_and_hides_small_referral_counts()
    {
        var profile = Coalitions.CoalitionGenerators.Profiles.Sample(1, 1)[0];
        var scope = new Coalition.Domain.Referrals.NeedsAssessment.NetworkAssessmentScope(["north"], "America/Chicago", new NodaTime.LocalDate(2026, 11, 16));
        var network = Coalition.Domain.Referrals.NeedsAssessment.NetworkNeedsAssessment.Assess(Referrals.SampleData.Network, scope) with
        {
            DemandAgainstSupply = [new Coalition.Domain.Referrals.NeedsAssessment.NeedDemand(ServiceNeeds.HousingEmergency, 3, 1, 40, 3, 12, 2, 25, 30)],
        };
        var records = ReportingGenerators.RecordsWithNeedsLists.Where(r => r.Length > 100).Sample(1, 1)[0];
        var release = AggregateReporter.Publish(records, new ReleaseRequest("Cases 2026", new ReportDefinition("Cases by gender", [ReportDimension.Gender])) { Demand = new DemandRequest { Needs = [.. ReportingGenerators.DemandNeeds] } }, ReportingGenerators.NeverRefused);
        var report = new Coalition.Domain.Coalitions.CoalitionReport(Coalition.Domain.Coalitions.CoalitionHealthCheck.Assess(profile), network) { Cases = release };
        var markdown = report.ToMarkdown();
        Assert.Contains("# Cases (de-identified aggregates)", markdown, StringComparison.Ordinal);
        Assert.Contains("## Demand against supply\n", markdown, StringComparison.Ordinal);
        Assert.True(markdown.Contains("| housing.emergency | 3 | 1 | 40 | s | 12 | s | 25 of 30 (83 %) |", StringComparison.Ordinal), markdown[markdown.IndexOf("(referral outcomes)", StringComparison.Ordinal)..][..600]);
        Assert.Equal(report, JsonSerializer.Deserialize(JsonSerializer.Serialize(report, CoalitionJsonContext.Default.CoalitionReport), CoalitionJsonContext.Default.CoalitionReport));
    }

    [Fact]
    public void The_referral_outcome_is_a_dimension_of_demand_tables_only() =>
        Assert.Equal("table", Assert.Throws<ArgumentException>(() => new ReleaseRequest("x", new ReportDefinition("t", [ReportDimension.ReferralOutcome]))).ParamName);
}
