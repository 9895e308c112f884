using System.Text.Json;
using Coalition.Domain.Law;
using Coalition.Domain.Protections;
using Coalition.Domain.Serialization;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace Coalition.Domain.Tests.Protections;

/// <summary>Worked examples from the structure of the statute and regulations, and the laws of the protections (issue 14).</summary>
public sealed class ProtectionAssessorTests
{
    private static readonly ImmigrationFacts Adult = ProtectionGenerators.CooperatingAdult;

    private static ProtectionVerdict T(ImmigrationFacts f) => ProtectionAssessor.Decide(Protection.TVisa, f);

    [Fact]
    public void A_cooperating_adult_on_whom_every_element_is_established_can_seek_a_t_visa_and_continued_presence()
    {
        Assert.Equal(ProtectionVerdict.Available, T(Adult));
        Assert.Equal(ProtectionVerdict.Available, ProtectionAssessor.Decide(Protection.ContinuedPresence, Adult));
        var assessment = ProtectionAssessor.Assess(Protection.TVisa, Adult);
        Assert.All(assessment.Elements.Where(e => e.Code != "t-visa.status"), e => Assert.Equal(Verdict.Met, e.Value));
        Assert.Contains("USCIS", assessment.DecidedBy, StringComparison.Ordinal);
        Assert.Contains(assessment.Elements, e => e.Citation.Contains("214.202(c)", StringComparison.Ordinal));
        Assert.Empty(assessment.DecidingSets);
    }

    [Fact]
    public void Compliance_is_excepted_for_trauma_and_waived_for_a_victim_under_18_but_not_for_an_adult_who_declined()
    {
        Assert.Equal(ProtectionVerdict.Available, T(Adult with { Cooperation = Cooperation.UnableBecauseOfTrauma }));
        Assert.Equal(ProtectionVerdict.NotAvailable, T(Adult with { Cooperation = Cooperation.Declined }));
        Assert.Equal(ProtectionVerdict.Available, T(Adult with { Cooperation = Cooperation.Declined, AgeAtVictimisation = AgeEvidenceKind.UnderEighteen }));
        Assert.Equal(ProtectionVerdict.Available, T(Adult with { Cooperation = Cooperation.Declined, AgeAtVictimisation = AgeEvidenceKind.TurnedEighteenDuringConduct }));

        // Declined with the age at victimisation unknown: the age decides.
        var unknownAge = ProtectionAssessor.Assess(Protection.TVisa, Adult with { Cooperation = Cooperation.Declined, AgeAtVictimisation = AgeEvidenceKind.Unknown });
        Assert.Equal(ProtectionVerdict.Undetermined, unknownAge.Verdict);
        Assert.Contains(unknownAge.DecidingSets, d => d.Outcome == ProtectionVerdict.Available && d.Facts.SequenceEqual([ProtectionFact.AgeAtVictimisation]));
    }

    [Fact]
    public void An_inadmissible_applicant_without_a_waiver_and_a_trafficker_are_not_eligible_and_undetermined_tvpa_propagates()
    {
        Assert.Equal(ProtectionVerdict.NotAvailable, T(Adult with { AdmissibleOrWaiver = FactStatus.RuledOut }));
        Assert.Equal(ProtectionVerdict.NotAvailable, T(Adult with { CommittedSevereTrafficking = FactStatus.Established }));
        Assert.Equal(ProtectionVerdict.Undetermined, T(Adult with { TraffickingVictim = Verdict.Undetermined }));
        Assert.Equal(ProtectionVerdict.Available, T(Adult with { TVisa = new ProtectionRecord(DhsStatus.Granted, new LocalDate(2026, 3, 1)) }));
        Assert.Equal(ProtectionVerdict.NotAvailable, T(Adult with { TVisa = new ProtectionRecord(DhsStatus.Denied) }));
    }

    [Fact]
    public void Continued_presence_needs_a_federal_request_and_the_survivor_cannot_apply_alone()
    {
        var noRequest = ProtectionAssessor.Assess(Protection.ContinuedPresence, Adult with { FederalRequest = FactStatus.RuledOut });
        Assert.Equal(ProtectionVerdict.NotAvailable, noRequest.Verdict);
        Assert.Contains(noRequest.NextSteps, s => s.Actor == ProtectionActor.FederalLawEnforcement && s.Text.Contains("cannot apply alone", StringComparison.Ordinal));
        Assert.Equal(ProtectionVerdict.Available, ProtectionAssessor.Decide(Protection.ContinuedPresence, Adult with { FederalRequest = FactStatus.RuledOut, ContinuedPresence = new ProtectionRecord(DhsStatus.Granted) }));
        Assert.Equal(ProtectionVerdict.Undetermined, ProtectionAssessor.Decide(Protection.ContinuedPresence, Adult with { ContinuedPresence = new ProtectionRecord(DhsStatus.Requested) }));
    }

    [Fact]
    public void Hhs_certification_follows_dhs_findings_continued_presence_a_bona_fide_determination_or_a_t_visa_grant()
    {
        ProtectionVerdict Certification(ImmigrationFacts f) => ProtectionAssessor.Decide(Protection.HhsCertification, f);
        Assert.Equal(ProtectionVerdict.NotAvailable, Certification(Adult));
        Assert.Equal(ProtectionVerdict.Available, Certification(Adult with { ContinuedPresence = new ProtectionRecord(DhsStatus.Granted) }));
        Assert.Equal(ProtectionVerdict.Available, Certification(Adult with { TVisa = new ProtectionRecord(DhsStatus.BonaFideDetermination, new LocalDate(2026, 5, 2)) }));
        Assert.Equal(ProtectionVerdict.Available, Certification(Adult with { TVisa = new ProtectionRecord(DhsStatus.Granted) }));

        // It reads DHS's findings, not cooperation: a survivor who declined, with a bona fide determination, is certified.
        Assert.Equal(ProtectionVerdict.Available, Certification(Adult with { Cooperation = Cooperation.Declined, TVisa = new ProtectionRecord(DhsStatus.BonaFideDetermination) }));
        Assert.Equal(ProtectionVerdict.NotNeeded, Certification(Adult with { DerivativeTStatus = FactStatus.Established }));
        Assert.Equal(ProtectionVerdict.NotAvailable, Certification(Adult with { CurrentAge = AgeEvidenceKind.UnderEighteen, TVisa = new ProtectionRecord(DhsStatus.Granted) }));
    }

    [Fact]
    public void A_child_gets_an_eligibility_letter_and_interim_assistance_without_cooperating_with_law_enforcement()
    {
        var child = Adult with { CurrentAge = AgeEvidenceKind.UnderEighteen, AgeAtVictimisation = AgeEvidenceKind.UnderEighteen, Cooperation = Cooperation.Declined, CredibleInformation = FactStatus.Established, LetterRequestInTime = FactStatus.Established };
        Assert.Equal(ProtectionVerdict.Available, ProtectionAssessor.Decide(Protection.EligibilityLetter, child));
        Assert.Equal(ProtectionVerdict.Available, ProtectionAssessor.Decide(Protection.InterimAssistance, child));
        var letter = ProtectionAssessor.Assess(Protection.EligibilityLetter, child);
        Assert.Contains(letter.Elements, e => e.Description.Contains("before the 18th birthday", StringComparison.Ordinal));
        Assert.Equal(ProtectionVerdict.NotAvailable, ProtectionAssessor.Decide(Protection.EligibilityLetter, Adult));
    }

    [Fact]
    public void An_eligibility_letter_request_near_the_18th_birthday_is_warned_and_a_late_one_is_not_offered()
    {
        var birth = new LocalDate(2008, 12, 20);
        var near = LetterDeadline.For(birth, new LocalDate(2026, 11, 23));
        Assert.Equal(new LocalDate(2026, 12, 19), near.LastDay);
        Assert.Equal(26, near.DaysLeft);
        Assert.True(near.IsNear);
        Assert.Contains("26 day(s)", near.Warning, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", near.ToString(), StringComparison.Ordinal);
        Assert.True(near.IsInTime(new LocalDate(2026, 12, 19)));
        Assert.False(near.IsInTime(new LocalDate(2026, 12, 20)));
        Assert.False(LetterDeadline.For(birth, new LocalDate(2026, 6, 1)).IsNear);
        Assert.True(LetterDeadline.For(birth, new LocalDate(2026, 12, 21)).HasPassed);

        // A leap-day birth turns 18 on 1 March in a non-leap year: the last day is 28 February.
        Assert.Equal(new LocalDate(2026, 2, 28), LetterDeadline.For(new LocalDate(2008, 2, 29), new LocalDate(2026, 1, 1)).LastDay);

        var late = Adult with { CurrentAge = AgeEvidenceKind.UnderEighteen, LetterRequestInTime = FactStatus.RuledOut };
        Assert.Equal(ProtectionVerdict.NotAvailable, ProtectionAssessor.Decide(Protection.EligibilityLetter, late));
    }

    [Fact]
    public void The_eligibility_letter_is_never_offered_for_a_request_that_reaches_hhs_after_the_18th_birthday() =>
        Properties.ForAll(
            (from facts in ProtectionGenerators.Facts
             from days in FsCheck.Fluent.Gen.Choose(0, 6600)
             from arrivesAfter in FsCheck.Fluent.Gen.Choose(0, 400)
             select (facts, days, arrivesAfter)).ToArbitrary(),
            input =>
            {
                var (facts, days, arrivesAfter) = input;
                var birth = new LocalDate(2009, 3, 1);
                var deadline = LetterDeadline.For(birth, birth.PlusDays(days));
                var inTime = deadline.IsInTime(birth.PlusDays(days + arrivesAfter));
                var verdict = ProtectionAssessor.Decide(Protection.EligibilityLetter, facts with { LetterRequestInTime = inTime ? FactStatus.Established : FactStatus.RuledOut });
                if (!inTime)
                {
                    Assert.NotEqual(ProtectionVerdict.Available, verdict);
                }
            });

    [Fact]
    public void Citizens_and_permanent_residents_are_told_they_need_none_and_unknown_status_decides_nothing()
    {
        foreach (var nationality in new[] { NationalityStatus.UsCitizen, NationalityStatus.LawfulPermanentResident })
        {
            foreach (var assessment in ProtectionAssessor.AssessAll(Adult with { Nationality = nationality }))
            {
                Assert.Equal(ProtectionVerdict.NotNeeded, assessment.Verdict);
                Assert.Contains("not needed", assessment.Explanation, StringComparison.Ordinal);
            }
        }

        Assert.Contains("1612", ProtectionAssessor.Assess(Protection.HhsCertification, Adult with { Nationality = NationalityStatus.LawfulPermanentResident }).Explanation, StringComparison.Ordinal);
        foreach (var assessment in ProtectionAssessor.AssessAll(Adult with { Nationality = NationalityStatus.Unknown }))
        {
            Assert.Equal(ProtectionVerdict.Undetermined, assessment.Verdict);
            Assert.Contains(assessment.DecidingSets, d => d.Facts.SequenceEqual([ProtectionFact.Nationality]) && d.Outcome == ProtectionVerdict.NotNeeded);
        }
    }

    [Fact]
    public void The_u_visa_is_an_alternative_whose_certifiers_include_those_outside_law_enforcement()
    {
        var u = ProtectionAssessor.Assess(Protection.UVisa, Adult with { Cooperation = Cooperation.Declined });
        Assert.Equal(ProtectionVerdict.Undetermined, u.Verdict);
        Assert.Contains(u.NextSteps, s => s.Actor == ProtectionActor.Certifier && s.Text.Contains("child protective services", StringComparison.Ordinal) && s.Text.Contains("EEOC", StringComparison.Ordinal));
    }

    [Fact]
    public void Facts_refuse_a_date_of_birth()
    {
        Assert.Equal("AgeAtVictimisation", Assert.Throws<ArgumentOutOfRangeException>(() => new ImmigrationFacts { AgeAtVictimisation = AgeEvidenceKind.DateOfBirth }).ParamName);
        Assert.Equal("CurrentAge", Assert.Throws<ArgumentOutOfRangeException>(() => new ImmigrationFacts { CurrentAge = AgeEvidenceKind.TurnedEighteenDuringConduct }).ParamName);
    }

    [Fact]
    public void The_informed_choice_table_shows_what_declining_costs_or_keeps_and_says_it_is_not_a_recommendation()
    {
        var adult = InformedChoice.Of(Adult);
        var t = adult.Outcomes.Single(o => o.Protection == Protection.TVisa);
        Assert.Equal((ProtectionVerdict.Available, ProtectionVerdict.NotAvailable), (t.IfCooperating, t.IfDeclining));
        Assert.Contains("not a recommendation", adult.Disclaimer, StringComparison.Ordinal);
        var child = InformedChoice.Of(Adult with { AgeAtVictimisation = AgeEvidenceKind.UnderEighteen });
        var childT = child.Outcomes.Single(o => o.Protection == Protection.TVisa);
        Assert.Equal(childT.IfCooperating, childT.IfDeclining);
        var trauma = InformedChoice.Of(Adult with { Cooperation = Cooperation.UnableBecauseOfTrauma });
        Assert.Equal(ProtectionVerdict.Available, trauma.Outcomes.Single(o => o.Protection == Protection.TVisa).IfDeclining);
        Assert.Contains("EEOC", adult.Outcomes.Single(o => o.Protection == Protection.UVisa).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Declining_never_improves_a_verdict_and_json_round_trips_the_table() =>
        Properties.ForAll(ProtectionGenerators.Facts.ToArbitrary(), facts =>
        {
            var choice = InformedChoice.Of(facts);
            Assert.Equal(ProtectionAssessor.All.Length, choice.Outcomes.Length);
            Assert.All(choice.Outcomes, o => Assert.True(Rank(o.IfDeclining) <= Rank(o.IfCooperating) || o.IfDeclining == ProtectionVerdict.NotNeeded));
            Assert.Equal(choice, CoalitionJson.Deserialize(JsonSerializer.Serialize(choice, CoalitionJsonContext.Default.InformedChoice), CoalitionJsonContext.Default.InformedChoice));
        });

    [Fact]
    public void Decide_allocates_nothing()
    {
        var facts = Adult with { Cooperation = Cooperation.Declined, AgeAtVictimisation = AgeEvidenceKind.Unknown };
        var sum = 0;
        foreach (var protection in ProtectionAssessor.All)
        {
            sum += (int)ProtectionAssessor.Decide(protection, facts);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var protection in ProtectionAssessor.All)
            {
                sum += (int)ProtectionAssessor.Decide(protection, facts);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum > 0);
    }

    private static int Rank(ProtectionVerdict v) => v switch
    {
        ProtectionVerdict.NotAvailable => 0,
        ProtectionVerdict.Undetermined => 1,
        _ => 2,
    };

    [Fact]
    public void Monotonic_knowledge_answering_an_unknown_fact_never_flips_a_decided_verdict() =>
        Properties.ForAll(
            (from facts in ProtectionGenerators.Facts
             from fact in FsCheck.Fluent.Gen.Elements(Enum.GetValues<ProtectionFact>())
             from pick in FsCheck.Fluent.Gen.Choose(0, 100)
             select (facts, fact, pick)).ToArbitrary(),
            input =>
            {
                var (facts, fact, pick) = input;
                if (!ProtectionAssessor.IsUnknown(facts, fact))
                {
                    return;
                }

                var answers = ProtectionAssessor.Answers(fact);
                var answered = ProtectionAssessor.With(facts, fact, answers[pick % answers.Length]);
                foreach (var protection in ProtectionAssessor.All)
                {
                    var before = ProtectionAssessor.Decide(protection, facts);
                    if (before != ProtectionVerdict.Undetermined)
                    {
                        Assert.Equal(before, ProtectionAssessor.Decide(protection, answered));
                    }
                }
            });

    [Fact]
    public void The_under_18_waiver_never_makes_a_childs_t_visa_verdict_worse_than_an_adults_on_the_same_facts() =>
        Properties.ForAll(ProtectionGenerators.Facts.ToArbitrary(), facts =>
            Assert.True(Rank(T(facts with { AgeAtVictimisation = AgeEvidenceKind.UnderEighteen })) >= Rank(T(facts with { AgeAtVictimisation = AgeEvidenceKind.EighteenOrOver }))));

    [Fact]
    public void The_eligibility_letter_and_interim_assistance_never_depend_on_cooperation() =>
        Properties.ForAll(ProtectionGenerators.Facts.ToArbitrary(), facts =>
        {
            foreach (var protection in new[] { Protection.EligibilityLetter, Protection.InterimAssistance })
            {
                var verdicts = Enum.GetValues<Cooperation>().Select(c => ProtectionAssessor.Decide(protection, facts with { Cooperation = c })).Distinct();
                Assert.Single(verdicts);
            }
        });

    [Fact]
    public void Hhs_certification_is_never_available_without_continued_presence_a_bona_fide_determination_or_a_t_visa_grant() =>
        Properties.ForAll(ProtectionGenerators.Facts.ToArbitrary(), facts =>
        {
            if (ProtectionAssessor.Decide(Protection.HhsCertification, facts) == ProtectionVerdict.Available)
            {
                Assert.True(facts.ContinuedPresence?.Status == DhsStatus.Granted || facts.TVisa?.Status is DhsStatus.Granted or DhsStatus.BonaFideDetermination);
            }
        });

    [Fact]
    public void Citizens_and_permanent_residents_are_never_told_they_need_a_protection() =>
        Properties.ForAll(ProtectionGenerators.Facts.ToArbitrary(), facts =>
        {
            if (facts.Nationality is NationalityStatus.UsCitizen or NationalityStatus.LawfulPermanentResident)
            {
                Assert.All(ProtectionAssessor.AssessAll(facts), a =>
                {
                    Assert.Equal(ProtectionVerdict.NotNeeded, a.Verdict);
                    Assert.DoesNotContain(a.NextSteps, s => s.Actor is ProtectionActor.Uscis or ProtectionActor.FederalLawEnforcement or ProtectionActor.Certifier or ProtectionActor.Hhs);
                });
            }
        });

    [Fact]
    public void Assessments_are_deterministic_agree_with_decide_have_sound_deciding_sets_and_round_trip_through_json() =>
        Properties.ForAll(ProtectionGenerators.Facts.ToArbitrary(), facts =>
        {
            var all = ProtectionAssessor.AssessAll(facts);
            Assert.Equal(all.ToList(), ProtectionAssessor.AssessAll(facts).ToList());
            foreach (var a in all)
            {
                Assert.Equal(ProtectionAssessor.Decide(a.Protection, facts), a.Verdict);
                foreach (var set in a.DecidingSets)
                {
                    Assert.All(set.Facts, f => Assert.True(ProtectionAssessor.IsUnknown(facts, f)));
                    Assert.Contains(set.Outcome, Outcomes(a.Protection, facts, [.. set.Facts]));
                }
            }

            Assert.Equal(facts, CoalitionJson.Deserialize(JsonSerializer.Serialize(facts, CoalitionJsonContext.Default.ImmigrationFacts), CoalitionJsonContext.Default.ImmigrationFacts));
            var json = JsonSerializer.Serialize(all, CoalitionJsonContext.Default.ImmutableArrayProtectionAssessment);
            Assert.Equal(all.ToList(), CoalitionJson.Deserialize(json, CoalitionJsonContext.Default.ImmutableArrayProtectionAssessment).ToList());
        });

    private static IEnumerable<ProtectionVerdict> Outcomes(Protection protection, ImmigrationFacts facts, ProtectionFact[] rest) =>
        rest.Length == 0
            ? [ProtectionAssessor.Decide(protection, facts)]
            : ProtectionAssessor.Answers(rest[0]).SelectMany(a => Outcomes(protection, ProtectionAssessor.With(facts, rest[0], a), rest[1..]));
}
