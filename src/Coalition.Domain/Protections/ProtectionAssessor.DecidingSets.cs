using System.Collections.Immutable;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Protections;

/// <content>The smallest sets of unknown facts that would decide a verdict.</content>
public static partial class ProtectionAssessor
{
    // ---- Deciding sets ----

    private static ImmutableArray<ProtectionDecidingSet> DecidingSets(Protection p, ImmigrationFacts f)
    {
        var unknown = Relevant(p).Where(x => IsUnknown(f, x)).ToArray();
        var found = new List<ProtectionDecidingSet>();
        for (var size = 1; size <= Math.Min(MaxDecidingSetSize, unknown.Length); size++)
        {
            foreach (var subset in Subsets(unknown, size))
            {
                foreach (var outcome in Outcomes(p, f, subset, 0))
                {
                    // Keep only sets with no smaller set deciding the same way.
                    if (!found.Any(d => d.Outcome == outcome && d.Facts.All(subset.Contains)))
                    {
                        found.Add(new ProtectionDecidingSet(outcome, [.. subset]));
                    }
                }
            }
        }

        return [.. found.Distinct().OrderBy(d => d.Facts.Length).ThenBy(d => d.Outcome)];
    }

    private static IEnumerable<ProtectionVerdict> Outcomes(Protection p, ImmigrationFacts f, ProtectionFact[] subset, int index)
    {
        if (index == subset.Length)
        {
            var verdict = Decide(p, f);
            return verdict == ProtectionVerdict.Undetermined ? [] : [verdict];
        }

        return Answers(subset[index]).SelectMany(a => Outcomes(p, With(f, subset[index], a), subset, index + 1)).Distinct();
    }

    private static IEnumerable<ProtectionFact[]> Subsets(ProtectionFact[] items, int size)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = 0; i <= items.Length - size; i++)
        {
            foreach (var rest in Subsets(items[(i + 1)..], size - 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }

    private static ProtectionFact[] Relevant(Protection p) => p switch
    {
        Protection.ContinuedPresence => [ProtectionFact.Nationality, ProtectionFact.IdentifiedByLawEnforcement, ProtectionFact.PotentialWitnessOrCivilAction, ProtectionFact.FederalRequest, ProtectionFact.ContinuedPresenceStatus],
        Protection.TVisa => [ProtectionFact.Nationality, ProtectionFact.TraffickingVictim, ProtectionFact.PresentOnAccountOfTrafficking, ProtectionFact.Cooperation, ProtectionFact.AgeAtVictimisation, ProtectionFact.ExtremeHardship, ProtectionFact.AdmissibleOrWaiver, ProtectionFact.CommittedSevereTrafficking, ProtectionFact.TVisaStatus],
        Protection.HhsCertification => [ProtectionFact.Nationality, ProtectionFact.CurrentAge, ProtectionFact.ContinuedPresenceStatus, ProtectionFact.TVisaStatus, ProtectionFact.DerivativeTStatus],
        Protection.EligibilityLetter => [ProtectionFact.Nationality, ProtectionFact.CurrentAge, ProtectionFact.TraffickingVictim, ProtectionFact.LetterRequestInTime],
        Protection.InterimAssistance => [ProtectionFact.Nationality, ProtectionFact.CurrentAge, ProtectionFact.CredibleInformation],
        _ => [ProtectionFact.Nationality],
    };

    internal static bool IsUnknown(ImmigrationFacts f, ProtectionFact fact) => fact switch
    {
        ProtectionFact.Nationality => f.Nationality == NationalityStatus.Unknown,
        ProtectionFact.TraffickingVictim => f.TraffickingVictim == Verdict.Undetermined,
        ProtectionFact.AgeAtVictimisation => f.AgeAtVictimisation == AgeEvidenceKind.Unknown,
        ProtectionFact.PresentOnAccountOfTrafficking => f.PresentOnAccountOfTrafficking == FactStatus.Unknown,
        ProtectionFact.Cooperation => f.Cooperation == Cooperation.Unknown,
        ProtectionFact.ExtremeHardship => f.ExtremeHardship == FactStatus.Unknown,
        ProtectionFact.AdmissibleOrWaiver => f.AdmissibleOrWaiver == FactStatus.Unknown,
        ProtectionFact.CommittedSevereTrafficking => f.CommittedSevereTrafficking == FactStatus.Unknown,
        ProtectionFact.IdentifiedByLawEnforcement => f.IdentifiedByLawEnforcement == FactStatus.Unknown,
        ProtectionFact.PotentialWitnessOrCivilAction => f.PotentialWitnessOrCivilAction == FactStatus.Unknown,
        ProtectionFact.FederalRequest => f.FederalRequest == FactStatus.Unknown,
        ProtectionFact.ContinuedPresenceStatus => f.ContinuedPresence is null,
        ProtectionFact.TVisaStatus => f.TVisa is null,
        ProtectionFact.CurrentAge => f.CurrentAge == AgeEvidenceKind.Unknown,
        ProtectionFact.DerivativeTStatus => f.DerivativeTStatus == FactStatus.Unknown,
        ProtectionFact.CredibleInformation => f.CredibleInformation == FactStatus.Unknown,
        ProtectionFact.LetterRequestInTime => f.LetterRequestInTime == FactStatus.Unknown,
        _ => f.UCertification == FactStatus.Unknown,
    };

    /// <summary>The answers a fact can be given (each a known value).</summary>
    internal static object[] Answers(ProtectionFact fact) => fact switch
    {
        ProtectionFact.Nationality => [NationalityStatus.ForeignNational, NationalityStatus.UsCitizen, NationalityStatus.LawfulPermanentResident],
        ProtectionFact.TraffickingVictim => [Verdict.Met, Verdict.NotMet],
        ProtectionFact.AgeAtVictimisation => [AgeEvidenceKind.UnderEighteen, AgeEvidenceKind.EighteenOrOver, AgeEvidenceKind.TurnedEighteenDuringConduct],
        ProtectionFact.CurrentAge => [AgeEvidenceKind.UnderEighteen, AgeEvidenceKind.EighteenOrOver],
        ProtectionFact.Cooperation => [Cooperation.Complied, Cooperation.Declined, Cooperation.UnableBecauseOfTrauma],
        ProtectionFact.ContinuedPresenceStatus or ProtectionFact.TVisaStatus => [.. Enum.GetValues<DhsStatus>().Select(s => (object)new ProtectionRecord(s))],
        _ => [FactStatus.Established, FactStatus.RuledOut],
    };

    /// <summary>The facts with one fact answered.</summary>
    internal static ImmigrationFacts With(ImmigrationFacts f, ProtectionFact fact, object answer) => fact switch
    {
        ProtectionFact.Nationality => f with { Nationality = (NationalityStatus)answer },
        ProtectionFact.TraffickingVictim => f with { TraffickingVictim = (Verdict)answer },
        ProtectionFact.AgeAtVictimisation => f with { AgeAtVictimisation = (AgeEvidenceKind)answer },
        ProtectionFact.PresentOnAccountOfTrafficking => f with { PresentOnAccountOfTrafficking = (FactStatus)answer },
        ProtectionFact.Cooperation => f with { Cooperation = (Cooperation)answer },
        ProtectionFact.ExtremeHardship => f with { ExtremeHardship = (FactStatus)answer },
        ProtectionFact.AdmissibleOrWaiver => f with { AdmissibleOrWaiver = (FactStatus)answer },
        ProtectionFact.CommittedSevereTrafficking => f with { CommittedSevereTrafficking = (FactStatus)answer },
        ProtectionFact.IdentifiedByLawEnforcement => f with { IdentifiedByLawEnforcement = (FactStatus)answer },
        ProtectionFact.PotentialWitnessOrCivilAction => f with { PotentialWitnessOrCivilAction = (FactStatus)answer },
        ProtectionFact.FederalRequest => f with { FederalRequest = (FactStatus)answer },
        ProtectionFact.ContinuedPresenceStatus => f with { ContinuedPresence = (ProtectionRecord)answer },
        ProtectionFact.TVisaStatus => f with { TVisa = (ProtectionRecord)answer },
        ProtectionFact.CurrentAge => f with { CurrentAge = (AgeEvidenceKind)answer },
        ProtectionFact.DerivativeTStatus => f with { DerivativeTStatus = (FactStatus)answer },
        ProtectionFact.CredibleInformation => f with { CredibleInformation = (FactStatus)answer },
        ProtectionFact.LetterRequestInTime => f with { LetterRequestInTime = (FactStatus)answer },
        _ => f with { UCertification = (FactStatus)answer },
    };
}
