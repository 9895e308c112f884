using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Reporting;
using Coalition.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Reporting;

/// <summary>Combinations up to a length (after CTDC), the re-identification risk and the refusal of a risky release.</summary>
public sealed class CombinationTests
{
    private static readonly ReportDefinition AreaGenderAge = new("Cases", [ReportDimension.Area, ReportDimension.Gender, ReportDimension.AgeBand]);

    private static Arbitrary<(ImmutableArray<CaseRecord> Records, ReleaseRequest Request, DisclosurePolicy Policy)> CombinationReleases { get; } =
        (from records in ReportingGenerators.RecordLists
         from order in Gen.Shuffle(new[] { ReportDimension.Area, ReportDimension.Gender, ReportDimension.AgeBand })
         from length in Gen.Choose(1, 2)
         from policy in ReportingGenerators.Policies
         select (records, new ReleaseRequest("Combinations", new ReportDefinition("Cases", [.. order])) { CombinationLength = length }, policy)).ToArbitrary();

    [Fact]
    public void A_combination_release_publishes_every_crossing_up_to_the_length_and_nothing_longer()
    {
        var records = ReportingGenerators.RecordLists.Sample(1, 1)[0];
        var release = AggregateReporter.Publish(records, new ReleaseRequest("Combinations", AreaGenderAge) { CombinationLength = 2 }, ReportingGenerators.NeverRefused);
        Assert.Equal(
            ["Cases by area", "Cases by gender", "Cases by age-band", "Cases by area × gender", "Cases by area × age-band", "Cases by gender × age-band"],
            release.Tables.Select(t => t.Definition.Name));
        Assert.DoesNotContain(release.Tables, t => t.Definition.Dimensions.Length > 2);
        Assert.Contains("Every combination of up to 2 of the attributes area × gender × age-band is published, and no longer combination is.", release.Protection, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReleaseRequest("x", AreaGenderAge) { CombinationLength = 4 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReleaseRequest("x", AreaGenderAge) { CombinationLength = 0 });
        var reversed = Assert.Throws<ArgumentException>(() => new ReleaseRequest("x", AreaGenderAge) { From = new YearQuarter(2026, 3), To = new YearQuarter(2026, 2) });
        Assert.Equal("To", reversed.ParamName);
        Assert.Equal("From", Assert.Throws<ArgumentException>(() => new ReleaseRequest("x", AreaGenderAge) { To = new YearQuarter(2026, 2), From = new YearQuarter(2026, 3) }).ParamName);
    }

    [Fact]
    public void Combination_releases_keep_the_minimum_cell_size_and_the_true_counts() =>
        Properties.ForAll(CombinationReleases, x =>
        {
            var release = AggregateReporter.Publish(x.Records, x.Request, x.Policy);
            foreach (var table in release.Tables)
            {
                foreach (var cell in table.Cells)
                {
                    Assert.True(cell.Count is null or 0 || cell.Count >= x.Policy.MinimumCellSize);
                    if (cell.Count is { } published)
                    {
                        Assert.Equal(Attacker.TrueCount(table.Definition, cell, x.Records), published);
                    }
                }
            }
        });

    [Fact]
    public void Every_small_or_sensitive_suppressed_count_of_a_combination_release_is_protected_against_linear_programming() =>
        Properties.ForAll(CombinationReleases, x => Attacker.AssertProtected(x.Records, x.Request, x.Policy, AggregateReporter.Publish(x.Records, x.Request, x.Policy)));

    [Fact]
    public void The_risk_equals_a_naive_count_over_the_published_crossings() =>
        Properties.ForAll(CombinationReleases, x =>
        {
            var risk = AggregateReporter.AssessRisk(x.Records, x.Request, x.Policy);
            var k = x.Policy.MinimumCellSize;
            var crossings = PublishedCrossings(x.Request);
            string Key(CaseRecord r, ImmutableArray<ReportDimension> crossing) => string.Join("|", crossing.Select(d => Attacker.CategoryOf(d, r)));
            var sizes = crossings.Select(c => x.Records.GroupBy(r => Key(r, c)).ToDictionary(g => g.Key, g => g.Count())).ToList();
            Assert.Equal(x.Records.Length, risk.Cases);
            Assert.Equal(x.Records.Count(r => crossings.Where((c, i) => sizes[i][Key(r, c)] < k).Any()), risk.CasesAtRisk);
            Assert.Equal(crossings.Count, risk.Crossings.Length);
            for (var i = 0; i < crossings.Count; i++)
            {
                Assert.Equal(crossings[i].ToArray(), risk.Crossings[i].Dimensions.ToArray());
                Assert.Equal(sizes[i].Values.Where(n => n < k).Sum(), risk.Crossings[i].CasesAtRisk);
                Assert.Equal(sizes[i].Values.Count(n => n == 1), risk.Crossings[i].Uniques);
            }
        });

    [Fact]
    public void Adding_a_case_never_puts_a_case_already_counted_at_risk() =>
        Properties.ForAll(
            (from records in ReportingGenerators.RecordLists
             from extra in ReportingGenerators.Records()
             from length in Gen.Choose(1, 3)
             select (records, extra, length)).ToArbitrary(),
            x =>
            {
                // Every combination's count only grows, so only the new case can join the cases at risk.
                var request = new ReleaseRequest("Risk", AreaGenderAge) { CombinationLength = x.length };
                var before = AggregateReporter.AssessRisk(x.records, request);
                var after = AggregateReporter.AssessRisk(x.records.Add(x.extra), request);
                Assert.True(after.CasesAtRisk <= before.CasesAtRisk + 1, $"{before.CasesAtRisk} -> {after.CasesAtRisk}");
                for (var i = 0; i < before.Crossings.Length; i++)
                {
                    Assert.True(after.Crossings[i].Uniques <= before.Crossings[i].Uniques + 1);
                }
            });

    [Fact]
    public void A_release_with_too_many_cases_in_small_combinations_is_refused_naming_attributes_only()
    {
        // 40 invented cases spread over area × gender × age band: most are in combinations of fewer than 11.
        var records = ReportingGenerators.RecordLists.Where(r => r.Length >= 40).Sample(1, 1)[0];
        var request = new ReleaseRequest("Too fine", AreaGenderAge);
        var risk = AggregateReporter.AssessRisk(records, request);
        Assert.True(risk.ShareAtRisk > DisclosurePolicy.Default.MaxShareAtRisk);
        var refused = Assert.Throws<ReleaseRefusedException>(() => AggregateReporter.Publish(records, request));
        Assert.Equal(ReleaseRefusal.ReidentificationRisk, refused.Reason);
        Assert.Equal(risk, refused.Risk);
        Assert.Contains("area × gender × age-band", refused.Message, StringComparison.Ordinal);
        Assert.Contains("area × gender × age-band", refused.Crossings);
        foreach (var value in records.SelectMany(r => AreaGenderAge.Dimensions.Select(d => Attacker.CategoryOf(d, r))).Distinct())
        {
            Assert.DoesNotContain(value, refused.Message, StringComparison.Ordinal);
        }

        // The same records in one short combination at a time pass, and the release says what the risk was.
        var coarse = AggregateReporter.Publish(records, new ReleaseRequest("Coarse", AreaGenderAge) { CombinationLength = 1 }, DisclosurePolicy.Default with { MaxShareAtRisk = 1 });
        Assert.NotNull(coarse.Risk);
        Assert.Contains("Before suppression", coarse.Protection, StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_and_risks_round_trip_through_json_and_compare_by_value() =>
        Properties.ForAll(CombinationReleases, x =>
        {
            var copy = JsonSerializer.Deserialize(JsonSerializer.Serialize(x.Request, CoalitionJsonContext.Default.ReleaseRequest), CoalitionJsonContext.Default.ReleaseRequest);
            Assert.Equal(x.Request, copy);
            Assert.Equal(x.Request.GetHashCode(), copy!.GetHashCode());
            var risk = AggregateReporter.AssessRisk(x.Records, x.Request, x.Policy);
            Assert.Equal(risk, JsonSerializer.Deserialize(JsonSerializer.Serialize(risk, CoalitionJsonContext.Default.ReidentificationRisk), CoalitionJsonContext.Default.ReidentificationRisk));
            Assert.Equal(risk, AggregateReporter.AssessRisk([.. x.Records.Reverse()], x.Request, x.Policy));
        });

    /// <summary>The published crossings of a request, in the order the risk lists them (shortest first, then by mask).</summary>
    private static List<ImmutableArray<ReportDimension>> PublishedCrossings(ReleaseRequest request)
    {
        var dims = request.Table.Dimensions;
        var length = request.CombinationLength ?? dims.Length;
        return [.. Enumerable.Range(1, (1 << dims.Length) - 1)
            .Where(m => System.Numerics.BitOperations.PopCount((uint)m) <= length)
            .OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m)
            .Select(m => dims.Where((_, i) => (m & (1 << i)) != 0).ToImmutableArray())];
    }
}
