using BenchmarkDotNet.Attributes;
using Coalition.Domain.Law;
using NodaTime;
using static Coalition.Domain.Law.CaseFact;

namespace Coalition.Domain.Benchmarks.Law;

/// <summary>
/// Decides both TVPA offences for 1,000,000 generated fact sets per operation. The baseline is the naive version a user
/// would write over the same <see cref="CaseFacts"/> objects with LINQ: list the established and ruled-out facts, test each
/// element with <c>Any</c>/<c>All</c>, and compute the minor rule with <see cref="LegalAge.Minority"/>.
/// </summary>
[MemoryDiagnoser]
public class TvpaEvaluationBenchmarks
{
    private const int Count = 1_000_000;
    private static readonly CaseFact[] SexActs = [Recruitment, Harboring, Transportation, Provision, Obtaining, Patronizing, Soliciting];
    private static readonly CaseFact[] LaborActs = [Recruitment, Harboring, Transportation, Provision, Obtaining];
    private static readonly CaseFact[] Means = [Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess];
    private static readonly CaseFact[] LaborPurposes = [InvoluntaryServitude, Peonage, DebtBondage, Slavery];

    private readonly OffenceDefinition sex = LegalFrameworks.Tvpa.Offence(LegalFrameworks.SevereSexTrafficking);
    private readonly OffenceDefinition labor = LegalFrameworks.Tvpa.Offence(LegalFrameworks.SevereLaborTrafficking);
    private CaseFacts[] facts = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        var settable = CaseFacts.SettableFacts;
        facts = new CaseFacts[Count];
        for (var i = 0; i < Count; i++)
        {
            var f = CaseFacts.Empty;
            foreach (var fact in settable)
            {
                f = f.With(fact, (FactStatus)random.Next(3));
            }

            f = random.Next(4) switch
            {
                0 => f.WithAge(AgeEvidence.UnderEighteen),
                1 => f.WithAge(AgeEvidence.EighteenOrOver),
                2 => f.WithAge(AgeEvidence.FromDateOfBirth(new LocalDate(1995, 1, 1).PlusDays(random.Next(9000))))
                      .WithConduct(ConductPeriod.On(new LocalDate(2015, 1, 1).PlusDays(random.Next(4000)))),
                _ => f,
            };
            facts[i] = f;
        }

        if (NaiveLinq() != Decide())
        {
            throw new InvalidOperationException("The naive baseline and the assessor disagree; the comparison would be meaningless.");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive LINQ over CaseFacts lists")]
    public int NaiveLinq()
    {
        var met = 0;
        foreach (var f in facts)
        {
            var established = f.Established;
            var ruledOut = f.RuledOut;
            var minor = LegalAge.Minority(f.Age, f.Conduct).Status;
            Verdict AnyOf(IEnumerable<CaseFact> set) =>
                set.Any(established.Contains) ? Verdict.Met : set.All(ruledOut.Contains) ? Verdict.NotMet : Verdict.Undetermined;
            Verdict AllOf(params Verdict[] verdicts) =>
                verdicts.Contains(Verdict.NotMet) ? Verdict.NotMet : verdicts.All(v => v == Verdict.Met) ? Verdict.Met : Verdict.Undetermined;
            var meansOrMinor = AnyOf(Means) == Verdict.Met || minor == FactStatus.Established ? Verdict.Met
                : AnyOf(Means) == Verdict.NotMet && minor == FactStatus.RuledOut ? Verdict.NotMet : Verdict.Undetermined;
            var sexVerdict = AllOf(AnyOf(SexActs), AnyOf([CommercialSexAct]), meansOrMinor);
            var laborVerdict = AllOf(AnyOf(LaborActs), AnyOf(Means), AnyOf(LaborPurposes));
            met += (sexVerdict == Verdict.Met ? 1 : 0) + (laborVerdict == Verdict.Met ? 1 : 0);
        }

        return met;
    }

    [Benchmark(Description = "TraffickingAssessor.Decide (bit masks)")]
    public int Decide()
    {
        var met = 0;
        foreach (var f in facts)
        {
            met += (TraffickingAssessor.Decide(sex, f) == Verdict.Met ? 1 : 0) + (TraffickingAssessor.Decide(labor, f) == Verdict.Met ? 1 : 0);
        }

        return met;
    }
}
