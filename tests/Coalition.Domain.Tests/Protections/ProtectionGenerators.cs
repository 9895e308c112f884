using Coalition.Domain.Law;
using Coalition.Domain.Protections;
using FsCheck;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Protections;

/// <summary>Generators for invented immigration facts: every field unknown or known, uniformly.</summary>
internal static class ProtectionGenerators
{
    private static Gen<FactStatus> Status { get; } = Gen.Elements(FactStatus.Unknown, FactStatus.Established, FactStatus.RuledOut);

    private static Gen<ProtectionRecord?> Records { get; } = Gen.OneOf(
        Gen.Constant<ProtectionRecord?>(null),
        Gen.Elements(Enum.GetValues<DhsStatus>()).Select(s => (ProtectionRecord?)new ProtectionRecord(s)));

    internal static Gen<ImmigrationFacts> Facts { get; } =
        from nationality in Gen.Elements(NationalityStatus.ForeignNational, NationalityStatus.ForeignNational, NationalityStatus.ForeignNational, NationalityStatus.Unknown, NationalityStatus.UsCitizen, NationalityStatus.LawfulPermanentResident)
        from victim in Gen.Elements(Verdict.Undetermined, Verdict.Met, Verdict.NotMet)
        from ageThen in Gen.Elements(AgeEvidenceKind.Unknown, AgeEvidenceKind.UnderEighteen, AgeEvidenceKind.EighteenOrOver, AgeEvidenceKind.TurnedEighteenDuringConduct)
        from ageNow in Gen.Elements(AgeEvidenceKind.Unknown, AgeEvidenceKind.UnderEighteen, AgeEvidenceKind.EighteenOrOver)
        from cooperation in Gen.Elements(Enum.GetValues<Cooperation>())
        from statuses in Gen.ArrayOf(Status, 11)
        from cp in Records
        from t in Records
        select new ImmigrationFacts
        {
            Nationality = nationality,
            TraffickingVictim = victim,
            AgeAtVictimisation = ageThen,
            CurrentAge = ageNow,
            Cooperation = cooperation,
            PresentOnAccountOfTrafficking = statuses[0],
            ExtremeHardship = statuses[1],
            AdmissibleOrWaiver = statuses[2],
            CommittedSevereTrafficking = statuses[3],
            IdentifiedByLawEnforcement = statuses[4],
            PotentialWitnessOrCivilAction = statuses[5],
            FederalRequest = statuses[6],
            DerivativeTStatus = statuses[7],
            CredibleInformation = statuses[8],
            UCertification = statuses[9],
            LetterRequestInTime = statuses[10],
            ContinuedPresence = cp,
            TVisa = t,
        };

    /// <summary>An adult foreign national who complied, on whom every T-visa element is established, with no request made yet.</summary>
    internal static ImmigrationFacts CooperatingAdult { get; } = new()
    {
        Nationality = NationalityStatus.ForeignNational,
        TraffickingVictim = Verdict.Met,
        AgeAtVictimisation = AgeEvidenceKind.EighteenOrOver,
        CurrentAge = AgeEvidenceKind.EighteenOrOver,
        Cooperation = Cooperation.Complied,
        PresentOnAccountOfTrafficking = FactStatus.Established,
        ExtremeHardship = FactStatus.Established,
        AdmissibleOrWaiver = FactStatus.Established,
        CommittedSevereTrafficking = FactStatus.RuledOut,
        IdentifiedByLawEnforcement = FactStatus.Established,
        PotentialWitnessOrCivilAction = FactStatus.Established,
        FederalRequest = FactStatus.Established,
        DerivativeTStatus = FactStatus.RuledOut,
        ContinuedPresence = ProtectionRecord.None,
        TVisa = ProtectionRecord.None,
    };
}
