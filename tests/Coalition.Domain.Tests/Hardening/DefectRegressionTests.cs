using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalition.Domain.Coalitions;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.OpenReferral;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;
using Coalition.Domain.Tests.Referrals;
using NodaTime;

namespace Coalition.Domain.Tests.Hardening;

/// <summary>One regression test per defect the hardening review found (issue 11's table, rows 1 to 9), reproduced by shape.</summary>
public sealed class DefectRegressionTests
{
    private static readonly CoalitionJsonContext Context = CoalitionJsonContext.Default;
    private static readonly HsdsImportOptions HsdsOptions = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));
    private static readonly Instant At = Instant.FromUtc(2026, 11, 18, 15, 0);

    private static string Hsds => HsdsExporter.Export(SampleData.Network);

    private static ClientProfile Minor => SampleData.Clients.Single(c => c.Name.StartsWith("client-1", StringComparison.Ordinal)).Client;

    // Row 1: HsdsImporter keeps its promise under any bytes.
    [Fact]
    public void Row1_a_capacity_too_large_for_an_int_is_reported_and_the_service_still_imports()
    {
        var services = JsonNode.Parse(Hsds)!.AsArray();
        services[0]!["capacities"] = JsonNode.Parse("""[{"id":"cap","available":1e10,"maximum":1e10,"unit":{"id":"u","name":"beds"}}]""");
        var result = HsdsImporter.Import(services.ToJsonString(), HsdsOptions);
        Assert.Equal(result.ServicesRead, result.ServicesImported);
        var issue = Assert.Single(result.Issues, i => i.RecordType == "service_capacity");
        Assert.False(issue.Skipped);
        Assert.Contains("capacities[0]", issue.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Row1_a_null_location_is_skipped_over_without_aborting_the_import()
    {
        var services = JsonNode.Parse(Hsds)!.AsArray();
        services[0]!["service_at_locations"] = JsonNode.Parse("[null, 7, \"x\"]");
        var result = HsdsImporter.Import(services.ToJsonString(), HsdsOptions);
        Assert.Equal(result.ServicesRead, result.ServicesImported);
    }

    [Fact]
    public void Row1_invalid_utf8_in_one_record_skips_that_record_only()
    {
        var services = JsonNode.Parse(Hsds)!.AsArray();
        var json = Encoding.UTF8.GetBytes(services.ToJsonString());
        var marker = Encoding.UTF8.GetBytes($"\"id\":\"{services[0]!["id"]!.GetValue<string>()}");
        var at = json.AsSpan().IndexOf(marker) + "\"id\":\"".Length;
        byte[] broken = [.. json[..at], 0xC3, 0x28, .. json[at..]];
        var result = HsdsImporter.Import(broken, HsdsOptions);
        var issue = Assert.Single(result.Issues, i => i.Skipped);
        Assert.Equal("[0]", issue.Path);
        Assert.Equal("(unreadable)", issue.RecordId);
        Assert.Equal(result.ServicesRead - 1, result.ServicesImported);
    }

    [Fact]
    public void Row1_a_repeated_property_in_one_record_skips_that_record_and_names_where()
    {
        var services = JsonNode.Parse(Hsds)!.AsArray();
        var text = services.ToJsonString();
        var first = services[0]!["id"]!.GetValue<string>();
        var repeated = text.Replace($"\"id\":\"{first}\"", $"\"id\":\"{first}\",\"id\":\"other\"", StringComparison.Ordinal);
        var result = HsdsImporter.Import(repeated, HsdsOptions);
        var issue = Assert.Single(result.Issues, i => i.Skipped);
        Assert.StartsWith("[0]", issue.Path, StringComparison.Ordinal);
        Assert.Contains("more than once", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(result.ServicesRead - 1, result.ServicesImported);
    }

    [Fact]
    public void Row1_a_document_that_is_not_json_is_a_JsonException_that_quotes_nothing()
    {
        var ex = Assert.Throws<JsonException>(() => HsdsImporter.Import("[{\"id\":\"2009-02-28\" oops}]", HsdsOptions));
        Assert.DoesNotContain("2009-02-28", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("oops", ex.Message, StringComparison.Ordinal);
    }

    // Row 2: huge but finite weights.
    [Theory]
    [InlineData(1e300)]
    [InlineData(1e308)]
    [InlineData(-1001)]
    [InlineData(double.NaN)]
    public void Row2_weights_beyond_the_documented_range_are_rejected_in_code_and_in_json(double weight)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringWeights(3, 2, 3, 2, weight, 2, 2, -3, 1.5));
        Assert.Equal("OpenNow", ex.ParamName);
        var json = JsonSerializer.Serialize(ReferralPolicy.Default, Context.ReferralPolicy).Replace("\"openNow\":4", $"\"openNow\":{(double.IsNaN(weight) ? "1e400" : weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture))}", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(json, Context.ReferralPolicy));
    }

    [Fact]
    public void Row2_a_custom_adjustment_is_bounded_like_a_weight_and_custom_rules_are_capped()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferralRuleOutcome.Adjust(1e300));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReferralRuleOutcome(false, 1e300));
        var policy = ReferralPolicy.Default;
        for (var i = 0; i < ReferralPolicy.MaxCustomRules; i++)
        {
            policy = policy.WithRule(new NamedRule($"rule-{i}"));
        }

        Assert.Throws<ArgumentException>(() => policy.WithRule(new NamedRule("one-too-many")));
    }

    [Fact]
    public void Row2_with_the_largest_weights_scores_stay_finite_and_the_allocation_meets_as_many_needs() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var extreme = ReferralPolicy.Default with { Weights = new ScoringWeights(1000, 1000, 1000, 1000, 1000, 1000, 1000, -1000, 1000) };
            var requests = new[] { new AllocationRequest("a", scenario.Client), new AllocationRequest("b", scenario.Client), new AllocationRequest("c", scenario.Client) };
            var usual = BatchAllocator.Allocate(ReferralMatcher.Compile(scenario.Network), requests, scenario.At);
            var heavy = BatchAllocator.Allocate(ReferralMatcher.Compile(scenario.Network, extreme), requests, scenario.At);

            // The objective is lexicographic: immediate needs, then needs met, then score; weights only break ties.
            Assert.Equal(usual.Summary.ImmediateNeedsMet, heavy.Summary.ImmediateNeedsMet);
            Assert.Equal(usual.Summary.NeedsMet, heavy.Summary.NeedsMet);
            Assert.True(double.IsFinite(heavy.Summary.TotalScore));
            var plan = ReferralPlanner.Plan(ReferralMatcher.Compile(scenario.Network, extreme), scenario.Client, scenario.At);
            Assert.True(double.IsFinite(plan.TotalScore));
            EntryPoints.RoundTrip(plan, Context.ReferralPlan);
            EntryPoints.RoundTrip(heavy, Context.AllocationResult);
        });

    // Row 3: a null category in a mandatory rule.
    [Fact]
    public void Row3_a_mandatory_rule_with_a_null_category_is_rejected_when_read_never_when_matching()
    {
        var json = JsonSerializer.Serialize(ReferralPolicy.Default, Context.ReferralPolicy);
        var node = JsonNode.Parse(json)!;
        node["mandatoryRules"]![0]!["categories"] = JsonNode.Parse("[null]");
        var ex = Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize(node.ToJsonString(), Context.ReferralPolicy));
        Assert.True(ex is JsonException or ArgumentException, ex.GetType().Name);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(node.ToJsonString(), Context.ReferralPolicy));
    }

    // Row 4: the end of the calendar.
    [Fact]
    public void Row4_a_week_at_the_end_of_the_calendar_is_rejected_at_construction_not_by_an_overflow()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkAssessmentScope(["north"], "UTC", new LocalDate(9999, 12, 27)));
        Assert.Equal("weekStarting", ex.ParamName);
        var last = new NetworkAssessmentScope(["north"], "Pacific/Kiritimati", NetworkAssessmentScope.LatestWeekStarting);
        Assert.NotEmpty(NetworkNeedsAssessment.Assess(SampleData.Network, last).Needs);
        var first = new NetworkAssessmentScope(["north"], "Etc/GMT+12", NetworkAssessmentScope.EarliestWeekStarting);
        Assert.NotEmpty(NetworkNeedsAssessment.Assess(SampleData.Network, first).Needs);
    }

    [Fact]
    public void Row4_matching_at_the_ends_of_time_finds_no_opening_before_the_end_of_time()
    {
        var matcher = ReferralMatcher.Compile(SampleData.Network);
        foreach (var at in (Instant[])[Instant.MaxValue, Instant.MinValue, Instant.MaxValue - Duration.FromHours(1)])
        {
            var result = matcher.Match(Minor, at);
            Assert.Equal(Minor.Needs.Length, result.Needs.Length);
            Assert.All(result.Needs.SelectMany(n => n.Candidates), c => Assert.True(c.NextOpening is null || c.NextOpening >= at));
            EntryPoints.RoundTrip(result, Context.MatchResult);
            EntryPoints.RoundTrip(ReferralPlanner.Plan(matcher, Minor, at), Context.ReferralPlan);
        }

        foreach (var zone in (string[])["Pacific/Kiritimati", "Etc/GMT+12", "America/Chicago"])
        {
            var weekdays = new WeeklySchedule(zone, false, [new OpeningHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))], []);
            Assert.Null(weekdays.NextOpening(Instant.MaxValue));
            _ = weekdays.StateAt(Instant.MaxValue);
            _ = weekdays.StateAt(Instant.MinValue);
            Assert.NotNull(weekdays.NextOpening(Instant.MinValue));
        }
    }

    // Row 5: output types are validated on construction, so JSON cannot make an unusable one.
    [Fact]
    public void Row5_a_plan_without_urgency_is_rejected_when_read()
    {
        var plan = ReferralPlanner.Plan(ReferralMatcher.Compile(SampleData.Network), Minor, At);
        var node = JsonNode.Parse(JsonSerializer.Serialize(plan, Context.ReferralPlan))!;
        node["referrals"]![0]!.AsObject().Remove("urgency");
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(node.ToJsonString(), Context.ReferralPlan));
        Assert.Equal("Urgency", Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException).ParamName);
    }

    [Theory]
    [InlineData("needs", "[null]")]
    [InlineData("ageTreatment", "\"possible-minor\"")]
    public void Row5_a_match_result_with_a_null_need_is_rejected_and_one_that_reads_is_usable(string property, string value)
    {
        var result = ReferralMatcher.Compile(SampleData.Network).Match(Minor, At);
        var node = JsonNode.Parse(JsonSerializer.Serialize(result, Context.MatchResult))!;
        node[property] = JsonNode.Parse(value);
        if (property == "needs")
        {
            Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(node.ToJsonString(), Context.MatchResult));
        }
        else
        {
            var read = CoalitionJson.Deserialize(node.ToJsonString(), Context.MatchResult);
            Assert.Equal(AgeTreatment.PossibleMinor, read.AgeTreatment);
            Assert.Equal(result.UnmetNeeds.Length, read.UnmetNeeds.Length);
        }

        Assert.DoesNotContain("unmetNeeds", node.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("1e300")]
    [InlineData("-1e308")]
    public void Row5_an_impossible_score_is_rejected_in_every_output_that_carries_one(string score)
    {
        var matcher = ReferralMatcher.Compile(SampleData.Network);
        var plan = JsonSerializer.Serialize(ReferralPlanner.Plan(matcher, Minor, At), Context.ReferralPlan);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(ReplaceFirst(plan, "\"score\":", score), Context.ReferralPlan));
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(ReplaceFirst(plan, "\"totalScore\":", score), Context.ReferralPlan));
        var match = JsonSerializer.Serialize(matcher.Match(Minor, At), Context.MatchResult);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(ReplaceFirst(match, "\"score\":", score), Context.MatchResult));
        var allocation = JsonSerializer.Serialize(BatchAllocator.Allocate(matcher, [new AllocationRequest("a", Minor)], At), Context.AllocationResult);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(ReplaceFirst(allocation, "\"totalScore\":", score), Context.AllocationResult));
    }

    [Fact]
    public void Row5_an_assessment_whose_verdict_contradicts_its_elements_is_rejected()
    {
        var assessment = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty);
        var node = JsonNode.Parse(JsonSerializer.Serialize(assessment, Context.Assessment))!;
        node["offences"]![0]!["verdict"] = "met";
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(node.ToJsonString(), Context.Assessment));
        node["offences"] = JsonNode.Parse("[]");
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(node.ToJsonString(), Context.Assessment));
    }

    [Fact]
    public void Row5_a_screening_result_whose_suggestions_do_not_follow_from_its_indicators_is_rejected()
    {
        var screening = Domain.Screening.Screener.Screen([Domain.Screening.Indicators.Get("physical-threats")]);
        var node = JsonNode.Parse(JsonSerializer.Serialize(screening, Context.ScreeningResult))!;
        node["suggestions"] = JsonNode.Parse("[]");
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(node.ToJsonString(), Context.ScreeningResult));
        node["suggestions"] = JsonNode.Parse("[null]");
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(node.ToJsonString(), Context.ScreeningResult));
    }

    [Fact]
    public void Row5_counts_in_reports_cannot_be_negative_or_impossible()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AllocationSummary(1, 2, 3, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AllocationSummary(0, 0, -1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CapacitySummary(-1, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PillarCoverage(Domain.FourP.Pillars.Prevention, 1, false, 3, 2, 50));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleCount("age", -1));
    }

    // Row 6: date-of-birth privacy.
    [Fact]
    public void Row6_an_assessment_keeps_the_age_evidence_a_date_of_birth_implies_never_the_date()
    {
        var conduct = new ConductPeriod(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31));
        var facts = CaseFacts.Empty.Establish(CaseFact.Recruitment, CaseFact.CommercialSexAct).RuleOut(FactGroups.TvpaMeans)
            .WithAge(AgeEvidence.FromDateOfBirth(new LocalDate(2006, 3, 14))).WithConduct(conduct);
        var assessment = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts);
        var json = JsonSerializer.Serialize(assessment, Context.Assessment);
        Assert.DoesNotContain("dateOfBirth", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2006", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-03-13", json, StringComparison.Ordinal);
        Assert.Equal(AgeEvidence.TurnedEighteenDuringConduct, assessment.Facts.Age);
        Assert.True(assessment.Minority.IsPartial);
        Assert.Equal(Verdict.Met, assessment.VerdictOn(LegalFrameworks.SevereSexTrafficking));
        Assert.Equal(assessment, CoalitionJson.Deserialize(json, Context.Assessment));
        Assert.Equal(assessment, TraffickingAssessor.Assess(LegalFrameworks.Tvpa, assessment.Facts));
    }

    [Theory]
    [InlineData("""{"age":{"kind":"2009-02-28"}}""", "2009-02-28")]
    [InlineData("""{"established":["2009-02-28"]}""", "2009-02-28")]
    [InlineData("""{"age":{"kind":"date-of-birth","dateOfBirth":"9990-01-01"}}""", "9990")]
    [InlineData("""{"age":{"kind":"date-of-birth","dateOfBirth":"2009-02-30"}}""", "2009")]
    [InlineData("""{"conduct":{"start":"2024-02-01","end":"2024-01-01"}}""", "2024")]
    [InlineData("""{"conduct":{"start":"2024-01-01","end":"2024-02-01x"}}""", "2024")]
    public void Row6_a_value_that_could_be_a_date_of_birth_is_never_echoed(string json, string secret)
    {
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(json, Context.CaseFacts));
        Assert.DoesNotContain(secret, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, ex.InnerException?.Message ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Row6_a_birth_year_beyond_9981_is_rejected_without_a_range_message_that_names_it()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AgeEvidence.FromDateOfBirth(new LocalDate(9990, 6, 1)));
        Assert.DoesNotContain("9990", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.ActualValue);
        var conductEx = Assert.Throws<ArgumentOutOfRangeException>(() => new ConductPeriod(new LocalDate(2024, 2, 1), new LocalDate(2024, 1, 1)));
        Assert.DoesNotContain("2024", conductEx.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Row6_the_minority_finding_prints_no_date_from_which_the_birthday_follows()
    {
        var conduct = new ConductPeriod(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31));
        var finding = LegalAge.Minority(AgeEvidence.FromDateOfBirth(new LocalDate(2006, 3, 14)), conduct);
        Assert.True(finding.IsPartial);
        Assert.DoesNotContain("2024-03-13", finding.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("2024", finding.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("2024-03", finding.Explanation, StringComparison.Ordinal);
        Assert.Null(typeof(MinorityFinding).GetProperty("MinorPart"));
    }

    // Row 7: bounded echo and no slow path on long input.
    [Fact]
    public void Row7_a_50_megabyte_code_or_zone_gives_a_short_message()
    {
        var huge = new string('a', 50 * 1024 * 1024);
        var code = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceNeeds.Get(huge));
        Assert.InRange(code.Message.Length, 1, 400);
        var zone = Assert.Throws<ArgumentException>(() => WeeklySchedule.AlwaysOpen(huge));
        Assert.InRange(zone.Message.Length, 1, 400);
        var json = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize($"[\"{huge}\"]", Context.ImmutableArrayServiceNeed));
        Assert.InRange(json.Message.Length, 1, CoalitionJson.MaxMessageLength);
        var name = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize($"{{\"{huge}\":1}}", Context.ClientProfile));
        Assert.InRange(name.Message.Length + (name.Path?.Length ?? 0), 1, CoalitionJson.MaxMessageLength);
    }

    // Row 8: memory amplification.
    [Fact]
    public void Row8_long_areas_big_schedules_and_many_mandatory_rules_are_refused_up_front()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClientProfile([new ClientNeed(ServiceNeeds.Food, NeedUrgency.Routine)], ClientConsent.Full) { Area = new string('n', 10_000) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkAssessmentScope([new string('n', 10_000)], "UTC", new LocalDate(2026, 11, 16)));
        var hours = Enumerable.Repeat(new OpeningHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0)), WeeklySchedule.MaxHours + 1).ToImmutableArray();
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeeklySchedule("UTC", false, hours, []));
        var closures = Enumerable.Repeat(new Closure(new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 25)), WeeklySchedule.MaxClosures + 1).ToImmutableArray();
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeeklySchedule("UTC", false, [], closures));
        var rules = Enumerable.Range(0, ReferralPolicy.MaxMandatoryRules + 1).Select(i => Rule($"rule-{i}")).ToImmutableArray();
        Assert.Throws<ArgumentException>(() => ReferralPolicy.Default with { MandatoryRules = rules });
    }

    // Row 9: invalid values.
    [Fact]
    public void Row9_undefined_flags_and_enum_values_are_rejected_where_they_enter()
    {
        var need = new ClientNeed(ServiceNeeds.Food, NeedUrgency.Routine);
        Assert.Equal("Populations", Assert.Throws<ArgumentOutOfRangeException>(() => new ClientProfile([need], ClientConsent.Full) { Populations = (Populations)255 }).ParamName);
        Assert.Equal("ReferralMethods", Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceOffering("o", [ServiceNeeds.Food]) { ReferralMethods = (ReferralMethods)0xFF }).ParamName);
        Assert.Equal("Urgency", Assert.Throws<ArgumentOutOfRangeException>(() => new PlannedReferral(ServiceNeeds.Food, (NeedUrgency)0, "p", "P", "o", 1)).ParamName);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize("""{"needs":[{"need":"food","urgency":"routine"}],"consent":{"lawEnforcementContactAllowed":true},"populations":"255"}""", Context.ClientProfile));
    }

    [Fact]
    public void Row9_a_member_with_a_null_pillar_and_a_huge_rule_code_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new CoalitionMember("Member", StakeholderCategories.FaithBased, [null!]));
        var code = Assert.Throws<ArgumentOutOfRangeException>(() => Rule(new string('r', 50 * 1024 * 1024)));
        Assert.InRange(code.Message.Length, 1, 600);
    }

    [Fact]
    public void Row9_a_repeated_json_property_is_rejected_not_last_wins()
    {
        const string Json = """{"ageYears":40,"ageYears":16,"needs":[{"need":"food","urgency":"routine"}],"consent":{"lawEnforcementContactAllowed":true}}""";
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(Json, Context.ClientProfile));
        Assert.Contains("ageYears", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("16", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("40", ex.Message, StringComparison.Ordinal);

        // On .NET 10 the context itself refuses it too, for callers who use JsonSerializer directly.
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Json, Context.ClientProfile));
    }

    [Fact]
    public void Row9_import_options_with_a_null_mapping_key_are_rejected_with_the_parameter_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => HsdsImportOptions.Create("UTC", new LocalDate(2026, 1, 1), [new KeyValuePair<string, string>(null!, "food")]));
        Assert.Equal("extraMapping", ex.ParamName);
        Assert.Throws<ArgumentException>(() => HsdsImportOptions.Create("UTC", new LocalDate(2026, 1, 1), [new KeyValuePair<string, string>("term", null!)]));
    }

    [Fact]
    public void Case_records_json_with_a_null_element_is_rejected_where_it_is_read()
    {
        // Found by the fuzzer (issue 16): an array of nulls was accepted and failed deep inside a release.
        var record = JsonSerializer.Serialize(new Coalition.Domain.Reporting.CaseRecord("case-1", new Coalition.Domain.Reporting.YearQuarter(2026, 1)), Context.CaseRecord);
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize($"[{record},null]", Context.ImmutableArrayCaseRecord));
        Assert.Equal("$[1]", ex.Path);
        Assert.Single(CoalitionJson.Deserialize($"[{record}]", Context.ImmutableArrayCaseRecord));
    }

    [Fact]
    public void An_area_that_is_an_id_but_not_a_code_is_published_and_total_is_reserved()
    {
        // Found by the fuzzer (issue 16): an area the record accepted crashed the release's cell validation.
        var records = Enumerable.Range(0, 12).Select(i => new Coalition.Domain.Reporting.CaseRecord($"case-{i}", new Coalition.Domain.Reporting.YearQuarter(2026, 1)) { Area = "Nörth-County" }).ToList();
        var release = Coalition.Domain.Reporting.AggregateReporter.Publish(records, new Coalition.Domain.Reporting.ReleaseRequest("Areas", new Coalition.Domain.Reporting.ReportDefinition("Cases by area", [Coalition.Domain.Reporting.ReportDimension.Area])));
        Assert.Equal(12, release.Tables[0].Find("Nörth-County")!.Count);
        var ex = Assert.Throws<ArgumentException>(() => new Coalition.Domain.Reporting.CaseRecord("case-1", new Coalition.Domain.Reporting.YearQuarter(2026, 1)) { Area = "total" });
        Assert.Equal("Area", ex.ParamName);
    }

    private static MandatoryRoutingRule Rule(string code) =>
        new(code, "Refer a minor to child protection.", true, [StakeholderCategories.ChildWelfare]);

    private static string ReplaceFirst(string json, string property, string value)
    {
        var at = json.IndexOf(property, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{property} is in the document");
        var start = at + property.Length;
        var end = json.IndexOfAny([',', '}'], start);
        return string.Concat(json.AsSpan(0, start), value, json.AsSpan(end));
    }

    private sealed class NamedRule(string code) : IReferralRule
    {
        public string Code => code;

        public ReferralRuleOutcome Evaluate(in ReferralRuleContext context) => ReferralRuleOutcome.Pass;
    }
}
