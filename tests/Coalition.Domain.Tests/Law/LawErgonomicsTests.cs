using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Law;
using Coalition.Domain.Serialization;
using FsCheck.Fluent;
using NodaTime;
using static Coalition.Domain.Law.CaseFact;

namespace Coalition.Domain.Tests.Law;

/// <summary>Fact groups, framework lookup by code, the minority finding on an assessment, and summaries of undetermined verdicts.</summary>
public sealed class LawErgonomicsTests
{
    private static readonly CaseFacts SexActAndPurpose = CaseFacts.Empty.Establish(Recruitment, CommercialSexAct).WithAge(AgeEvidence.EighteenOrOver);

    [Fact]
    public void Ruling_out_coercion_as_a_group_rules_out_all_three_forms()
    {
        var facts = SexActAndPurpose.RuleOut(Force, Fraud).RuleOut(FactGroups.Coercion);
        Assert.Equal(new[] { ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess }, FactGroups.Coercion.Facts.ToArray());
        Assert.All(FactGroups.Coercion.Facts, f => Assert.Equal(FactStatus.RuledOut, facts.StatusOf(f)));
        Assert.Equal(FactStatus.RuledOut, facts.StatusOf(FactGroups.TvpaMeans));
        Assert.Equal(Verdict.NotMet, TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts).VerdictOn(LegalFrameworks.SevereSexTrafficking));

        // Ruling out only one form leaves the verdict open: the other two could still be shown.
        var oneForm = SexActAndPurpose.RuleOut(Force, Fraud, ThreatOfSeriousHarmOrRestraint);
        Assert.Equal(Verdict.Undetermined, TraffickingAssessor.Assess(LegalFrameworks.Tvpa, oneForm).VerdictOn(LegalFrameworks.SevereSexTrafficking));
        Assert.Equal(FactStatus.Unknown, oneForm.StatusOf(FactGroups.Coercion));
    }

    [Fact]
    public void A_group_is_established_when_any_member_is_and_ruled_out_only_when_all_are() =>
        Properties.ForAll(LawGenerators.Facts.SelectMany(_ => Gen.Elements(FactGroups.All.AsEnumerable()), (f, g) => (f, g)).ToArbitrary(), input =>
        {
            var (facts, group) = input;
            var statuses = group.Facts.Select(facts.StatusOf).ToList();
            var expected = statuses.Contains(FactStatus.Established) ? FactStatus.Established
                : statuses.All(s => s == FactStatus.RuledOut) ? FactStatus.RuledOut
                : FactStatus.Unknown;
            Assert.Equal(expected, facts.StatusOf(group));
            var ruledOut = facts.RuleOut(group);
            Assert.Equal(FactStatus.RuledOut, ruledOut.StatusOf(group));
            Assert.All(CaseFacts.SettableFacts.Except(group.Facts), f => Assert.Equal(facts.StatusOf(f), ruledOut.StatusOf(f)));
        });

    [Fact]
    public void The_frameworks_elements_accept_exactly_the_published_groups()
    {
        static ImmutableArray<CaseFact> Of(string offence, string element) =>
            (offence == LegalFrameworks.TraffickingInPersons ? LegalFrameworks.PalermoProtocol : LegalFrameworks.Tvpa).Offence(offence).Elements.Single(e => e.Code == element).Rule.Facts;

        Assert.Equal(FactGroups.TvpaSexTraffickingActs.Facts.Order(), Of(LegalFrameworks.SevereSexTrafficking, "act"));
        Assert.Equal(FactGroups.TvpaLaborTraffickingActs.Facts.Order(), Of(LegalFrameworks.SevereLaborTrafficking, "act"));
        Assert.Equal(FactGroups.TvpaMeans.Facts.Order(), Of(LegalFrameworks.SevereLaborTrafficking, "means"));
        Assert.Equal(FactGroups.TvpaMeans.Facts.Append(UnderEighteen).Order(), Of(LegalFrameworks.SevereSexTrafficking, "means-or-minor"));
        Assert.Equal(FactGroups.TvpaLaborTraffickingPurposes.Facts.Order(), Of(LegalFrameworks.SevereLaborTrafficking, "purpose"));
        Assert.Equal(FactGroups.PalermoActs.Facts.Order(), Of(LegalFrameworks.TraffickingInPersons, "act"));
        Assert.Equal(FactGroups.PalermoMeans.Facts.Append(UnderEighteen).Order(), Of(LegalFrameworks.TraffickingInPersons, "means-or-child"));
        Assert.Equal(FactGroups.PalermoPurposes.Facts.Order(), Of(LegalFrameworks.TraffickingInPersons, "purpose"));
        Assert.Subset(FactGroups.TvpaMeans.Facts.ToHashSet(), FactGroups.Coercion.Facts.ToHashSet());
    }

    [Fact]
    public void A_group_rejects_derived_repeated_or_undefined_facts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FactGroup("minor", "Minor", [UnderEighteen]));
        Assert.Throws<ArgumentException>(() => new FactGroup("twice", "Twice", [Force, Force]));
        Assert.Throws<ArgumentException>(() => new FactGroup("none", "None", []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FactGroup("odd", "Odd", [(CaseFact)99]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FactGroup("Not A Code", "Name", [Force]));
    }

    [Fact]
    public void Any_framework_finds_an_offence_by_code_through_the_interface()
    {
        ILegalFramework tvpa = LegalFrameworks.Tvpa;
        Assert.Same(tvpa.Offences[1], tvpa.Offence(LegalFrameworks.SevereLaborTrafficking));
        ILegalFramework custom = new ListFramework(LegalFrameworks.PalermoProtocol.Offences);
        Assert.Same(custom.Offences[0], custom.Offence(LegalFrameworks.TraffickingInPersons));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => custom.Offence("2009-02-28"));
        Assert.Equal("code", ex.ParamName);
        Assert.DoesNotContain("2009-02-28", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => custom.Offence(null!));
    }

    [Fact]
    public void Conduct_spanning_the_18th_birthday_is_explained_without_contradiction()
    {
        var conduct = new ConductPeriod(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31));
        var facts = CaseFacts.Empty.Establish(Recruitment, CommercialSexAct).RuleOut(FactGroups.TvpaMeans)
            .WithAge(AgeEvidence.FromDateOfBirth(new LocalDate(2006, 3, 14))).WithConduct(conduct);
        var assessment = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts);
        var element = assessment.Offence(LegalFrameworks.SevereSexTrafficking).Elements.Single(e => e.Code == "means-or-minor");
        Assert.Contains("for the conduct before the 18th birthday", element.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("needs to be shown for a minor.", element.Explanation, StringComparison.Ordinal);
        Assert.True(assessment.Minority.IsPartial);
        Assert.Equal(FactStatus.Established, assessment.Minority.Status);

        var whollyMinor = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts.WithAge(AgeEvidence.UnderEighteen));
        Assert.False(whollyMinor.Minority.IsPartial);
        Assert.Contains("needs to be shown for a minor.", whollyMinor.Offence(LegalFrameworks.SevereSexTrafficking).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assessment_carries_the_minority_finding_of_its_facts() =>
        Properties.ForAll(LawGenerators.Facts.ToArbitrary(), facts =>
        {
            var assessment = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts);
            var direct = LegalAge.Minority(facts.Age, facts.Conduct);
            Assert.Equal(direct.Status, assessment.Minority.Status);
            Assert.Equal(direct.IsPartial, assessment.Minority.IsPartial);
            Assert.Equal(facts.StatusOf(UnderEighteen), assessment.Facts.StatusOf(UnderEighteen));
        });

    [Fact]
    public void No_assessment_holds_or_reveals_a_date_of_birth() =>
        Properties.ForAll(LawGenerators.Facts.Where(f => f.Age.Kind == AgeEvidenceKind.DateOfBirth).ToArbitrary(), facts =>
        {
            var dateOfBirth = facts.Age.DateOfBirth!.Value;
            var conductDates = facts.Conduct is { } c ? new[] { c.Start, c.End } : [];
            var forbidden = new[] { dateOfBirth, LegalAge.EighteenthBirthday(dateOfBirth), LegalAge.EighteenthBirthday(dateOfBirth).PlusDays(-1) }
                .Where(d => !conductDates.Contains(d))
                .Select(d => NodaTime.Text.LocalDatePattern.Iso.Format(d))
                .ToList();
            foreach (var framework in (ILegalFramework[])[LegalFrameworks.Tvpa, LegalFrameworks.PalermoProtocol])
            {
                var assessment = TraffickingAssessor.Assess(framework, facts);
                var json = JsonSerializer.Serialize(assessment, CoalitionJsonContext.Default.Assessment);
                Assert.NotEqual(AgeEvidenceKind.DateOfBirth, assessment.Facts.Age.Kind);
                Assert.DoesNotContain("dateOfBirth", json, StringComparison.Ordinal);
                foreach (var date in forbidden)
                {
                    Assert.DoesNotContain(date, json, StringComparison.Ordinal);
                    Assert.DoesNotContain(date, assessment.ToString(), StringComparison.Ordinal);
                    Assert.DoesNotContain(date, assessment.Minority.ToString(), StringComparison.Ordinal);
                    Assert.DoesNotContain(date, LegalAge.Minority(facts.Age, facts.Conduct).ToString(), StringComparison.Ordinal);
                }

                // The evidence kept decides every offence the same way, and re-assessing the kept facts gives the same assessment.
                Assert.Equal(assessment, TraffickingAssessor.Assess(framework, assessment.Facts));
                Assert.All(framework.Offences, o => Assert.Equal(TraffickingAssessor.Decide(o, facts), assessment.VerdictOn(o.Code)));
            }
        });

    [Fact]
    public void Open_questions_are_the_distinct_facts_of_the_deciding_sets_grouped_by_element() =>
        Properties.ForAll(LawGenerators.Facts.ToArbitrary(), facts =>
        {
            foreach (var offence in TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, facts).Offences.Concat(TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts).Offences))
            {
                var deciding = offence.DecidingSets.SelectMany(s => s.Facts).ToHashSet();
                Assert.Equal(deciding, offence.OpenQuestions.SelectMany(q => q.Facts).ToHashSet());
                Assert.Equal(!offence.DecidingSets.IsEmpty, !offence.OpenQuestions.IsEmpty);
                Assert.True(offence.Verdict == Verdict.Undetermined || offence.OpenQuestions.IsEmpty);
                Assert.All(offence.OpenQuestions, q => Assert.Contains(offence.Elements, e => e.Code == q.ElementCode));
                Assert.Equal(0, offence.OmittedDecidingSets);
            }
        });

    [Fact]
    public void A_summary_caps_the_list_and_counts_the_rest()
    {
        var open = CaseFacts.Empty.WithAge(AgeEvidence.EighteenOrOver);
        var full = TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, open).Offence(LegalFrameworks.TraffickingInPersons);
        Assert.True(full.DecidingSets.Length > 100, $"{full.DecidingSets.Length} deciding sets");

        var summary = TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, open, AssessmentOptions.Summary with { MaxFactsPerElement = 3 }).Offence(LegalFrameworks.TraffickingInPersons);
        Assert.Equal(AssessmentOptions.Summary.MaxDecidingSets, summary.DecidingSets.Length);
        Assert.Equal(full.DecidingSets.Length - summary.DecidingSets.Length, summary.OmittedDecidingSets);
        Assert.Equal(full.DecidingSets[..summary.DecidingSets.Length].AsEnumerable(), summary.DecidingSets.AsEnumerable());
        Assert.Equal(full.OpenQuestions.AsEnumerable(), summary.OpenQuestions.AsEnumerable());
        Assert.Contains("To decide, answer for means-or-child: force", summary.Explanation, StringComparison.Ordinal);
        Assert.Contains("more)", summary.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("Met if established", summary.Explanation, StringComparison.Ordinal);
        Assert.True(summary.Explanation.Length < full.Explanation.Length / 4);

        var capped = TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, open, new AssessmentOptions { MaxDecidingSets = 3 }).Offence(LegalFrameworks.TraffickingInPersons);
        Assert.Contains($"and {full.DecidingSets.Length - 3} more deciding sets", capped.Explanation, StringComparison.Ordinal);
        Assert.StartsWith($"{summary.OpenQuestions[0].ElementName}: recruitment, harboring (+3 more); ", summary.Summarize(2), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentOptions { MaxDecidingSets = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => summary.Summarize(0));
    }

    [Fact]
    public void The_turned_eighteen_evidence_reads_and_writes_and_the_legacy_kind_still_reads()
    {
        var facts = CaseFacts.Empty.WithAge(AgeEvidence.TurnedEighteenDuringConduct);
        var json = JsonSerializer.Serialize(facts, CoalitionJsonContext.Default.CaseFacts);
        Assert.Contains("\"turned-eighteen-during-conduct\"", json, StringComparison.Ordinal);
        Assert.Equal(facts, CoalitionJson.Deserialize(json, CoalitionJsonContext.Default.CaseFacts));
        Assert.Equal(AgeEvidence.UnderEighteen, CoalitionJson.Deserialize("""{"age":{"kind":"under18"}}""", CoalitionJsonContext.Default.CaseFacts).Age);
        Assert.Equal(AgeEvidence.UnderEighteen, CoalitionJson.Deserialize("""{"age":{"kind":"under-eighteen"}}""", CoalitionJsonContext.Default.CaseFacts).Age);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize("""{"age":{"kind":"unknown","kind":"under-eighteen"}}""", CoalitionJsonContext.Default.CaseFacts));
    }

    private sealed class ListFramework(ImmutableArray<OffenceDefinition> offences) : ILegalFramework
    {
        public string Code => "list-framework";

        public string Name => "A framework implemented outside the library";

        public string Citation => "test";

        public ImmutableArray<OffenceDefinition> Offences => offences;
    }
}
