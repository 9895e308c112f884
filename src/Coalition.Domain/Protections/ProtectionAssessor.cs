using System.Collections.Immutable;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Protections;

/// <summary>
/// Assesses the protections for foreign-national survivors from <see cref="ImmigrationFacts"/>, in the style of the TVPA
/// rules: three-valued (Kleene) elements, verdicts explained element by element with their sources, the smallest sets of
/// unknown facts that would decide an undetermined verdict, next steps with who acts, and a <see cref="Decide"/> fast path
/// that allocates nothing. Information for the survivor and the advocate, never a decision: the agencies decide.
/// </summary>
/// <remarks>
/// <para><b>Who needs none.</b> A US citizen or a lawful permanent resident needs no protection here: every verdict is
/// <see cref="ProtectionVerdict.NotNeeded"/>, never "not eligible". A permanent resident's access to some benefits still
/// depends on the general rules (such as the five-year bar, 8 U.S.C. 1612–1613). While nationality is unknown, every
/// verdict is undetermined, so that learning it never overturns a decided verdict.</para>
/// <para><b>Citations.</b> HHS's certification, eligibility letters and interim assistance are in 22 U.S.C. 7105(b)(1);
/// amendments have re-lettered its subparagraphs, and the library cites the paragraph rather than a letter it could not
/// verify. The T-visa rule is the one in force since 28 August 2024 (8 CFR 214.200–214.216, 89 FR 34864).</para>
/// </remarks>
public static class ProtectionAssessor
{
    private const int MaxDecidingSetSize = 3;

    /// <summary>Every protection, in the order reports list them.</summary>
    public static ImmutableArray<Protection> All { get; } = [.. Enum.GetValues<Protection>()];

    /// <summary>Decides one protection's verdict; allocates nothing.</summary>
    /// <param name="protection">The protection.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="protection"/> is undefined.</exception>
    public static ProtectionVerdict Decide(Protection protection, ImmigrationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        switch (facts.Nationality)
        {
            case NationalityStatus.UsCitizen or NationalityStatus.LawfulPermanentResident:
                Internal.Preconditions.Defined(protection, nameof(protection));
                return ProtectionVerdict.NotNeeded;
            case NationalityStatus.Unknown:
                Internal.Preconditions.Defined(protection, nameof(protection));
                return ProtectionVerdict.Undetermined;
        }

        return protection switch
        {
            Protection.ContinuedPresence => ContinuedPresence(facts),
            Protection.TVisa => TVisa(facts),
            Protection.HhsCertification => Certification(facts),
            Protection.EligibilityLetter => ToVerdict(And(And(Child(facts), facts.TraffickingVictim), Of(facts.LetterRequestInTime))),
            Protection.InterimAssistance => ToVerdict(And(Child(facts), Of(facts.CredibleInformation))),
            Protection.UVisa => ProtectionVerdict.Undetermined,
            _ => throw new ArgumentOutOfRangeException(nameof(protection), protection, "Unknown protection."),
        };
    }

    /// <summary>Assesses one protection in full.</summary>
    /// <param name="protection">The protection.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="protection"/> is undefined.</exception>
    public static ProtectionAssessment Assess(Protection protection, ImmigrationFacts facts)
    {
        var verdict = Decide(protection, facts);
        var elements = Elements(protection, facts);
        var steps = Steps(protection, facts, verdict);
        var sets = verdict == ProtectionVerdict.Undetermined ? DecidingSets(protection, facts) : [];
        return new ProtectionAssessment(protection, verdict, DecidedBy(protection), elements, steps, sets, Explain(protection, facts, verdict, elements));
    }

    /// <summary>Assesses every protection.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>One assessment per protection, in <see cref="All"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static ImmutableArray<ProtectionAssessment> AssessAll(ImmigrationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. All.Select(p => Assess(p, facts))];
    }

    /// <summary>
    /// Suggests <c>legal-representation.immigration</c> for a foreign-national client when any assessment finds a protection
    /// available or undetermined and the client does not already list that need. The suggestion is marked as derived from
    /// the assessment (<see cref="NeedSuggestion.ProtectionAssessmentSource"/>) and is never added to the client:
    /// <see cref="NeedSuggestion.AcceptInto"/> records the survivor's choice. A client whose nationality is unknown gets no
    /// suggestion; the assessments' next steps already ask to establish it.
    /// </summary>
    /// <param name="facts">The facts the assessments were made from.</param>
    /// <param name="assessments">The assessments (from <see cref="AssessAll"/> or <see cref="Assess"/>).</param>
    /// <param name="client">The client's profile, for the needs already listed.</param>
    /// <returns>No suggestion, or one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or an assessment is.</exception>
    public static ImmutableArray<NeedSuggestion> SuggestNeeds(ImmigrationFacts facts, IEnumerable<ProtectionAssessment> assessments, ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(client);
        var open = new List<Protection>();
        var index = 0;
        foreach (var assessment in assessments)
        {
            if (assessment is null)
            {
                throw new ArgumentNullException(nameof(assessments), $"The assessment at index {index} is null.");
            }

            if (assessment.Verdict is ProtectionVerdict.Available or ProtectionVerdict.Undetermined)
            {
                open.Add(assessment.Protection);
            }

            index++;
        }

        var need = ServiceNeeds.LegalRepresentationImmigration;
        if (facts.Nationality != NationalityStatus.ForeignNational || open.Count == 0 || client.Needs.Any(n => n.Need == need))
        {
            return [];
        }

        var list = open.Distinct().Order().Select(DisplayName).ToList();
        var names = list.Count == 1 ? list[0] : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
        return [new NeedSuggestion(
            need,
            NeedSuggestion.ProtectionAssessmentSource,
            [.. open],
            $"Derived from the protection assessment, not from the survivor: {names} may be open to this foreign-national survivor, and an immigration attorney or accredited representative can pursue them. Add the need only if the survivor wants it.")];
    }

    private static string DisplayName(Protection protection) => protection switch
    {
        Protection.ContinuedPresence => "Continued Presence",
        Protection.TVisa => "a T visa",
        Protection.HhsCertification => "HHS Certification",
        Protection.EligibilityLetter => "an HHS Eligibility Letter",
        Protection.InterimAssistance => "HHS Interim Assistance",
        _ => "a U visa",
    };

    // ---- The rules (Kleene logic over Verdict: Met is true, NotMet false, Undetermined unknown) ----

    /// <summary>
    /// A recorded grant or denial decides; a pending request is undetermined; with no request the elements decide. While the
    /// status is unknown the verdict is undetermined (it may already have been granted or denied).
    /// </summary>
    private static ProtectionVerdict ContinuedPresence(ImmigrationFacts f) => f.ContinuedPresence?.Status switch
    {
        null or DhsStatus.Requested => ProtectionVerdict.Undetermined,
        DhsStatus.Granted => ProtectionVerdict.Available,
        DhsStatus.Denied or DhsStatus.Expired => ProtectionVerdict.NotAvailable,
        _ => ToVerdict(ContinuedPresenceElements(f)),
    };

    private static Verdict ContinuedPresenceElements(ImmigrationFacts f) =>
        And(And(Of(f.IdentifiedByLawEnforcement), Of(f.PotentialWitnessOrCivilAction)), Of(f.FederalRequest));

    /// <summary>A recorded grant or denial decides; otherwise the elements of 8 CFR 214.202 (undetermined while the status is unknown).</summary>
    private static ProtectionVerdict TVisa(ImmigrationFacts f) => f.TVisa?.Status switch
    {
        null => ProtectionVerdict.Undetermined,
        DhsStatus.Granted => ProtectionVerdict.Available,
        DhsStatus.Denied => ProtectionVerdict.NotAvailable,
        _ => ToVerdict(TVisaElements(f)),
    };

    private static Verdict TVisaElements(ImmigrationFacts f) =>
        And(And(And(f.TraffickingVictim, Of(f.PresentOnAccountOfTrafficking)), And(Compliance(f), Of(f.ExtremeHardship))), And(Of(f.AdmissibleOrWaiver), Not(Of(f.CommittedSevereTrafficking))));

    /// <summary>214.202(c): complied with any reasonable request, or exempt as a minor (c)(1), or excepted for trauma (c)(2).</summary>
    private static Verdict Compliance(ImmigrationFacts f) => Or(MinorWhenVictimised(f), f.Cooperation switch
    {
        Cooperation.Complied or Cooperation.UnableBecauseOfTrauma => Verdict.Met,
        Cooperation.Declined => Verdict.NotMet,
        _ => Verdict.Undetermined,
    });

    private static Verdict MinorWhenVictimised(ImmigrationFacts f) =>
        f.WasMinorWhenVictimised ? Verdict.Met : f.AgeAtVictimisation == AgeEvidenceKind.EighteenOrOver ? Verdict.NotMet : Verdict.Undetermined;

    /// <summary>
    /// OTIP certifies an adult once DHS notifies it of Continued Presence, a bona fide determination or a T-visa grant; the
    /// library reads those recorded findings and computes no cooperation verdict of its own. A derivative T holder needs none.
    /// </summary>
    private static ProtectionVerdict Certification(ImmigrationFacts f)
    {
        if (f.DerivativeTStatus == FactStatus.Established)
        {
            return ProtectionVerdict.NotNeeded;
        }

        var verdict = ToVerdict(And(Adult(f), DhsFinding(f)));

        // Until derivative status is ruled out, a decided verdict could still become "not needed".
        return f.DerivativeTStatus == FactStatus.RuledOut ? verdict : ProtectionVerdict.Undetermined;
    }

    private static Verdict DhsFinding(ImmigrationFacts f) => Or(
        f.ContinuedPresence is null ? Verdict.Undetermined : f.ContinuedPresence.Status == DhsStatus.Granted ? Verdict.Met : Verdict.NotMet,
        f.TVisa is null ? Verdict.Undetermined : f.TVisa.Status is DhsStatus.Granted or DhsStatus.BonaFideDetermination ? Verdict.Met : Verdict.NotMet);

    private static Verdict Adult(ImmigrationFacts f) => f.CurrentAge switch
    {
        AgeEvidenceKind.EighteenOrOver => Verdict.Met,
        AgeEvidenceKind.UnderEighteen => Verdict.NotMet,
        _ => Verdict.Undetermined,
    };

    private static Verdict Child(ImmigrationFacts f) => Not(Adult(f));

    private static Verdict Of(FactStatus status) => status switch
    {
        FactStatus.Established => Verdict.Met,
        FactStatus.RuledOut => Verdict.NotMet,
        _ => Verdict.Undetermined,
    };

    private static Verdict Not(Verdict v) => v switch
    {
        Verdict.Met => Verdict.NotMet,
        Verdict.NotMet => Verdict.Met,
        _ => Verdict.Undetermined,
    };

    private static Verdict And(Verdict a, Verdict b) =>
        a == Verdict.NotMet || b == Verdict.NotMet ? Verdict.NotMet : a == Verdict.Met && b == Verdict.Met ? Verdict.Met : Verdict.Undetermined;

    private static Verdict Or(Verdict a, Verdict b) =>
        a == Verdict.Met || b == Verdict.Met ? Verdict.Met : a == Verdict.NotMet && b == Verdict.NotMet ? Verdict.NotMet : Verdict.Undetermined;

    private static ProtectionVerdict ToVerdict(Verdict v) => v switch
    {
        Verdict.Met => ProtectionVerdict.Available,
        Verdict.NotMet => ProtectionVerdict.NotAvailable,
        _ => ProtectionVerdict.Undetermined,
    };

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
