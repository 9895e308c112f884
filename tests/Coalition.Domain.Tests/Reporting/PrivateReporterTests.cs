using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Coalition.Domain.Reporting;
using Coalition.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Reporting;

/// <summary>Differentially private releases and the privacy ledger.</summary>
public sealed class PrivateReporterTests
{
    private static readonly Instant At = Instant.FromUtc(2027, 1, 15, 12, 0);

    private static readonly ReportDefinition AreaByGender = new("Cases by area and gender", [ReportDimension.Area, ReportDimension.Gender]);

    private static ReleaseRequest Request(ReportDefinition table) => new("Private", table) { Areas = [.. ReportingGenerators.Areas] };

    private static Arbitrary<(ImmutableArray<CaseRecord> Records, ReleaseRequest Request, int Seed)> PrivateReleases { get; } =
        (from records in ReportingGenerators.RecordLists
         from definition in ReportingGenerators.Definitions
         from length in Gen.Elements<int?>(null, 1, 2)
         from seed in Gen.Choose(0, int.MaxValue)
         select (records, Request(definition) with { CombinationLength = length is { } l && l <= definition.Dimensions.Length ? l : null }, seed)).ToArbitrary();

    [Fact]
    public void Private_tables_add_up_never_go_negative_and_agree_with_each_other() =>
        Properties.ForAll(PrivateReleases, x =>
        {
            var release = PrivateReporter.Publish(x.Records, x.Request, new PrivacyLedger("cases", 10), 0.5m, At, new Random(x.Seed)).Release;
            Assert.All(release.Tables.SelectMany(t => t.Cells), c => Assert.True(c.Count >= 0));
            foreach (var table in release.Tables)
            {
                // Every margin is the sum of the cells it holds.
                var interior = table.Cells.Where(c => !c.Categories.Contains(ReleaseTable.Total)).ToList();
                foreach (var margin in table.Cells.Where(c => c.Categories.Contains(ReleaseTable.Total)))
                {
                    var inside = interior.Where(c => c.Categories.Select((k, i) => margin.Categories[i] == ReleaseTable.Total || margin.Categories[i] == k).All(b => b));
                    Assert.Equal(inside.Sum(c => c.Count!.Value), margin.Count!.Value);
                }
            }

            // One noisy histogram behind every table: all grand totals agree.
            Assert.Single(release.Tables.Select(t => t.Cells[^1].Count).Distinct());
            Assert.Equal(0.5m, release.Epsilon);
            Assert.Null(release.Risk);
        });

    [Fact]
    public void The_same_source_of_randomness_gives_the_same_release_whatever_the_order_of_the_records() =>
        Properties.ForAll(PrivateReleases, x =>
        {
            var one = PrivateReporter.Publish(x.Records, x.Request, new PrivacyLedger("cases", 10), 1m, At, new Random(x.Seed));
            var two = PrivateReporter.Publish([.. x.Records.Reverse()], x.Request, new PrivacyLedger("cases", 10), 1m, At, new Random(x.Seed));
            Assert.Equal(one, two);
            Assert.Equal(one.GetHashCode(), two.GetHashCode());
            Assert.Equal(one, JsonSerializer.Deserialize(JsonSerializer.Serialize(one, CoalitionJsonContext.Default.PrivateRelease), CoalitionJsonContext.Default.PrivateRelease));
        });

    [Fact]
    public void The_noise_is_two_sided_geometric_with_the_variance_epsilon_gives()
    {
        // 200,000 seeded draws at ε = 1: mean 0, variance 2α/(1 − α)², P(0) = (1 − α)/(1 + α).
        var alpha = Math.Exp(-1);
        var random = new Random(7);
        var draws = Enumerable.Range(0, 200_000).Select(_ => PrivateReporter.TwoSidedGeometric(random, alpha)).ToArray();
        var mean = draws.Average();
        var variance = draws.Average(d => (d - mean) * (d - mean));
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(variance, 0.97 * 2 * alpha / ((1 - alpha) * (1 - alpha)), 1.03 * 2 * alpha / ((1 - alpha) * (1 - alpha)));
        Assert.InRange(draws.Count(d => d == 0) / 200_000.0, ((1 - alpha) / (1 + alpha)) - 0.005, ((1 - alpha) / (1 + alpha)) + 0.005);
    }

    [Fact]
    public void Noise_changes_the_counts_and_a_smaller_epsilon_changes_them_more()
    {
        var records = ReportingGenerators.RecordLists.Where(r => r.Length > 60).Sample(1, 1)[0];
        var exact = AggregateReporter.Publish(records, Request(AreaByGender), DisclosurePolicy.Default with { MinimumCellSize = 2, SensitiveZeroDimensions = [], MaxShareAtRisk = 1 })
            .Tables[0].Cells.Select(c => c.Count).ToArray();
        double Error(decimal epsilon) => Enumerable.Range(0, 20).Average(seed =>
            PrivateReporter.Publish(records, Request(AreaByGender), new PrivacyLedger("cases", 100), epsilon, At, new Random(seed)).Release.Tables[0].Cells
                .Select((c, i) => Math.Abs(c.Count!.Value - (exact[i] ?? c.Count!.Value))).Average());
        Assert.True(Error(2m) > 0);
        Assert.True(Error(0.1m) > Error(2m));
    }

    [Fact]
    public void The_ledger_never_spends_more_than_its_budget_whatever_the_order_of_the_releases() =>
        Properties.ForAll(
            (from budget in Gen.Choose(1, 40).Select(b => b / 10m)
             from asks in Gen.ListOf(Gen.Choose(1, 20).Select(e => e / 10m))
             from order in Gen.Shuffle(asks.ToArray())
             select (budget, asks: order)).ToArbitrary(),
            x =>
            {
                var ledger = new PrivacyLedger("cases", x.budget);
                foreach (var (epsilon, i) in x.asks.Select((e, i) => (e, i)))
                {
                    var fits = epsilon <= ledger.Remaining;
                    Assert.Equal(fits, ledger.CanSpend(epsilon));
                    if (fits)
                    {
                        ledger = ledger.Spend($"release-{i}", epsilon, At);
                    }
                    else
                    {
                        var before = ledger;
                        var refused = Assert.Throws<ReleaseRefusedException>(() => ledger.Spend($"release-{i}", epsilon, At));
                        Assert.Equal(ReleaseRefusal.PrivacyBudget, refused.Reason);
                        Assert.Equal(before, ledger);
                    }

                    Assert.True(ledger.Spent <= ledger.Budget);
                    Assert.Equal(ledger.Entries.Sum(e => e.Epsilon), ledger.Spent);
                }

                Assert.Equal(ledger, JsonSerializer.Deserialize(JsonSerializer.Serialize(ledger, CoalitionJsonContext.Default.PrivacyLedger), CoalitionJsonContext.Default.PrivacyLedger));
            });

    [Fact]
    public void A_release_over_the_budget_is_refused_draws_no_noise_and_leaves_the_ledger_unchanged()
    {
        var records = ReportingGenerators.RecordLists.Sample(1, 1)[0];
        var ledger = new PrivacyLedger("cases", 1m).Spend("first", 0.75m, At);
        var random = new Random(3);
        var refused = Assert.Throws<ReleaseRefusedException>(() => PrivateReporter.Publish(records, Request(AreaByGender), ledger, 0.5m, At, random));
        Assert.Equal(ReleaseRefusal.PrivacyBudget, refused.Reason);
        Assert.Contains("0.25 of its budget of 1 left", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new Random(3).Next(), random.Next());
        Assert.Equal(0.75m, ledger.Spent);

        var spent = PrivateReporter.Publish(records, Request(AreaByGender), ledger, 0.25m, At, random);
        Assert.Equal(1m, spent.Ledger.Spent);
        Assert.Equal(["first", "Private"], spent.Ledger.Entries.Select(e => e.Release));
        Assert.Contains("This release spent ε = 0.25 of the budget of 1 for these records; 0 is left.", spent.Release.Protection, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_release_needs_its_areas_listed_and_a_period_to_cross_quarters()
    {
        var records = ReportingGenerators.RecordLists.Sample(1, 1)[0];
        var ledger = new PrivacyLedger("cases", 1m);
        var unlisted = Assert.Throws<ArgumentException>(() => PrivateReporter.Publish(records, new ReleaseRequest("x", AreaByGender), ledger, 0.1m, At, new Random(1)));
        Assert.Equal("request", unlisted.ParamName);
        Assert.Throws<ArgumentException>(() => PrivateReporter.Publish(records, new ReleaseRequest("x", new ReportDefinition("q", [ReportDimension.Quarter])), ledger, 0.1m, At, new Random(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrivateReporter.Publish(records, Request(AreaByGender), ledger, 0m, At, new Random(1)));

        // Areas come from the request only: an area no record has is still listed, and an unlisted one counts as unknown.
        var release = PrivateReporter.Publish(records.Add(new CaseRecord("case-x", new YearQuarter(2026, 1)) { Area = "elsewhere" }), Request(AreaByGender) with { Areas = ["north", "west"] }, ledger, 0.5m, At, new Random(1)).Release;
        Assert.Equal(["north", "unknown", "west", "total"], release.Tables[0].Cells.Select(c => c.Categories[0]).Distinct());
    }

    [Fact]
    public void Untrusted_ledger_json_that_overspends_or_is_malformed_is_a_json_exception()
    {
        var overspent = """{"dataset":"cases","budget":1,"entries":[{"release":"a","epsilon":0.75,"at":"2027-01-15T12:00:00Z"},{"release":"b","epsilon":0.5,"at":"2027-01-16T12:00:00Z"}]}""";
        var error = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(Encoding.UTF8.GetBytes(overspent), CoalitionJsonContext.Default.PrivacyLedger));
        Assert.Contains("above the budget", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize("""{"dataset":"cases","budget":-1}"""u8, CoalitionJsonContext.Default.PrivacyLedger));
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize("""{"dataset":"cases","budget":1,"entries":[{"release":"a","epsilon":0,"at":"2027-01-15T12:00:00Z"}]}"""u8, CoalitionJsonContext.Default.PrivacyLedger));
    }

    [Fact]
    public void The_cryptographic_source_stays_in_range()
    {
        var random = new CryptographicRandom();
        var doubles = Enumerable.Range(0, 1000).Select(_ => random.NextDouble()).ToArray();
        Assert.All(doubles, d => Assert.InRange(d, 0, 0.9999999999999999));
        Assert.True(doubles.Distinct().Count() > 990);
        Assert.All(Enumerable.Range(0, 1000).Select(_ => random.Next(3, 7)), n => Assert.InRange(n, 3, 6));
        Assert.Equal(0, random.Next(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => random.Next(-1));
    }
}
