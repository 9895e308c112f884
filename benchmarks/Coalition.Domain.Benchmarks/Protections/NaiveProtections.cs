using Coalition.Domain.Law;
using Coalition.Domain.Protections;

namespace Coalition.Domain.Benchmarks.Protections;

/// <summary>
/// The protections written the naive way a user might: each protection's elements as a list of functions, combined with
/// LINQ (<c>Any</c> for "not met", <c>All</c> for "met"). The benchmark's baseline; it must agree with the library.
/// </summary>
public static class NaiveProtections
{
    private static readonly Dictionary<Protection, List<Func<ImmigrationFacts, Verdict>>> Elements = new()
    {
        [Protection.ContinuedPresence] = [f => Of(f.IdentifiedByLawEnforcement), f => Of(f.PotentialWitnessOrCivilAction), f => Of(f.FederalRequest)],
        [Protection.TVisa] =
        [
            f => f.TraffickingVictim,
            f => Of(f.PresentOnAccountOfTrafficking),
            f => new[] { f.AgeAtVictimisation is AgeEvidenceKind.UnderEighteen or AgeEvidenceKind.TurnedEighteenDuringConduct ? Verdict.Met : f.AgeAtVictimisation == AgeEvidenceKind.EighteenOrOver ? Verdict.NotMet : Verdict.Undetermined,
                f.Cooperation switch { Cooperation.Complied or Cooperation.UnableBecauseOfTrauma => Verdict.Met, Cooperation.Declined => Verdict.NotMet, _ => Verdict.Undetermined } }.AnyOf(),
            f => Of(f.ExtremeHardship),
            f => Of(f.AdmissibleOrWaiver),
            f => Of(f.CommittedSevereTrafficking) switch { Verdict.Met => Verdict.NotMet, Verdict.NotMet => Verdict.Met, _ => Verdict.Undetermined },
        ],
        [Protection.EligibilityLetter] = [Child, f => f.TraffickingVictim, f => Of(f.LetterRequestInTime)],
        [Protection.InterimAssistance] = [Child, f => Of(f.CredibleInformation)],
    };

    /// <summary>Decides a protection the naive way.</summary>
    public static ProtectionVerdict Decide(Protection protection, ImmigrationFacts f)
    {
        if (f.Nationality is NationalityStatus.UsCitizen or NationalityStatus.LawfulPermanentResident)
        {
            return ProtectionVerdict.NotNeeded;
        }

        if (f.Nationality == NationalityStatus.Unknown || protection == Protection.UVisa)
        {
            return ProtectionVerdict.Undetermined;
        }

        switch (protection)
        {
            case Protection.ContinuedPresence when f.ContinuedPresence is null || f.ContinuedPresence.Status == DhsStatus.Requested:
            case Protection.TVisa when f.TVisa is null:
                return ProtectionVerdict.Undetermined;
            case Protection.ContinuedPresence when f.ContinuedPresence!.Status == DhsStatus.Granted:
            case Protection.TVisa when f.TVisa!.Status == DhsStatus.Granted:
                return ProtectionVerdict.Available;
            case Protection.ContinuedPresence when f.ContinuedPresence!.Status is DhsStatus.Denied or DhsStatus.Expired:
            case Protection.TVisa when f.TVisa!.Status == DhsStatus.Denied:
                return ProtectionVerdict.NotAvailable;
            case Protection.HhsCertification:
                if (f.DerivativeTStatus == FactStatus.Established)
                {
                    return ProtectionVerdict.NotNeeded;
                }

                var finding = new[]
                {
                    f.ContinuedPresence is null ? Verdict.Undetermined : f.ContinuedPresence.Status == DhsStatus.Granted ? Verdict.Met : Verdict.NotMet,
                    f.TVisa is null ? Verdict.Undetermined : f.TVisa.Status is DhsStatus.Granted or DhsStatus.BonaFideDetermination ? Verdict.Met : Verdict.NotMet,
                }.AnyOf();
                var verdict = ToVerdict(new[] { Not(Child(f)), finding }.AllOf());
                return f.DerivativeTStatus == FactStatus.RuledOut ? verdict : ProtectionVerdict.Undetermined;
        }

        return ToVerdict(Elements[protection].Select(e => e(f)).AllOf());
    }

    private static Verdict Child(ImmigrationFacts f) => f.CurrentAge switch { AgeEvidenceKind.UnderEighteen => Verdict.Met, AgeEvidenceKind.EighteenOrOver => Verdict.NotMet, _ => Verdict.Undetermined };

    private static Verdict Not(Verdict v) => v switch { Verdict.Met => Verdict.NotMet, Verdict.NotMet => Verdict.Met, _ => Verdict.Undetermined };

    private static Verdict Of(FactStatus s) => s switch { FactStatus.Established => Verdict.Met, FactStatus.RuledOut => Verdict.NotMet, _ => Verdict.Undetermined };

    private static Verdict AllOf(this IEnumerable<Verdict> values) =>
        values.Any(v => v == Verdict.NotMet) ? Verdict.NotMet : values.All(v => v == Verdict.Met) ? Verdict.Met : Verdict.Undetermined;

    private static Verdict AnyOf(this IEnumerable<Verdict> values) =>
        values.Any(v => v == Verdict.Met) ? Verdict.Met : values.All(v => v == Verdict.NotMet) ? Verdict.NotMet : Verdict.Undetermined;

    private static ProtectionVerdict ToVerdict(Verdict v) => v switch { Verdict.Met => ProtectionVerdict.Available, Verdict.NotMet => ProtectionVerdict.NotAvailable, _ => ProtectionVerdict.Undetermined };
}
