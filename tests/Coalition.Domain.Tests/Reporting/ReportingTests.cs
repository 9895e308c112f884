using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Protections;
using Coalition.Domain.Reporting;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Serialization;
using Coalition.Domain.Typology;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Reporting;

/// <summary>The laws of aggregate releases: minimum cell size, protection intervals, consistency, determinism, no identity.</summary>
public sealed class ReportingTests
{
    private static readonly ReportDefinition AreaByGender = new("Cases by area and gender", [ReportDimension.Area, ReportDimension.Gender]);

    private static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The category of a record in a dimension, written independently of the library.</summary>
    private static string CategoryOf(ReportDimension dimension, CaseRecord r) => dimension switch
    {
        ReportDimension.Area => r.Area ?? "unknown",
        ReportDimension.Gender => Kebab(r.Gender),
        ReportDimension.AgeBand => Kebab(r.AgeBand),
        ReportDimension.ExploitationType => r.ExploitationTypes.Length == 0 ? "unknown" : r.ExploitationTypes.Length > 1 ? "multiple" : Kebab(r.ExploitationTypes[0]),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>The true count of a published cell, by naive LINQ over the records.</summary>
    private static int TrueCount(ReportDefinition definition, ReleaseCell cell, IEnumerable<CaseRecord> records) =>
        records.Count(r => definition.Dimensions.Select((d, i) => cell.Categories[i] == ReleaseTable.Total || cell.Categories[i] == CategoryOf(d, r)).All(x => x));

    private static Arbitrary<(ImmutableArray<CaseRecord> Records, ReportDefinition Definition, DisclosurePolicy Policy)> Releases(int maxDimensions) =>
        (from records in ReportingGenerators.RecordLists
         from definition in ReportingGenerators.Definitions.Where(d => d.Dimensions.Length <= maxDimensions)
         from policy in ReportingGenerators.Policies
         select (records, definition, policy)).ToArbitrary();

    [Fact]
    public void No_published_count_or_margin_lies_strictly_between_zero_and_k() =>
        Properties.ForAll(Releases(3), x =>
        {
            var release = AggregateReporter.Publish("Test", x.Records, x.Definition, policy: x.Policy);
            Assert.All(release.Tables.SelectMany(t => t.Cells), c => Assert.True(c.Count is null or 0 || c.Count >= x.Policy.MinimumCellSize, $"{string.Join("/", c.Categories)} = {c.Count}"));
        });

    [Fact]
    public void Published_counts_equal_the_true_counts_and_suppressed_ones_are_markers_never_numbers() =>
        Properties.ForAll(Releases(3), x =>
        {
            var release = AggregateReporter.Publish("Test", x.Records, x.Definition, policy: x.Policy);
            var table = release.Tables[0];
            foreach (var cell in table.Cells)
            {
                var truth = TrueCount(x.Definition, cell, x.Records);
                if (cell.Count is { } published)
                {
                    Assert.Equal(truth, published);
                }
                else if (truth == 0)
                {
                    // A suppressed zero is a sensitive zero or a complementary suppression.
                    Assert.True(cell.IsSuppressed);
                }
            }

            Assert.DoesNotContain(release.ToMarkdown().Split('\n'), line => line.Contains("| s |", StringComparison.Ordinal) && line.Contains("null", StringComparison.Ordinal));
        });

    [Fact]
    public void Every_small_or_sensitive_suppressed_count_is_protected_against_linear_programming_on_the_published_table() =>
        Properties.ForAll(Releases(2), AssertEverySensitiveCountIsProtected);

    [Fact]
    public void Every_small_or_sensitive_suppressed_count_of_a_three_way_table_is_protected_against_linear_programming() =>
        Properties.ForAll(
            (from records in ReportingGenerators.RecordLists
             from order in Gen.Shuffle(new[] { ReportDimension.Area, ReportDimension.Gender, ReportDimension.AgeBand })
             from policy in ReportingGenerators.Policies
             select (records, new ReportDefinition("Cases", [.. order]), policy)).ToArbitrary(),
            AssertEverySensitiveCountIsProtected);

    /// <summary>
    /// The attacker, written independently of the library: the suppressed interior cells are unknown, x ≥ 0, and every
    /// published margin fixes a sum; linear programming bounds each small or sensitive suppressed count.
    /// </summary>
    private static void AssertEverySensitiveCountIsProtected((ImmutableArray<CaseRecord> Records, ReportDefinition Definition, DisclosurePolicy Policy) x)
    {
            var release = AggregateReporter.Publish("Test", x.Records, x.Definition, policy: x.Policy);
            var table = release.Tables[0];
            var dims = x.Definition.Dimensions.Length;
            bool IsInterior(ReleaseCell c) => c.Categories.All(k => k != ReleaseTable.Total);
            bool Inside(ReleaseCell outer, ReleaseCell inner) => outer.Categories.Select((k, i) => k == ReleaseTable.Total || k == inner.Categories[i]).All(b => b);

            // The attacker: the suppressed interior cells are unknown, x ≥ 0, and every published margin fixes a sum.
            var unknowns = table.Cells.Where(c => IsInterior(c) && c.IsSuppressed).ToList();
            var margins = table.Cells.Where(c => !IsInterior(c) && !c.IsSuppressed).ToList();
            var a = margins.Select(m => unknowns.Select(u => Inside(m, u) ? 1.0 : 0.0).ToArray()).ToArray();
            var b = margins.Select(m => (double)(m.Count!.Value - table.Cells.Where(c => IsInterior(c) && !c.IsSuppressed && Inside(m, c)).Sum(c => c.Count!.Value))).ToArray();
            var sensitiveZeros = x.Definition.Dimensions.Select(d => x.Policy.SensitiveZeroDimensions.Contains(d)).ToArray();
            foreach (var cell in table.Cells.Where(c => c.IsSuppressed))
            {
                var truth = TrueCount(x.Definition, cell, x.Records);
                // A zero is sensitive when it fixes a sensitive dimension whose group (that dimension totalled) is known to hold someone.
                var knownToHoldSomeone = Math.Min(x.Policy.MinimumCellSize, x.Policy.ProtectionInterval + 1);
                var isSensitive = (truth > 0 && truth < x.Policy.MinimumCellSize) ||
                    (truth == 0 && cell.Categories.Select((k, i) => (k, i)).Any(c => c.k != ReleaseTable.Total && sensitiveZeros[c.i] &&
                        TrueCount(x.Definition, new ReleaseCell(cell.Categories.SetItem(c.i, ReleaseTable.Total), null), x.Records) >= knownToHoldSomeone));
                if (!table.Cells.Any(c => IsInterior(c) && Inside(cell, c)))
                {
                    // A dimension with no categories (no records, no areas): the count is zero by construction and counts no one.
                    Assert.Equal(0, truth);
                    continue;
                }

                if (!isSensitive)
                {
                    // Suppressed only to protect others: at least k people, or an insensitive zero.
                    Assert.True(truth == 0 || truth >= x.Policy.MinimumCellSize);
                    continue;
                }

                var known = table.Cells.Where(c => IsInterior(c) && !c.IsSuppressed && Inside(cell, c)).Sum(c => c.Count!.Value);
                var objective = unknowns.Select(u => Inside(cell, u) ? 1.0 : 0.0).ToArray();
                var low = LinearProgram.Minimize(a, b, objective);
                var high = LinearProgram.Maximize(a, b, objective);
                Assert.Equal(LinearProgram.Outcome.Optimal, low.Outcome);
                Assert.True(known + low.Value <= Math.Max(0, truth - x.Policy.ProtectionInterval) + 1e-6, $"{string.Join("/", cell.Categories)}: low {known + low.Value}, true {truth}");
                Assert.True(high.Outcome == LinearProgram.Outcome.Unbounded || known + high.Value >= truth + x.Policy.ProtectionInterval - 1e-6, $"{string.Join("/", cell.Categories)}: high {known + high.Value}, true {truth}");
            }

            Assert.Equal(dims, table.Cells[0].Categories.Length);
    }

    [Fact]
    public void The_release_is_deterministic_and_independent_of_record_order() =>
        Properties.ForAll(
            (from records in ReportingGenerators.RecordLists
             from shuffled in Gen.Shuffle(records.ToArray())
             from definition in ReportingGenerators.Definitions
             select (records, shuffled, definition)).ToArbitrary(),
            x =>
            {
                var one = AggregateReporter.Publish("Test", x.records, x.definition);
                Assert.Equal(one, AggregateReporter.Publish("Test", x.shuffled, x.definition));
                Assert.Equal(one.GetHashCode(), AggregateReporter.Publish("Test", x.shuffled, x.definition).GetHashCode());
                Assert.Equal(one, JsonSerializer.Deserialize(JsonSerializer.Serialize(one, CoalitionJsonContext.Default.Release), CoalitionJsonContext.Default.Release));
            });

    [Fact]
    public void Rounding_publishes_multiples_of_the_base_of_the_true_counts() =>
        Properties.ForAll(ReportingGenerators.RecordLists.ToArbitrary(), records =>
        {
            var policy = DisclosurePolicy.Default with { MinimumCellSize = 3, RoundingBase = 5 };
            var release = AggregateReporter.Publish("Test", records, AreaByGender, policy: policy);
            foreach (var cell in release.Tables[0].Cells.Where(c => !c.IsSuppressed))
            {
                var truth = TrueCount(AreaByGender, cell, records);
                Assert.Equal(0, cell.Count!.Value % 5);
                Assert.Equal((int)(Math.Round(truth / 5.0, MidpointRounding.AwayFromZero) * 5), cell.Count.Value);
            }

            Assert.Contains("rounded to the nearest multiple of 5", release.Protection, StringComparison.Ordinal);
        });

    [Fact]
    public void A_single_small_cell_forces_complementary_suppression_in_its_row_and_column()
    {
        // north: 30 women, 2 men; south: 25 women, 40 men. The 2 is suppressed; alone, the row total would give it away.
        var records = Enumerable.Range(0, 30).Select(i => Case(i, "north", ReportGender.Female))
            .Concat(Enumerable.Range(100, 2).Select(i => Case(i, "north", ReportGender.Male)))
            .Concat(Enumerable.Range(200, 25).Select(i => Case(i, "south", ReportGender.Female)))
            .Concat(Enumerable.Range(300, 40).Select(i => Case(i, "south", ReportGender.Male)))
            .ToList();
        var policy = DisclosurePolicy.Default with { SensitiveZeroDimensions = [] };
        var table = AggregateReporter.Publish("Test", records, AreaByGender, policy: policy).Tables[0];
        Assert.True(table.Find("north", "male")!.IsSuppressed);
        Assert.True(table.Find("north", "female")!.IsSuppressed);
        Assert.True(table.Find("south", "male")!.IsSuppressed);
        Assert.True(table.Find("south", "female")!.IsSuppressed);
        Assert.Equal(32, table.Find("north", ReleaseTable.Total)!.Count);
        Assert.Equal(97, table.Find(ReleaseTable.Total, ReleaseTable.Total)!.Count);
        Assert.Equal(0, table.Find("north", "non-binary")!.Count);

        // With gender zeros sensitive (the default), "no non-binary person in the north" is suppressed too.
        var sensitive = AggregateReporter.Publish("Test", records, AreaByGender).Tables[0];
        Assert.True(sensitive.Find("north", "non-binary")!.IsSuppressed);
    }

    [Fact]
    public void A_row_total_of_one_is_suppressed_with_its_cell()
    {
        var records = new[] { Case(1, "east", ReportGender.Female) }.Concat(Enumerable.Range(10, 40).Select(i => Case(i, "north", ReportGender.Female))).ToList();
        var table = AggregateReporter.Publish("Test", records, AreaByGender, policy: DisclosurePolicy.Default with { SensitiveZeroDimensions = [] }).Tables[0];
        Assert.True(table.Find("east", ReleaseTable.Total)!.IsSuppressed);
        Assert.True(table.Find("east", "female")!.IsSuppressed);
        Assert.DoesNotContain(table.Cells, c => c.Count is > 0 and < 11);
    }

    [Fact]
    public void The_release_prints_markdown_csv_and_says_how_it_was_protected()
    {
        var records = Enumerable.Range(0, 30).Select(i => Case(i, "north", ReportGender.Female)).Concat([Case(99, "south", ReportGender.Male)]).ToList();
        var release = AggregateReporter.Publish("Annual report 2026", records, AreaByGender, [new ReportDefinition("Cases by gender", [ReportDimension.Gender])], from: new YearQuarter(2026, 1), to: new YearQuarter(2026, 4));
        var markdown = release.ToMarkdown();
        Assert.Contains("| area \\ gender | unknown | female | male | non-binary | total |", markdown, StringComparison.Ordinal);
        Assert.Contains("## How this was protected", markdown, StringComparison.Ordinal);
        Assert.Contains("Every published count is 0 or at least 11", release.Protection, StringComparison.Ordinal);
        Assert.Contains("identified from 2026-Q1 to 2026-Q4", release.Protection, StringComparison.Ordinal);
        Assert.Equal(2, release.Tables.Length);
        Assert.Equal(release.Tables[0].Find(ReleaseTable.Total, "female")!.Count, release.Tables[1].Find("female")!.Count);
        var csv = release.ToCsv();
        Assert.StartsWith("table,area,exploitation-type,age-band,gender,citizenship,identification-point,status,quarter,count\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Cases by area and gender,south,,,male,,,,,s\r\n", csv, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AggregateReporter.Publish("x", records, AreaByGender, [new ReportDefinition("age", [ReportDimension.AgeBand])]));
    }

    [Fact]
    public void A_case_record_from_a_profile_keeps_no_identity_no_birth_date_and_no_date_finer_than_a_quarter()
    {
        var client = new ClientProfile([new ClientNeed(ServiceNeeds.HousingEmergency, NeedUrgency.Immediate)], new ClientConsent(false, null))
        {
            AgeYears = 16.5m,
            Gender = Domain.Referrals.Network.Genders.Male,
            Area = "north",
            Populations = Domain.Referrals.Network.Populations.ForeignNational,
            Languages = [new Domain.Referrals.Network.LanguageCode("vi")],
        };
        var record = CaseRecord.From("case-0001", client, new LocalDate(2026, 8, 14), []) with { ExploitationTypes = [ExploitationType.ForcedLabour] };
        Assert.Equal(AgeBand.From15To17, record.AgeBand);
        Assert.Equal(new YearQuarter(2026, 3), record.Quarter);
        Assert.Equal(NationalityStatus.ForeignNational, record.Citizenship);
        Assert.Equal(ReportGender.Male, record.Gender);
        Assert.Equal([ServiceNeeds.HousingEmergency], record.Needs.ToArray());
        var json = JsonSerializer.Serialize(record, CoalitionJsonContext.Default.CaseRecord);
        Assert.DoesNotContain("16.5", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-08", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"vi\"", json, StringComparison.Ordinal);
        Assert.Contains("\"quarter\":\"2026-Q3\"", json, StringComparison.Ordinal);
        Assert.Equal(record, JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.CaseRecord));
        Assert.Equal("case record", record.ToString());
        Assert.DoesNotContain("16", client.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Records_from_generated_profiles_hold_nothing_the_profile_would_not_print() =>
        Properties.ForAll(Referrals.ReferralGenerators.Clients.ToArbitrary(), client =>
        {
            var record = CaseRecord.From("case-1", client, new LocalDate(2026, 5, 2), []);
            var json = JsonSerializer.Serialize(record, CoalitionJsonContext.Default.CaseRecord);
            Assert.DoesNotContain("ageYears", json, StringComparison.Ordinal);
            Assert.DoesNotContain("2026-05-02", json, StringComparison.Ordinal);
            Assert.DoesNotContain("languages", json, StringComparison.Ordinal);
            Assert.DoesNotContain("consent", json, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(AgeBands.Of(client.AgeYears), record.AgeBand);
            Assert.Equal(client.Area, record.Area);
        });

    private static CaseRecord Case(int key, string area, ReportGender gender) =>
        new($"case-{key:D4}", new YearQuarter(2026, 2)) { Area = area, Gender = gender, ExploitationTypes = [ExploitationType.SexualExploitation] };
}
