using System.Collections.Immutable;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Protections;

/// <content>Each verdict's elements, next steps and explanation.</content>
public static partial class ProtectionAssessor
{
    // ---- Explanations ----

    private static string DecidedBy(Protection p) => p switch
    {
        Protection.ContinuedPresence => "DHS authorizes it, through ICE Homeland Security Investigations' Center for Countering Human Trafficking, on a federal law-enforcement request",
        Protection.TVisa => "USCIS",
        Protection.UVisa => "USCIS, with a certifier's signed certification",
        _ => "HHS, Office on Trafficking in Persons (OTIP)",
    };

    private static ImmutableArray<ProtectionElement> Elements(Protection p, ImmigrationFacts f)
    {
        var list = ImmutableArray.CreateBuilder<ProtectionElement>();
        void Add(string code, string description, string citation, Verdict value, string why, params ProtectionFact[] facts) =>
            list.Add(new ProtectionElement(code, description, citation, value, [.. facts], why));
        static string Words(Verdict v) => v switch { Verdict.Met => "met", Verdict.NotMet => "not met", _ => "undetermined" };

        var foreign = f.Nationality switch
        {
            NationalityStatus.ForeignNational => Verdict.Met,
            NationalityStatus.Unknown => Verdict.Undetermined,
            _ => Verdict.NotMet,
        };
        Add("foreign-national", "The person is a foreign national (a citizen or permanent resident needs none of these protections).", "8 U.S.C. 1101(a)(15)(T); 22 U.S.C. 7105", foreign,
            f.Nationality == NationalityStatus.Unknown ? "nationality status is unknown" : $"nationality status: {f.Nationality}", ProtectionFact.Nationality);
        switch (p)
        {
            case Protection.ContinuedPresence:
                Add("continued-presence.identified", "Law enforcement has identified the person as a trafficking victim.", "22 U.S.C. 7105(c)(3)", Of(f.IdentifiedByLawEnforcement), Words(Of(f.IdentifiedByLawEnforcement)), ProtectionFact.IdentifiedByLawEnforcement);
                Add("continued-presence.witness-or-civil-action", "The person may be a potential witness, or has filed a civil action under 18 U.S.C. 1595.", "22 U.S.C. 7105(c)(3)", Of(f.PotentialWitnessOrCivilAction), Words(Of(f.PotentialWitnessOrCivilAction)), ProtectionFact.PotentialWitnessOrCivilAction);
                Add("continued-presence.federal-request", "Federal law enforcement requests it; state and local agencies go through a federal partner. The survivor cannot apply alone.", "22 U.S.C. 7105(c)(3); DHS Continued Presence guidance (2021)", Of(f.FederalRequest), Words(Of(f.FederalRequest)), ProtectionFact.FederalRequest);
                Add("continued-presence.status", "DHS's recorded decision, if any: granted for 2 years, renewable in increments of up to 2 years.", "DHS Continued Presence guidance (2021)", Recorded(f.ContinuedPresence), Status(f.ContinuedPresence), ProtectionFact.ContinuedPresenceStatus);
                break;
            case Protection.TVisa:
                Add("t-visa.victim", "Is or was a victim of a severe form of trafficking in persons (the library's TVPA verdict).", "8 CFR 214.202(a); 214.206", f.TraffickingVictim, $"TVPA verdict: {Words(f.TraffickingVictim)}", ProtectionFact.TraffickingVictim);
                Add("t-visa.presence", "Physically present in the United States, American Samoa, the CNMI or at a port of entry on account of trafficking, including to take part in an investigation or judicial process.", "8 CFR 214.202(b); 214.207", Of(f.PresentOnAccountOfTrafficking), Words(Of(f.PresentOnAccountOfTrafficking)), ProtectionFact.PresentOnAccountOfTrafficking);
                Add("t-visa.compliance", "Complied with any reasonable request for assistance from law enforcement (reasonableness: 214.208(c)); not required if under 18 at the time of at least one act, or unable because of physical or psychological trauma.", "8 CFR 214.202(c), (c)(1), (c)(2)", Compliance(f),
                    f.WasMinorWhenVictimised ? "under 18 at the time of an act: exempt" : f.Cooperation switch
                    {
                        Cooperation.Complied => "has complied",
                        Cooperation.UnableBecauseOfTrauma => "unable because of trauma: excepted",
                        Cooperation.Declined => f.AgeAtVictimisation == AgeEvidenceKind.Unknown ? "declined; exempt only if under 18 at the time of an act (age unknown)" : "declined, and 18 or over when victimised",
                        _ => "cooperation unknown",
                    },
                    ProtectionFact.Cooperation, ProtectionFact.AgeAtVictimisation);
                Add("t-visa.hardship", "Would suffer extreme hardship involving unusual and severe harm upon removal.", "8 CFR 214.202(d); 214.209", Of(f.ExtremeHardship), Words(Of(f.ExtremeHardship)), ProtectionFact.ExtremeHardship);
                Add("t-visa.admissible", "Admissible, or obtains a waiver of inadmissibility.", "INA 212(d)(13), 8 U.S.C. 1182(d)(13)", Of(f.AdmissibleOrWaiver), Words(Of(f.AdmissibleOrWaiver)), ProtectionFact.AdmissibleOrWaiver);
                Add("t-visa.not-a-trafficker", "No substantial reason to believe the person committed an act of a severe form of trafficking.", "8 CFR 214.202(e)", Not(Of(f.CommittedSevereTrafficking)), Words(Not(Of(f.CommittedSevereTrafficking))), ProtectionFact.CommittedSevereTrafficking);
                Add("t-visa.status", "USCIS's recorded findings: a bona fide determination (214.205) brings deferred action and work authorization and opens HHS Certification; a grant decides.", "8 CFR 214.205", Recorded(f.TVisa), Status(f.TVisa), ProtectionFact.TVisaStatus);
                break;
            case Protection.HhsCertification:
                Add("certification.adult", "An adult (a child receives an Eligibility Letter instead).", "22 U.S.C. 7105(b)(1)", Adult(f), f.CurrentAge.ToString(), ProtectionFact.CurrentAge);
                Add("certification.statutory", "In the statute: willing to assist in every reasonable way, or unable to cooperate because of trauma; and a bona fide T-visa application not denied, or Continued Presence. In practice OTIP certifies once DHS notifies it, so the library reads DHS's recorded findings and computes no cooperation verdict that could contradict them.", "22 U.S.C. 7105(b)(1)", DhsFinding(f),
                    $"Continued Presence: {Status(f.ContinuedPresence)}; T visa: {Status(f.TVisa)}", ProtectionFact.ContinuedPresenceStatus, ProtectionFact.TVisaStatus);
                Add("certification.not-derivative", "Not a family member holding derivative T status (who needs no certification).", "22 U.S.C. 7105(b)(1)", Not(Of(f.DerivativeTStatus)), Words(Not(Of(f.DerivativeTStatus))), ProtectionFact.DerivativeTStatus);
                break;
            case Protection.EligibilityLetter:
                Add("letter.child", "Under 18; no cooperation with law enforcement, Continued Presence or T visa is required. The request must reach OTIP before the 18th birthday.", "22 U.S.C. 7105(b)(1)", Child(f), f.CurrentAge.ToString(), ProtectionFact.CurrentAge);
                Add("letter.victim", "HHS determines that the child was a victim, in consultation with DOJ, DHS and non-governmental organisations (the library's TVPA verdict informs the request).", "22 U.S.C. 7105(b)(1)", f.TraffickingVictim, $"TVPA verdict: {Words(f.TraffickingVictim)}", ProtectionFact.TraffickingVictim);
                Add("letter.in-time", "The request reaches OTIP before the 18th birthday (see LetterDeadline).", "22 U.S.C. 7105(b)(1); HHS OTIP guidance", Of(f.LetterRequestInTime), Words(Of(f.LetterRequestInTime)), ProtectionFact.LetterRequestInTime);
                break;
            case Protection.InterimAssistance:
                Add("interim.child", "Under 18.", "22 U.S.C. 7105(b)(1)", Child(f), f.CurrentAge.ToString(), ProtectionFact.CurrentAge);
                Add("interim.credible-information", "Credible information that the child may have been trafficked; assistance for 90 days, extendable by 30.", "22 U.S.C. 7105(b)(1)", Of(f.CredibleInformation), Words(Of(f.CredibleInformation)), ProtectionFact.CredibleInformation);
                break;
            case Protection.UVisa:
                Add("u-visa.certification", "A certification of helpfulness signed by a certifier: law enforcement, a prosecutor, a judge, child protective services, the EEOC or the Department of Labor. The library does not assess the other requirements (substantial harm, information, a qualifying crime); an attorney does.", "8 CFR 214.14(a)(2), (b), (c)(2)(i)", Of(f.UCertification), Words(Of(f.UCertification)), ProtectionFact.UCertification);
                break;
        }

        return list.ToImmutable();
    }

    private static Verdict Recorded(ProtectionRecord? record) => record?.Status switch
    {
        null => Verdict.Undetermined,
        DhsStatus.Granted => Verdict.Met,
        DhsStatus.Denied or DhsStatus.Expired => Verdict.NotMet,
        _ => Verdict.Undetermined,
    };

    private static string Status(ProtectionRecord? record) => record is null ? "unknown" : record.Since is { } since ? $"{record.Status} since {since:uuuu-MM-dd}" : record.Status.ToString();

    private static ImmutableArray<ProtectionStep> Steps(Protection p, ImmigrationFacts f, ProtectionVerdict verdict)
    {
        if (verdict == ProtectionVerdict.NotNeeded)
        {
            return f.Nationality == NationalityStatus.LawfulPermanentResident && p == Protection.HhsCertification
                ? [new ProtectionStep(ProtectionActor.ImmigrationAttorney, "A permanent resident needs no certification; access to some federal benefits depends on the general rules, such as the five-year bar (8 U.S.C. 1612–1613).")]
                : [];
        }

        var steps = ImmutableArray.CreateBuilder<ProtectionStep>();
        if (f.Nationality == NationalityStatus.Unknown)
        {
            steps.Add(new ProtectionStep(ProtectionActor.ImmigrationAttorney, "Confirm the person's nationality status: a citizen or permanent resident needs none of these protections."));
        }

        switch (p)
        {
            case Protection.ContinuedPresence:
                steps.Add(new ProtectionStep(ProtectionActor.FederalLawEnforcement, "Only federal law enforcement can request Continued Presence (state or local agencies go through a federal partner); the survivor cannot apply alone."));
                if (f.Cooperation == Cooperation.Declined)
                {
                    steps.Add(new ProtectionStep(ProtectionActor.ImmigrationAttorney, "The person declines contact with law enforcement, so a request is unlikely; a T visa may remain possible (trauma, or under 18 when victimised)."));
                }

                break;
            case Protection.TVisa:
                steps.Add(new ProtectionStep(ProtectionActor.ImmigrationAttorney, "An immigration attorney or DOJ-accredited representative prepares the application (Form I-914) and any waiver."));
                steps.Add(new ProtectionStep(ProtectionActor.Uscis, "USCIS decides; a bona fide determination brings deferred action and work authorization and opens HHS Certification."));
                break;
            case Protection.HhsCertification:
                steps.Add(f.CurrentAge == AgeEvidenceKind.UnderEighteen
                    ? new ProtectionStep(ProtectionActor.Hhs, "A child needs no certification: request an Eligibility Letter (and Interim Assistance) from OTIP instead.")
                    : new ProtectionStep(ProtectionActor.Hhs, "OTIP certifies an adult once DHS notifies it of Continued Presence, a bona fide determination or a T-visa grant; make sure the notification was sent."));
                break;
            case Protection.EligibilityLetter:
            case Protection.InterimAssistance:
                steps.Add(f.CurrentAge == AgeEvidenceKind.EighteenOrOver
                    ? new ProtectionStep(ProtectionActor.Hhs, "For children only: an adult's route to HHS benefits is HHS Certification.")
                    : new ProtectionStep(ProtectionActor.Hhs, "Request it from OTIP; for a child no cooperation with law enforcement is required, and the request must reach OTIP before the 18th birthday."));
                break;
            case Protection.UVisa:
                steps.Add(new ProtectionStep(ProtectionActor.Certifier, "Ask a certifier to sign the certification of helpfulness: a judge, child protective services, the EEOC or the Department of Labor can certify as well as law enforcement or a prosecutor."));
                steps.Add(new ProtectionStep(ProtectionActor.ImmigrationAttorney, "An attorney assesses the other U-visa requirements and files with USCIS."));
                break;
        }

        return steps.ToImmutable();
    }

    private static string Explain(Protection p, ImmigrationFacts f, ProtectionVerdict verdict, ImmutableArray<ProtectionElement> elements)
    {
        if (verdict == ProtectionVerdict.NotNeeded)
        {
            return f.Nationality switch
            {
                NationalityStatus.UsCitizen => $"{p}: not needed; a US citizen needs no immigration protection or HHS letter.",
                NationalityStatus.LawfulPermanentResident => $"{p}: not needed; a permanent resident needs no immigration protection or HHS letter, though access to some benefits depends on the general rules (8 U.S.C. 1612–1613).",
                _ => $"{p}: not needed; a family member holding derivative T status needs no certification.",
            };
        }

        var verdictWords = verdict switch
        {
            ProtectionVerdict.Available => "available on the facts",
            ProtectionVerdict.NotAvailable => "not available on the facts",
            _ => "undetermined",
        };
        return $"{p}: {verdictWords} ({DecidedBy(p)} decides). " + string.Join("; ", elements.Select(e => $"{e.Code}: {e.Explanation}")) + ". This is information for the survivor, not a recommendation.";
    }
}
