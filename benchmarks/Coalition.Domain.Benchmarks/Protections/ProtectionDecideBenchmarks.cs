using BenchmarkDotNet.Attributes;
using Coalition.Domain.Law;
using Coalition.Domain.Protections;

namespace Coalition.Domain.Benchmarks.Protections;

/// <summary>
/// Issue 14's target: <see cref="ProtectionAssessor.Decide"/> for every protection over 1,000,000 generated fact sets,
/// allocating nothing, at least 10 million fact sets per second (under 100 ms). Baseline: the naive way, each protection's
/// elements as a list of functions combined with LINQ (<see cref="Naive"/>); both give the same verdicts (checked in setup).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ProtectionDecideBenchmarks
{
    private ImmigrationFacts[] facts = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        T Pick<T>(params T[] values) => values[random.Next(values.Length)];
        FactStatus Status() => Pick(FactStatus.Unknown, FactStatus.Established, FactStatus.RuledOut);
        ProtectionRecord? Record() => random.Next(7) == 0 ? null : new ProtectionRecord(Pick(Enum.GetValues<DhsStatus>()));
        facts = [.. Enumerable.Range(0, 1_000_000).Select(_ => new ImmigrationFacts
        {
            Nationality = Pick(NationalityStatus.ForeignNational, NationalityStatus.ForeignNational, NationalityStatus.ForeignNational, NationalityStatus.Unknown, NationalityStatus.UsCitizen, NationalityStatus.LawfulPermanentResident),
            TraffickingVictim = Pick(Verdict.Undetermined, Verdict.Met, Verdict.NotMet),
            AgeAtVictimisation = Pick(AgeEvidenceKind.Unknown, AgeEvidenceKind.UnderEighteen, AgeEvidenceKind.EighteenOrOver, AgeEvidenceKind.TurnedEighteenDuringConduct),
            CurrentAge = Pick(AgeEvidenceKind.Unknown, AgeEvidenceKind.UnderEighteen, AgeEvidenceKind.EighteenOrOver),
            Cooperation = Pick(Enum.GetValues<Cooperation>()),
            PresentOnAccountOfTrafficking = Status(),
            ExtremeHardship = Status(),
            AdmissibleOrWaiver = Status(),
            CommittedSevereTrafficking = Status(),
            IdentifiedByLawEnforcement = Status(),
            PotentialWitnessOrCivilAction = Status(),
            FederalRequest = Status(),
            DerivativeTStatus = Status(),
            CredibleInformation = Status(),
            UCertification = Status(),
            LetterRequestInTime = Status(),
            ContinuedPresence = Record(),
            TVisa = Record(),
        })];
        if (Naive() != Decide())
        {
            throw new InvalidOperationException("The naive rules and Decide disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive: element functions combined with LINQ")]
    public long Naive()
    {
        var checksum = 0L;
        foreach (var f in facts)
        {
            foreach (var protection in ProtectionAssessor.All)
            {
                checksum = (checksum * 31) + (int)NaiveProtections.Decide(protection, f);
            }
        }

        return checksum;
    }

    [Benchmark(Description = "ProtectionAssessor.Decide, every protection")]
    public long Decide()
    {
        var checksum = 0L;
        foreach (var f in facts)
        {
            foreach (var protection in ProtectionAssessor.All)
            {
                checksum = (checksum * 31) + (int)ProtectionAssessor.Decide(protection, f);
            }
        }

        return checksum;
    }
}
