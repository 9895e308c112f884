using System.Text.Json;
using Coalition.Domain.Law;
using Coalition.Domain.Serialization;
using FsCheck.Fluent;
using static Coalition.Domain.Law.CaseFact;

namespace Coalition.Domain.Tests.Law;

/// <summary>The laws of the TVPA rules, checked on generated facts.</summary>
public sealed class TraffickingAssessorPropertyTests
{
    private static readonly OffenceDefinition Sex = LegalFrameworks.Tvpa.Offence(LegalFrameworks.SevereSexTrafficking);
    private static readonly OffenceDefinition Labor = LegalFrameworks.Tvpa.Offence(LegalFrameworks.SevereLaborTrafficking);
    private static readonly CaseFact[] Acts = [Recruitment, Harboring, Transportation, Provision, Obtaining];
    private static readonly CaseFact[] SexActs = [.. Acts, Patronizing, Soliciting];
    private static readonly CaseFact[] Means = [Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess];

    private static IEnumerable<OffenceDefinition> AllOffences => LegalFrameworks.Tvpa.Offences.Concat(LegalFrameworks.PalermoProtocol.Offences);

    [Fact]
    public void Learning_a_fact_never_turns_met_into_not_met_or_back() =>
        Properties.ForAll(
            LawGenerators.Facts.SelectMany(_ => LawGenerators.SettableFact, (f, x) => (f, x)).SelectMany(_ => LawGenerators.KnownStatus, (p, s) => (p.f, p.x, s)).ToArbitrary(),
            input =>
            {
                var (facts, fact, status) = input;
                if (facts.StatusOf(fact) != FactStatus.Unknown)
                {
                    return;
                }

                var learned = facts.With(fact, status);
                foreach (var offence in AllOffences)
                {
                    var before = TraffickingAssessor.Decide(offence, facts);
                    var after = TraffickingAssessor.Decide(offence, learned);
                    Assert.True(before == Verdict.Undetermined || before == after, $"{offence.Code}: {before} became {after} on learning {fact}={status}");
                }
            });

    [Fact]
    public void Learning_the_age_never_turns_met_into_not_met_or_back() =>
        Properties.ForAll(LawGenerators.Facts.Where(f => f.Age == AgeEvidence.Unknown).SelectMany(_ => LawGenerators.KnownAge, (f, a) => (f, a)).ToArbitrary(), input =>
        {
            var (facts, age) = input;
            foreach (var offence in AllOffences)
            {
                var before = TraffickingAssessor.Decide(offence, facts);
                Assert.True(before == Verdict.Undetermined || before == TraffickingAssessor.Decide(offence, facts.WithAge(age)));
            }
        });

    [Fact]
    public void With_no_unknown_facts_no_verdict_is_undetermined() =>
        Properties.ForAll(LawGenerators.CompleteFacts.ToArbitrary(), facts =>
        {
            Assert.True(facts.IsComplete);
            Assert.All(AllOffences, offence => Assert.NotEqual(Verdict.Undetermined, TraffickingAssessor.Decide(offence, facts)));
        });

    [Fact]
    public void Act_commercial_sex_and_minority_make_sex_trafficking_met_whatever_the_means() =>
        Properties.ForAll(LawGenerators.Facts.SelectMany(_ => Gen.Elements(SexActs), (f, a) => (f, a)).ToArbitrary(), input =>
        {
            var facts = input.f.Establish(input.a, CommercialSexAct).WithAge(AgeEvidence.UnderEighteen);
            Assert.Equal(Verdict.Met, TraffickingAssessor.Decide(Sex, facts));
        });

    [Fact]
    public void An_adult_with_every_means_ruled_out_is_not_a_severe_sex_trafficking_victim() =>
        Properties.ForAll(LawGenerators.Facts.ToArbitrary(), f =>
        {
            var facts = f.RuleOut(Means).WithAge(AgeEvidence.EighteenOrOver);
            Assert.Equal(Verdict.NotMet, TraffickingAssessor.Decide(Sex, facts));
        });

    [Fact]
    public void Labor_trafficking_has_no_age_exception() =>
        Properties.ForAll(LawGenerators.Facts.ToArbitrary(), facts =>
        {
            var asMinor = TraffickingAssessor.Decide(Labor, facts.WithAge(AgeEvidence.UnderEighteen));
            Assert.Equal(asMinor, TraffickingAssessor.Decide(Labor, facts.WithAge(AgeEvidence.EighteenOrOver)));
            Assert.Equal(asMinor, TraffickingAssessor.Decide(Labor, facts.WithAge(AgeEvidence.Unknown)));
            Assert.Equal(Verdict.NotMet, TraffickingAssessor.Decide(Labor, facts.RuleOut(Means).WithAge(AgeEvidence.UnderEighteen)));
        });

    [Fact]
    public void Movement_never_changes_a_verdict() =>
        Properties.ForAll(LawGenerators.Facts.SelectMany(_ => LawGenerators.Status, (f, s) => (f, s)).ToArbitrary(), input =>
        {
            var (facts, status) = input;
            var moved = facts.With(Movement, status);
            Assert.All(AllOffences, o => Assert.Equal(TraffickingAssessor.Decide(o, facts), TraffickingAssessor.Decide(o, moved)));
        });

    [Fact]
    public void Transportation_does_not_change_a_verdict_when_another_act_is_established() =>
        Properties.ForAll(
            LawGenerators.Facts.SelectMany(_ => Gen.Elements(Recruitment, Harboring, Provision, Obtaining), (f, a) => f.Establish(a)).SelectMany(_ => LawGenerators.Status, (f, s) => (f, s)).ToArbitrary(),
            input =>
            {
                var (facts, status) = input;
                var changed = facts.With(Transportation, status);
                Assert.All(LegalFrameworks.Tvpa.Offences, o => Assert.Equal(TraffickingAssessor.Decide(o, facts), TraffickingAssessor.Decide(o, changed)));
            });

    [Fact]
    public void Assessment_is_deterministic_and_agrees_with_Decide() =>
        Properties.ForAll(LawGenerators.Facts.ToArbitrary(), facts =>
        {
            var first = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts);
            var second = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty.Establish([.. facts.Established]).RuleOut([.. facts.RuledOut]).WithAge(facts.Age).WithConduct(facts.Conduct));
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            Assert.Equal(first.Explanation, second.Explanation);
            Assert.All(first.Offences, o => Assert.Equal(o.Verdict, TraffickingAssessor.Decide(LegalFrameworks.Tvpa.Offence(o.Code), facts)));
        });

    [Fact]
    public void Deciding_sets_decide_the_verdict_and_none_smaller_exists() =>
        Properties.ForAll(LawGenerators.Facts.ToArbitrary(), facts =>
        {
            foreach (var offence in LegalFrameworks.Tvpa.Offences)
            {
                var result = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts).Offence(offence.Code);
                if (result.Verdict != Verdict.Undetermined)
                {
                    Assert.Empty(result.DecidingSets);
                    continue;
                }

                var unknown = offence.Elements.SelectMany(e => e.Rule.Facts).Distinct().Where(f => facts.StatusOf(f) == FactStatus.Unknown).ToArray();
                foreach (var outcome in new[] { Verdict.Met, Verdict.NotMet })
                {
                    var sets = result.DecidingSets.Where(s => s.Outcome == outcome).ToList();
                    Assert.NotEmpty(sets);
                    var size = sets[0].Facts.Length;
                    Assert.All(sets, s =>
                    {
                        Assert.Equal(size, s.Facts.Length);
                        Assert.Equal(outcome, Apply(offence, facts, s.Facts, outcome));
                    });

                    // Brute force: no set one smaller decides it.
                    foreach (var smaller in Combinations(unknown, size - 1))
                    {
                        Assert.NotEqual(outcome, Apply(offence, facts, smaller, outcome));
                    }
                }
            }
        });

    [Fact]
    public void Facts_round_trip_through_json() =>
        Properties.ForAll(LawGenerators.Facts.ToArbitrary(), facts =>
        {
            var json = JsonSerializer.Serialize(facts, CoalitionJsonContext.Default.CaseFacts);
            Assert.Equal(facts, JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.CaseFacts));
        });

    [Fact]
    public void Assessments_round_trip_through_json() =>
        Properties.ForAll(LawGenerators.Facts.ToArbitrary(), facts =>
        {
            var assessment = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts);
            var json = JsonSerializer.Serialize(assessment, CoalitionJsonContext.Default.Assessment);
            var back = JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.Assessment);
            Assert.Equal(assessment, back);
        });

    [Fact]
    public void Equal_facts_have_equal_hash_codes_and_different_facts_differ() =>
        Properties.ForAll(LawGenerators.Facts.SelectMany(_ => LawGenerators.Facts, (a, b) => (a, b)).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var copy = CaseFacts.Empty.Establish([.. a.Established]).RuleOut([.. a.RuledOut]).WithAge(a.Age).WithConduct(a.Conduct);
            Assert.Equal(a, copy);
            Assert.Equal(a.GetHashCode(), copy.GetHashCode());
            var same = a.Established.SequenceEqual(b.Established) && a.RuledOut.SequenceEqual(b.RuledOut) && a.Age == b.Age && a.Conduct == b.Conduct;
            Assert.Equal(same, a.Equals(b));
            Assert.Equal(same, a == b);
        });

    [Fact]
    public void ToString_never_prints_a_date_of_birth() =>
        Properties.ForAll(LawGenerators.Facts.Where(f => f.Age.Kind == AgeEvidenceKind.DateOfBirth && f.Conduct?.Start != f.Age.DateOfBirth && f.Conduct?.End != f.Age.DateOfBirth).ToArbitrary(), facts =>
        {
            var dateOfBirth = NodaTime.Text.LocalDatePattern.Iso.Format(facts.Age.DateOfBirth!.Value);
            Assert.DoesNotContain(dateOfBirth, facts.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(dateOfBirth, facts.Age.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(dateOfBirth, TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts).ToString(), StringComparison.Ordinal);
        });

    private static Verdict Apply(OffenceDefinition offence, CaseFacts facts, IEnumerable<CaseFact> answer, Verdict outcome)
    {
        var status = outcome == Verdict.Met ? FactStatus.Established : FactStatus.RuledOut;
        foreach (var fact in answer)
        {
            facts = fact == UnderEighteen
                ? facts.WithAge(outcome == Verdict.Met ? AgeEvidence.UnderEighteen : AgeEvidence.EighteenOrOver)
                : facts.With(fact, status);
        }

        return TraffickingAssessor.Decide(offence, facts);
    }

    private static IEnumerable<CaseFact[]> Combinations(CaseFact[] items, int size)
    {
        if (size <= 0)
        {
            yield return [];
            yield break;
        }

        for (var i = 0; i <= items.Length - size; i++)
        {
            foreach (var rest in Combinations(items[(i + 1)..], size - 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }
}
