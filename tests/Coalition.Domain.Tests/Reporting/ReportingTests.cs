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

    private static int TrueCount(ReportDefinition definition, ReleaseCell cell, IEnumerable<CaseRecord> records) => Attacker.TrueCount(definition, cell, records);

    private static Arbitrary<(ImmutableArray<CaseRecord> Records, ReportDefinition Definition, DisclosurePolicy Policy)> Releases(int maxDimensions) =>
        (from records in ReportingGenerators.RecordLists
         from definition in ReportingGenerators.Definitions.Where(d => d.Dimensions.Length <= maxDimensions)
         from policy in ReportingGenerators.Policies
         select (records, definition, policy)).ToArbitrary();

    [Fact]
    public void No_published_count_or_margin_lies_strictly_between_zero_and_k() =>
        Properties.ForAll(Releases(3), x =>
        {
            var release = AggregateReporter.Publish(x.Records, new ReleaseRequest("Test", x.Definition), x.Policy);
            Assert.All(release.Tables.SelectMany(t => t.Cells), c => Assert.True(c.Count is null or 0 || c.Count >= x.Policy.MinimumCellSize, $"{string.Join("/", c.Categories)} = {c.Count}"));
        });

    [Fact]
    public void Published_counts_equal_the_true_counts_and_suppressed_ones_are_markers_never_numbers() =>
        Properties.ForAll(Releases(3), x =>
        {
            var release = AggregateReporter.Publish(x.Records, new ReleaseRequest("Test", x.Definition), x.Policy);
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

    private static void AssertEverySensitiveCountIsProtected((ImmutableArray<CaseRecord> Records, ReportDefinition Definition, DisclosurePolicy Policy) x)
    {
        var request = new ReleaseRequest("Test", x.Definition);
        Attacker.AssertProtected(x.Records, request, x.Policy, AggregateReporter.Publish(x.Records, request, x.Policy));
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
                var one = AggregateReporter.Publish(x.records, new ReleaseRequest("Test", x.definition), ReportingGenerators.NeverRefused);
                Assert.Equal(one, AggregateReporter.Publish(x.shuffled, new ReleaseRequest("Test", x.definition), ReportingGenerators.NeverRefused));
                Assert.Equal(one.GetHashCode(), AggregateReporter.Publish(x.shuffled, new ReleaseRequest("Test", x.definition), ReportingGenerators.NeverRefused).GetHashCode());
                Assert.Equal(one, JsonSerializer.Deserialize(JsonSerializer.Serialize(one, CoalitionJsonContext.Default.Release), CoalitionJsonContext.Default.Release));
            });

    [Fact]
    public void Rounding_publishes_multiples_of_the_base_of_the_true_counts() =>
        Properties.ForAll(ReportingGenerators.RecordLists.ToArbitrary(), records =>
        {
            var policy = ReportingGenerators.NeverRefused with { MinimumCellSize = 3, RoundingBase = 5 };
            var release = AggregateReporter.Publish(records, new ReleaseRequest("Test", AreaByGender), policy);
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
        var table = AggregateReporter.Publish(records, new ReleaseRequest("Test", AreaByGender), policy).Tables[0];
        Assert.True(table.Find("north", "male")!.IsSuppressed);
        Assert.True(table.Find("north", "female")!.IsSuppressed);
        Assert.True(table.Find("south", "male")!.IsSuppressed);
        Assert.True(table.Find("south", "female")!.IsSuppressed);
        Assert.Equal(32, table.Find("north", ReleaseTable.Total)!.Count);
        Assert.Equal(97, table.Find(ReleaseTable.Total, ReleaseTable.Total)!.Count);
        Assert.Equal(0, table.Find("north", "non-binary")!.Count);

        // With gender zeros sensitive (the default), "no non-binary person in the north" is suppressed too.
        var sensitive = AggregateReporter.Publish(records, new ReleaseRequest("Test", AreaByGender)).Tables[0];
        Assert.True(sensitive.Find("north", "non-binary")!.IsSuppressed);
    }

    [Fact]
    public void A_row_total_of_one_is_suppressed_with_its_cell()
    {
        var records = new[] { Case(1, "east", ReportGender.Female) }.Concat(Enumerable.Range(10, 40).Select(i => Case(i, "north", ReportGender.Female))).ToList();
        var table = AggregateReporter.Publish(records, new ReleaseRequest("Test", AreaByGender), DisclosurePolicy.Default with { SensitiveZeroDimensions = [] }).Tables[0];
        Assert.True(table.Find("east", ReleaseTable.Total)!.IsSuppressed);
        Assert.True(table.Find("east", "female")!.IsSuppressed);
        Assert.DoesNotContain(table.Cells, c => c.Count is > 0 and < 11);
    }

    [Fact]
    public void The_release_prints_markdown_csv_and_says_how_it_was_protected()
    {
        var records = Enumerable.Range(0, 30).Select(i => Case(i, "north", ReportGender.Female)).Concat([Case(99, "south", ReportGender.Male)]).ToList();
        var release = AggregateReporter.Publish(records, new ReleaseRequest("Annual report 2026", AreaByGender) { Views = [new ReportDefinition("Cases by gender", [ReportDimension.Gender])], From = new YearQuarter(2026, 1), To = new YearQuarter(2026, 4) });
        var markdown = release.ToMarkdown();
        Assert.Contains("| area \\ gender | unknown | female | male | non-binary | total |", markdown, StringComparison.Ordinal);
        Assert.Contains("## How this was protected", markdown, StringComparison.Ordinal);
        Assert.Contains("Every published count is 0 or at least 11", release.Protection, StringComparison.Ordinal);
        Assert.Contains("identified from 2026-Q1 to 2026-Q4", release.Protection, StringComparison.Ordinal);
        Assert.Equal(2, release.Tables.Length);
        Assert.Equal(release.Tables[0].Find(ReleaseTable.Total, "female")!.Count, release.Tables[1].Find("female")!.Count);
        var csv = release.ToCsv();
        Assert.StartsWith("table,area,exploitation-type,age-band,gender,citizenship,identification-point,status,quarter,referral-outcome,count\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Cases by area and gender,south,,,male,,,,,,s\r\n", csv, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ReleaseRequest("x", AreaByGender) { Views = [new ReportDefinition("age", [ReportDimension.AgeBand])] });
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

    [Fact]
    public void A_record_built_with_an_assessment_takes_its_forms_and_status_from_the_offences_and_keeps_no_fact() =>
        Properties.ForAll(
            (from facts in LawGenerators.Facts
             from client in Referrals.ReferralGenerators.Clients
             select (facts, client)).ToArbitrary(),
            x =>
            {
                var assessment = Coalition.Domain.Law.TraffickingAssessor.Assess(Coalition.Domain.Law.LegalFrameworks.Tvpa, x.facts);
                var record = CaseRecord.From("case-1", x.client, new LocalDate(2026, 5, 2), assessment, []);
                var sex = assessment.VerdictOn(Coalition.Domain.Law.LegalFrameworks.SevereSexTrafficking) == Coalition.Domain.Law.Verdict.Met;
                var labour = assessment.VerdictOn(Coalition.Domain.Law.LegalFrameworks.SevereLaborTrafficking) == Coalition.Domain.Law.Verdict.Met;
                Assert.Equal(sex, record.ExploitationTypes.Contains(ExploitationType.SexualExploitation));
                Assert.Equal(labour, record.ExploitationTypes.Contains(ExploitationType.ForcedLabour));
                Assert.Equal(sex || labour ? (sex && labour ? 2 : 1) : 0, record.ExploitationTypes.Length);
                var ruledOut = assessment.Offences.All(o => o.Verdict == Coalition.Domain.Law.Verdict.NotMet);
                Assert.Equal(ruledOut ? Coalition.Domain.Screening.HtcdsTraffickingStatus.Not : Coalition.Domain.Screening.HtcdsTraffickingStatus.Possible, record.Status);
                var json = JsonSerializer.Serialize(record, CoalitionJsonContext.Default.CaseRecord);
                Assert.DoesNotContain("facts", json, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("dateOfBirth", json, StringComparison.Ordinal);
                Assert.Equal(record with { ExploitationTypes = [], Status = Coalition.Domain.Screening.HtcdsTraffickingStatus.Possible }, CaseRecord.From("case-1", x.client, new LocalDate(2026, 5, 2), []));
            });

    [Fact]
    public void Readme_reporting_snippet_publishes_refuses_and_spends_as_it_says()
    {
        // Invented inputs for the snippet: profiles, assessments and referrals as a case-management system holds them.
        var client = new ClientProfile([new ClientNeed(ServiceNeeds.HousingEmergency, NeedUrgency.Immediate)], new ClientConsent(false, null)) { AgeYears = 22, Area = "riverbend-north" };
        var assessment = Coalition.Domain.Law.TraffickingAssessor.Assess(Coalition.Domain.Law.LegalFrameworks.Tvpa, Coalition.Domain.Law.CaseFacts.Empty);
        var cases = Enumerable.Range(0, 60).Select(i => (Key: $"case-{i:D3}", Profile: client with { Area = i % 2 == 0 ? "riverbend-north" : "riverbend-south" }, IdentifiedOn: new LocalDate(2026, 1 + (i % 12), 10), Assessment: assessment, Referrals: Array.Empty<Domain.Referrals.Lifecycle.Referral>())).ToList();
        var needsReport = Domain.Referrals.NeedsAssessment.NetworkNeedsAssessment.Assess(Referrals.SampleData.Network, new Domain.Referrals.NeedsAssessment.NetworkAssessmentScope(["riverbend-north", "riverbend-south"], "America/Chicago", new LocalDate(2026, 11, 16)));
        var clock = new FixedClock(NodaTime.Instant.FromUtc(2027, 1, 29, 15, 0));
        string? markdown = null;

        // --- README reporting snippet (with the file write replaced) ---
        // Records stay inside the organisation; only the release leaves it.
        var records = cases.Select(c => CaseRecord.From(c.Key, c.Profile, c.IdentifiedOn, c.Assessment, c.Referrals)).ToList();
        var request = new ReleaseRequest("Annual report 2026", new ReportDefinition("Cases", [ReportDimension.Area, ReportDimension.AgeBand, ReportDimension.Gender]))
        {
            From = new YearQuarter(2026, 1),
            To = new YearQuarter(2026, 4),
            Areas = ["riverbend-north", "riverbend-south"],
            CombinationLength = 2,                                        // every pair of attributes, nothing finer
            Demand = new DemandRequest { Supply = needsReport },          // demand against supply, per need and area
        };
        try
        {
            Release release = AggregateReporter.Publish(records, request);    // k = 11, interval 6, at most 5% at risk
            markdown = release.ToMarkdown();                                  // tables, demand, "how this was protected"
        }
        catch (ReleaseRefusedException refused)
        {
            Console.WriteLine(refused.Message);                               // names attributes, never values
        }

        // Differential privacy: the caller supplies the randomness, and the ledger refuses to overspend.
        var ledger = new PrivacyLedger("riverbend-cases-2026", budget: 1m);
        PrivateRelease noisy = PrivateReporter.Publish(records, request with { Demand = null }, ledger, epsilon: 0.5m, at: clock.GetCurrentInstant(), random: new CryptographicRandom());
        ledger = noisy.Ledger;                                                // store it: spent ε never comes back
        // --- end of snippet ---

        Assert.NotNull(markdown);
        Assert.Contains("## Demand against supply", markdown, StringComparison.Ordinal);
        Assert.Contains("| housing.emergency |", markdown, StringComparison.Ordinal);
        Assert.Equal(0.5m, ledger.Remaining);
        Assert.All(records, r => Assert.Equal(Coalition.Domain.Screening.HtcdsTraffickingStatus.Possible, r.Status));
        Assert.Throws<ArgumentException>(() => PrivateReporter.Publish(records, request, ledger, 0.1m, clock.GetCurrentInstant(), new Random(1)));
        Assert.Contains("## How this was protected", markdown, StringComparison.Ordinal);
    }

    private static CaseRecord Case(int key, string area, ReportGender gender) =>
        new($"case-{key:D4}", new YearQuarter(2026, 2)) { Area = area, Gender = gender, ExploitationTypes = [ExploitationType.SexualExploitation] };
}
