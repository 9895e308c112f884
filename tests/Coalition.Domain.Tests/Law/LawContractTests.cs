using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Coalition.Domain.Law;
using Coalition.Domain.Serialization;
using FsCheck.Fluent;
using NodaTime;
using static Coalition.Domain.Law.CaseFact;

namespace Coalition.Domain.Tests.Law;

/// <summary>
/// The contracts of the Law types: value equality agrees with the canonical JSON form, the JSON reader's examples, the
/// validation messages, the Kleene rules, and the wording of explanations.
/// </summary>
public sealed class LawContractTests
{
    private static readonly CoalitionJsonContext Context = CoalitionJsonContext.Default;

    /// <summary>Facts and a near neighbour: one fact changed, or the age or the conduct changed.</summary>
    private static readonly FsCheck.Arbitrary<(CaseFacts A, CaseFacts B)> Neighbours =
        (from facts in LawGenerators.Facts
         from fact in LawGenerators.SettableFact
         from status in LawGenerators.Status
         from age in LawGenerators.Age
         from change in Gen.Choose(0, 3)
         select (facts, change switch
         {
             0 => facts.With(fact, status),
             1 => facts.WithAge(age),
             2 => facts.WithConduct(null),
             _ => facts,
         })).ToArbitrary();

    [Fact]
    public void Equality_of_every_assessment_part_agrees_with_its_json() =>
        Properties.ForAll(Neighbours, pair =>
        {
            foreach (var framework in (ILegalFramework[])[LegalFrameworks.Tvpa, LegalFrameworks.PalermoProtocol])
            {
                var a = TraffickingAssessor.Assess(framework, pair.A);
                var b = TraffickingAssessor.Assess(framework, pair.B);
                var summary = TraffickingAssessor.Assess(framework, pair.A, AssessmentOptions.Summary);
                AgreesWithJson(a, b, Context.Assessment);
                AgreesWithJson(a, summary, Context.Assessment);
                AgreesWithJson(a.Facts, b.Facts, Context.CaseFacts);
                AgreesWithJson(pair.A, pair.B, Context.CaseFacts);
                AgreesWithJson(a.Minority, b.Minority, Context.MinorityFinding);
                for (var o = 0; o < a.Offences.Length; o++)
                {
                    AgreesWithJson(a.Offences[o], b.Offences[o], Context.OffenceAssessment);
                    AgreesWithJson(a.Offences[o], summary.Offences[o], Context.OffenceAssessment);
                    for (var e = 0; e < a.Offences[o].Elements.Length; e++)
                    {
                        AgreesWithJson(a.Offences[o].Elements[e], b.Offences[o].Elements[e], Context.ElementAssessment);
                        AgreesWithJson(a.Offences[o].Elements[e], a.Offences[o].Elements[(e + 1) % a.Offences[o].Elements.Length], Context.ElementAssessment);
                    }

                    foreach (var (x, y) in a.Offences[o].DecidingSets.Zip(b.Offences[o].DecidingSets.Reverse()))
                    {
                        AgreesWithJson(x, y, Context.DecidingSet);
                    }

                    foreach (var (x, y) in a.Offences[o].OpenQuestions.Zip(b.Offences[o].OpenQuestions))
                    {
                        AgreesWithJson(x, y, Context.OpenQuestion);
                    }
                }
            }
        });

    [Fact]
    public void Groups_questions_and_evidence_are_equal_by_value()
    {
        var group = new FactGroup("means", "Means", [Force, Fraud]);
        Assert.Equal(group, new FactGroup("means", "Means", [Force, Fraud]));
        Assert.Equal(group.GetHashCode(), new FactGroup("means", "Means", [Force, Fraud]).GetHashCode());
        Assert.NotEqual(group, new FactGroup("other", "Means", [Force, Fraud]));
        Assert.NotEqual(group, new FactGroup("means", "Other", [Force, Fraud]));
        Assert.NotEqual(group, new FactGroup("means", "Means", [Fraud, Force]));
        Assert.False(group.Equals(null));
        Assert.Equal("Means: force, fraud", group.ToString());

        var question = new OpenQuestion("means", "Means", [Force, Fraud]);
        Assert.Equal("means: force, fraud", question.ToString());
        Assert.NotEqual(question, new OpenQuestion("means", "Other", [Force, Fraud]));
        Assert.NotEqual(question, new OpenQuestion("other", "Means", [Force, Fraud]));
        Assert.False(question.Equals(null));

        var dateOfBirth = AgeEvidence.FromDateOfBirth(new LocalDate(2008, 2, 29));
        Assert.True(dateOfBirth == AgeEvidence.FromDateOfBirth(new LocalDate(2008, 2, 29)));
        Assert.False(dateOfBirth != AgeEvidence.FromDateOfBirth(new LocalDate(2008, 2, 29)));
        Assert.True(dateOfBirth != AgeEvidence.FromDateOfBirth(new LocalDate(2008, 3, 1)));
        Assert.False(dateOfBirth == null);
        Assert.False(null == dateOfBirth);
        Assert.True((AgeEvidence?)null == null);
        Assert.True(CaseFacts.Empty == CaseFacts.Empty.With(Force, FactStatus.Unknown));
        Assert.True(CaseFacts.Empty != CaseFacts.Empty.Establish(Force));
        Assert.False(CaseFacts.Empty == null);
        Assert.False(null == CaseFacts.Empty);
    }

    [Theory]
    [InlineData("unknown", "age unknown")]
    [InlineData("under-eighteen", "under 18")]
    [InlineData("eighteen-or-over", "18 or over")]
    [InlineData("turned-eighteen-during-conduct", "turned 18 during the conduct")]
    public void Age_evidence_prints_its_kind(string kind, string text)
    {
        var facts = CoalitionJson.Deserialize("{\"age\":{\"kind\":\"" + kind + "\"}}", Context.CaseFacts);
        Assert.Equal(text, facts.Age.ToString());
        Assert.Same(facts.Age, facts.Age.WithoutDateOfBirth(ConductPeriod.On(new LocalDate(2024, 1, 1))));
        Assert.Same(facts, facts.WithoutDateOfBirth());
    }

    [Fact]
    public void Facts_print_none_for_an_empty_list_and_the_conduct_when_known()
    {
        Assert.Equal("established: none; ruled out: none; age: age unknown", CaseFacts.Empty.ToString());
        var facts = CaseFacts.Empty.Establish(Force, Fraud).RuleOut(Recruitment).WithConduct(new ConductPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 1)));
        Assert.Equal("established: force, fraud; ruled out: recruitment; age: age unknown; conduct: 2024-01-01/2024-02-01", facts.ToString());
    }

    [Fact]
    public void Unknown_facts_are_the_settable_ones_with_no_status_and_ruling_out_the_rest_completes_them() =>
        Properties.ForAll(LawGenerators.Facts.ToArbitrary(), facts =>
        {
            Assert.Equal(CaseFacts.SettableFacts.Where(f => facts.StatusOf(f) == FactStatus.Unknown), facts.Unknown.AsEnumerable());
            var rest = facts.RuleOutRest();
            Assert.Empty(rest.Unknown);
            Assert.Equal(facts.Established.AsEnumerable(), rest.Established.AsEnumerable());
            Assert.Equal(facts.StatusOf(UnderEighteen) != FactStatus.Unknown, rest.IsComplete);
            Assert.False(facts.WithAge(AgeEvidence.Unknown).IsComplete);
            Assert.Equal(!facts.Unknown.IsEmpty ? false : facts.StatusOf(UnderEighteen) != FactStatus.Unknown, facts.IsComplete);
        });

    [Theory]
    [InlineData("""{"established":[1]}""", "Expected a fact code at 'established[0]'")]
    [InlineData("""{"ruledOut":{}}""", "Expected a list of fact codes at 'ruledOut'")]
    [InlineData("""{"age":"under-eighteen"}""", "Expected an age object at 'age'")]
    [InlineData("""{"age":{"kind":18}}""", "Expected an age kind at 'age.kind'")]
    [InlineData("""{"age":{"dateOfBirth":"2010-01-01"}}""", "'dateOfBirth' at 'age' is allowed only with kind 'date-of-birth'")]
    [InlineData("""{"age":{}}""", "Age at 'age' needs a 'kind'")]
    [InlineData("""{"age":{"kind":"unknown","colour":"blue"}}""", "Unknown property 'colour' at 'age'")]
    [InlineData("""{"conduct":"2024"}""", "Expected a conduct period at 'conduct'")]
    [InlineData("""{"conduct":{"start":"2024-01-01"}}""", "needs both 'start' and 'end'")]
    [InlineData("""{"conduct":{"end":"2024-01-01"}}""", "needs both 'start' and 'end'")]
    [InlineData("""{"conduct":{"start":20240101,"end":"2024-01-01"}}""", "Expected an ISO date at 'conduct.start'")]
    [InlineData("""{"conduct":{"start":"2024-01-01","end":"2024-13-01"}}""", "at 'conduct.end'")]
    [InlineData("""{"conduct":{"start":"2024-01-01","end":"2024-01-02","colour":1}}""", "Unknown property 'colour' at 'conduct'")]
    [InlineData("""{"ruledOut":["force"],"ruledOut":["fraud"]}""", "'ruledOut' appears more than once")]
    [InlineData("""{"established":[],"age":{"kind":"unknown"},"age":{"kind":"unknown"}}""", "'age' appears more than once")]
    [InlineData("""{"conduct":{"start":"2024-01-01","start":"2024-01-01","end":"2024-01-02"}}""", "'conduct.start' appears more than once")]
    [InlineData("""{"age":{"kind":"date-of-birth","dateOfBirth":"2010-01-01","dateOfBirth":"2011-01-01"}}""", "'age.dateOfBirth' appears more than once")]
    [InlineData("""{"age":{"kind":"date-of-birth","dateOfBirth":"9982-01-01"}}""", "outside the accepted range")]
    [InlineData("""{"established":["force","fraud"],"ruledOut":["force","recruitment"]}""", "both established and ruled out (at 'established' and 'ruledOut'): force.")]
    [InlineData("""{"established":["kidnap"]}""", "Known facts: abduction, abuse-of-legal-process, abuse-of-power-or-vulnerability,")]
    [InlineData("""{"age":{"kind":"teen"}}""", "Known kinds: unknown, date-of-birth, under-eighteen, eighteen-or-over, turned-eighteen-during-conduct.")]
    public void The_facts_reader_says_what_is_wrong_and_where(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.CaseFacts));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_facts_reader_accepts_every_property_once_repeated_facts_and_a_one_day_conduct()
    {
        var facts = CoalitionJson.Deserialize(
            """{"established":["force","force","recruitment"],"ruledOut":["fraud"],"age":{"kind":"date-of-birth","dateOfBirth":"0001-01-01"},"conduct":{"start":"2024-01-01","end":"2024-01-01"}}""",
            Context.CaseFacts);
        Assert.Equal([Recruitment, Force], facts.Established.ToArray());
        Assert.Equal([Fraud], facts.RuledOut.ToArray());
        Assert.Equal(new LocalDate(1, 1, 1), facts.Age.DateOfBirth);
        Assert.Equal(ConductPeriod.On(new LocalDate(2024, 1, 1)), facts.Conduct);
        Assert.Equal(new LocalDate(9981, 12, 31), CoalitionJson.Deserialize("""{"age":{"kind":"date-of-birth","dateOfBirth":"9981-12-31"}}""", Context.CaseFacts).Age.DateOfBirth);
        Assert.Null(CoalitionJson.Deserialize("""{"conduct":null}""", Context.CaseFacts).Conduct);
        Assert.Equal(CaseFacts.Empty, CoalitionJson.Deserialize("{}", Context.CaseFacts));
    }

    [Fact]
    public void A_minority_finding_reads_back_and_a_partial_one_must_be_established()
    {
        var partial = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty.WithAge(AgeEvidence.TurnedEighteenDuringConduct)).Minority;
        var json = JsonSerializer.Serialize(partial, Context.MinorityFinding);
        Assert.Equal(partial, CoalitionJson.Deserialize(json, Context.MinorityFinding));
        Assert.Equal("Established (for the conduct before the 18th birthday)", partial.ToString());
        Assert.Equal("RuledOut", LegalAge.Minority(AgeEvidence.EighteenOrOver, null).ToString());
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize("""{"status":"ruled-out","isPartial":true,"explanation":"x"}""", Context.MinorityFinding));
        Assert.Equal("isPartial", Assert.IsType<ArgumentException>(ex.InnerException).ParamName);
        Assert.NotEqual(partial, LegalAge.Minority(AgeEvidence.UnderEighteen, null));
        Assert.NotEqual(LegalAge.Minority(AgeEvidence.UnderEighteen, null), LegalAge.Minority(AgeEvidence.EighteenOrOver, null));
        Assert.False(partial.Equals(null));
    }

    [Fact]
    public void Birthdays_follow_the_29_february_rule_and_stop_at_the_end_of_the_calendar()
    {
        Assert.Equal(new LocalDate(2026, 2, 28), LegalAge.Birthday(new LocalDate(2008, 2, 28), 18));
        Assert.Equal(new LocalDate(2026, 3, 1), LegalAge.Birthday(new LocalDate(2008, 2, 29), 18));
        Assert.Equal(new LocalDate(2026, 1, 29), LegalAge.Birthday(new LocalDate(2008, 1, 29), 18));
        Assert.Equal(new LocalDate(9999, 12, 31), LegalAge.EighteenthBirthday(new LocalDate(9981, 12, 31)));
        Assert.Equal(new LocalDate(9999, 1, 1), LegalAge.Birthday(new LocalDate(1, 1, 1), 9998));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => LegalAge.Birthday(new LocalDate(1, 1, 1), 9999));
        Assert.Equal("years", ex.ParamName);
        Assert.Contains("after the end of the calendar", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, LegalAge.YearsOn(new LocalDate(2008, 5, 5), new LocalDate(2008, 5, 5)));
        Assert.Contains("before the date of birth", Assert.Throws<ArgumentOutOfRangeException>(() => LegalAge.YearsOn(new LocalDate(2008, 5, 5), new LocalDate(2008, 5, 4))).Message, StringComparison.Ordinal);
        Assert.Equal("The date of birth is known but the dates of the conduct are not.", LegalAge.Minority(AgeEvidence.FromDateOfBirth(new LocalDate(2008, 5, 5)), null).Explanation);
    }

    [Fact]
    public void AllOf_and_AnyOf_follow_Kleene_logic() =>
        Properties.ForAll(LawGenerators.Facts.SelectMany(_ => Gen.SubListOf(CaseFacts.SettableFacts.AsEnumerable()).Where(l => l.Count > 0), (f, l) => (f, l)).ToArbitrary(), input =>
        {
            var (facts, chosen) = input;
            var statuses = chosen.Select(facts.StatusOf).ToList();
            var all = statuses.Contains(FactStatus.RuledOut) ? Verdict.NotMet : statuses.All(s => s == FactStatus.Established) ? Verdict.Met : Verdict.Undetermined;
            var any = statuses.Contains(FactStatus.Established) ? Verdict.Met : statuses.All(s => s == FactStatus.RuledOut) ? Verdict.NotMet : Verdict.Undetermined;
            var allOf = Rule.AllOf([.. chosen.Select(Rule.Fact)]);
            var anyOf = Rule.AnyOf([.. chosen]);
            var nested = Rule.AllOf(Rule.AnyOf([.. chosen]), Rule.AllOf([.. chosen.Select(Rule.Fact)]));
            Assert.Equal(all, Decide(allOf, facts));
            Assert.Equal(any, Decide(anyOf, facts));
            Assert.Equal(all == Verdict.NotMet || any == Verdict.NotMet ? Verdict.NotMet : all == Verdict.Met && any == Verdict.Met ? Verdict.Met : Verdict.Undetermined, Decide(nested, facts));
            Assert.StartsWith("all of (", allOf.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("any of (", anyOf.ToString(), StringComparison.Ordinal);
        });

    [Fact]
    public void Explanations_name_the_verdict_and_the_facts_that_decided_each_element()
    {
        var facts = CaseFacts.Empty.Establish(Recruitment).RuleOut(CommercialSexAct, Fraud).WithAge(AgeEvidence.EighteenOrOver);
        var sex = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts).Offence(LegalFrameworks.SevereSexTrafficking);
        Assert.Equal(Verdict.NotMet, sex.Verdict);
        Assert.Contains("): NOT MET.", sex.Explanation, StringComparison.Ordinal);
        var act = sex.Elements.Single(e => e.Code == "act");
        Assert.EndsWith("MET; established: recruitment.", act.Explanation, StringComparison.Ordinal);
        var purpose = sex.Elements.Single(e => e.Code == "purpose");
        Assert.EndsWith("NOT MET; ruled out: commercial-sex-act.", purpose.Explanation, StringComparison.Ordinal);

        // The deciding facts of a not-met element are its own ruled-out facts only (fraud is ruled out elsewhere).
        Assert.Equal([CommercialSexAct], purpose.DecidingFacts.ToArray());
        var means = sex.Elements.Single(e => e.Code == "means-or-minor");
        Assert.Contains("UNDETERMINED; still unknown: force, threat-of-serious-harm-or-restraint", means.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(Fraud, means.DecidingFacts);
    }

    [Fact]
    public void A_summary_counts_exactly_the_facts_it_leaves_out()
    {
        var open = CaseFacts.Empty.WithAge(AgeEvidence.EighteenOrOver);
        var means = TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, open).Offence(LegalFrameworks.TraffickingInPersons).OpenQuestions.Single(q => q.ElementCode == "means-or-child");
        Assert.Equal(8, means.Facts.Length);
        string Line(int cap) => TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, open, AssessmentOptions.Summary with { MaxFactsPerElement = cap })
            .Offence(LegalFrameworks.TraffickingInPersons).Explanation.Split('\n').Single(l => l.Contains("answer for means-or-child", StringComparison.Ordinal));
        Assert.EndsWith("force, fraud, threat-of-serious-harm-or-restraint (+5 more)", Line(3), StringComparison.Ordinal);
        Assert.DoesNotContain("more", Line(8), StringComparison.Ordinal);
        Assert.EndsWith("(+1 more)", Line(7), StringComparison.Ordinal);
        var offence = TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, open).Offence(LegalFrameworks.TraffickingInPersons);
        Assert.DoesNotContain("more", offence.Summarize(8).Split("; ").Single(s => s.StartsWith(means.ElementName, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith("(+1 more)", offence.Summarize(7).Split("; ").Single(s => s.StartsWith(means.ElementName, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(string.Empty, TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, CaseFacts.Empty.RuleOut(FactGroups.PalermoActs)).Offences[0].Summarize());
    }

    [Fact]
    public void Potential_trafficking_means_some_offence_is_not_ruled_out()
    {
        var labor = CaseFacts.Empty.Establish(Recruitment, Force, DebtBondage).RuleOut(CommercialSexAct).WithAge(AgeEvidence.EighteenOrOver);
        var assessment = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, labor);
        Assert.Equal(Verdict.NotMet, assessment.VerdictOn(LegalFrameworks.SevereSexTrafficking));
        Assert.Equal(Verdict.Met, assessment.VerdictOn(LegalFrameworks.SevereLaborTrafficking));
        Assert.True(assessment.IsPotentialTrafficking);
        Assert.False(TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty.RuleOut(FactGroups.TvpaSexTraffickingActs)).IsPotentialTrafficking);
        Assert.Equal("tvpa: severe-sex-trafficking=NotMet, severe-labor-trafficking=Met", assessment.ToString());
    }

    public static TheoryData<string, string, string> BadInput() => new()
    {
        { "julian date of birth", "dateOfBirth", "ISO calendar" },
        { "birth year 9982", "dateOfBirth", "year 1 to year 9981" },
        { "conduct ends first", "end", "before its start" },
        { "julian conduct", "start", "ISO calendar" },
        { "undefined status", "status", "Unknown fact status" },
        { "undefined fact", "fact", "Unknown case fact" },
        { "setting the minority", "fact", "follows from the age evidence" },
        { "empty rule", "rules", "at least one rule" },
        { "empty group", "facts", "at least one fact" },
        { "group repeats a fact", "facts", "lists a fact twice" },
        { "question without facts", "facts", "At least one fact" },
        { "question out of order", "facts", "distinct and in CaseFact order" },
        { "undetermined deciding set", "Outcome", "met or not met" },
        { "verdict against its elements", "Verdict", "not the conjunction" },
        { "deciding sets on a met verdict", "DecidingSets", "Only an undetermined verdict" },
        { "question about a foreign element", "OpenQuestions", "does not have" },
        { "omitted sets on a met verdict", "OmittedDecidingSets", "Only an undetermined verdict" },
        { "framework code", "code", "is not valid" },
        { "framework without offences", "offences", "at least one offence" },
        { "framework repeats an offence", "offences", "repeats an offence code" },
        { "offence code", "code", "is not valid" },
        { "offence without elements", "elements", "at least one element" },
        { "offence repeats an element", "elements", "repeats an element code" },
        { "element code", "Code", "is not valid" },
        { "unknown offence", "code", "Unknown offence code 'kidnap' in framework 'tvpa'. Known codes: severe-sex-trafficking, severe-labor-trafficking." },
        { "unknown assessed offence", "offenceCode", "Unknown offence code 'kidnap'. Known codes: severe-sex-trafficking, severe-labor-trafficking." },
        { "options out of range", "MaxDecidingSets", "from 1 to 100000" },
        { "framework with no offences", "framework", "defines no offences" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_refused_with_the_parameter_and_the_problem_named(string example, string parameter, string message)
    {
        var element = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty.Establish(Recruitment)).Offences[0].Elements;
        var definition = LegalFrameworks.Tvpa.Offences[0];
        Action act = example switch
        {
            "julian date of birth" => () => AgeEvidence.FromDateOfBirth(new LocalDate(2008, 1, 1, CalendarSystem.Julian)),
            "birth year 9982" => () => AgeEvidence.FromDateOfBirth(new LocalDate(9982, 1, 1)),
            "conduct ends first" => () => _ = new ConductPeriod(new LocalDate(2024, 2, 1), new LocalDate(2024, 1, 1)),
            "julian conduct" => () => _ = new ConductPeriod(new LocalDate(2024, 1, 1, CalendarSystem.Julian), new LocalDate(2024, 1, 2, CalendarSystem.Julian)),
            "undefined status" => () => CaseFacts.Empty.With(Force, (FactStatus)9),
            "undefined fact" => () => CaseFacts.Empty.With((CaseFact)99, FactStatus.Established),
            "setting the minority" => () => CaseFacts.Empty.With(UnderEighteen, FactStatus.Established),
            "empty rule" => () => Rule.AnyOf(Array.Empty<Rule>()),
            "empty group" => () => _ = new FactGroup("g", "G", []),
            "group repeats a fact" => () => _ = new FactGroup("g", "G", [Force, Force]),
            "question without facts" => () => _ = new OpenQuestion("act", "Act", []),
            "question out of order" => () => _ = new OpenQuestion("act", "Act", [Harboring, Recruitment]),
            "undetermined deciding set" => () => _ = new DecidingSet(Verdict.Undetermined, [Force]),
            "verdict against its elements" => () => _ = new OffenceAssessment("o", "O", "c", Verdict.Met, element, [], "x"),
            "deciding sets on a met verdict" => () => _ = new OffenceAssessment("o", "O", "c", Verdict.Met, [new ElementAssessment("act", "Act", "c", Verdict.Met, [Recruitment], "x")], [new DecidingSet(Verdict.Met, [Force])], "x"),
            "question about a foreign element" => () => _ = new OffenceAssessment("o", "O", "c", Verdict.Undetermined, element, [], "x") { OpenQuestions = [new OpenQuestion("elsewhere", "E", [Force])] },
            "omitted sets on a met verdict" => () => _ = new OffenceAssessment("o", "O", "c", Verdict.Met, [new ElementAssessment("act", "Act", "c", Verdict.Met, [Recruitment], "x")], [], "x") { OmittedDecidingSets = 1 },
            "framework code" => () => _ = new LegalFramework("Not A Code", "F", "c", LegalFrameworks.Tvpa.Offences),
            "framework without offences" => () => _ = new LegalFramework("f", "F", "c", []),
            "framework repeats an offence" => () => _ = new LegalFramework("f", "F", "c", [definition, definition]),
            "offence code" => () => _ = new OffenceDefinition("Not A Code", "O", "c", definition.Elements),
            "offence without elements" => () => _ = new OffenceDefinition("o", "O", "c", []),
            "offence repeats an element" => () => _ = new OffenceDefinition("o", "O", "c", [definition.Elements[0], definition.Elements[0]]),
            "element code" => () => _ = new ElementDefinition("Not A Code", "E", "c", Rule.Fact(Force)),
            "unknown offence" => () => LegalFrameworks.Tvpa.Offence("kidnap"),
            "unknown assessed offence" => () => TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty).Offence("kidnap"),
            "options out of range" => () => _ = new AssessmentOptions { MaxDecidingSets = AssessmentOptions.MaxListLength + 1 },
            "framework with no offences" => () => TraffickingAssessor.Assess(new EmptyFramework(), CaseFacts.Empty),
            _ => throw new InvalidOperationException(example),
        };
        var ex = Assert.ThrowsAny<ArgumentException>(act);
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    private static Verdict Decide(Rule rule, CaseFacts facts) =>
        TraffickingAssessor.Decide(new OffenceDefinition("o", "O", "c", [new ElementDefinition("e", "E", "c", rule)]), facts);

    private static void AgreesWithJson<T>(T a, T b, JsonTypeInfo<T> info)
        where T : class, IEquatable<T>
    {
        var same = JsonSerializer.Serialize(a, info) == JsonSerializer.Serialize(b, info);
        Assert.Equal(same, a.Equals(b));
        Assert.Equal(same, b.Equals(a));
        Assert.True(a.Equals(a));
        Assert.False(a.Equals((T?)null));
        Assert.False(a.Equals(new object()));
        if (same)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    private sealed class EmptyFramework : ILegalFramework
    {
        public string Code => "empty";

        public string Name => "Empty";

        public string Citation => "none";

        public ImmutableArray<OffenceDefinition> Offences => [];
    }
}
