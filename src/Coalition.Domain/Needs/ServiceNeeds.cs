using System.Collections.Frozen;
using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Sources;
using static Coalition.Domain.Needs.NeedHorizon;
using static Coalition.Domain.Needs.ServiceNeedGroup;

namespace Coalition.Domain.Needs;

/// <summary>
/// The service-need catalogue: every survivor need listed in seeds 001 and 004, with stable codes, groups, horizons,
/// pillars and public codes.
/// </summary>
/// <remarks>
/// <para>Public codes are Open Eligibility ids (from the project's domain brief) and HL7 service-type codes included in the
/// HL7 Human Services Directory IG's <c>HumanServiceType</c> value set. Where neither has a matching code the need has none
/// (<see cref="ServiceNeed.HasPublicCode"/> is <see langword="false"/>); the licensed AIRS/211 taxonomy is not bundled.</para>
/// <para>Horizons follow seed 003's immediate needs: safety, food and clothing, shelter (<c>housing.emergency</c>) and medical
/// care. Crisis intervention, the emergency variants (dental, medical, mental health) and the sexual-assault forensic exam
/// are immediate too, because they cannot wait. Everything else is longer-term.</para>
/// <para>Witness support sits in seed 001's criminal-justice column ("Witness support for victims and nonvictims"), so it
/// is a <see cref="CriminalJusticeNeeds"/> entry, not a survivor service need; survivors who testify are served by
/// <see cref="CriminalJusticeAdvocacy"/>.</para>
/// <para>HL7 codes are from the HL7 service-type code system (<c>http://terminology.hl7.org/CodeSystem/service-type</c>).</para>
/// </remarks>
public static class ServiceNeeds
{
    private static readonly ImmutableArray<SourceDocument> Both = [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.OhioReferralNetworkGuidelines];
    private static readonly ImmutableArray<SourceDocument> Ojp = [SourceDocuments.OjpBuildingCollaborations];
    private static readonly ImmutableArray<SourceDocument> Ohio = [SourceDocuments.OhioReferralNetworkGuidelines];
    private static readonly ImmutableArray<SourceDocument> BothAndTip = [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.OhioReferralNetworkGuidelines, SourceDocuments.TipReportLocalSolutions];

    /// <summary>Case management (001, 004). Seed 000 asks that it be done by licensed social workers.</summary>
    public static ServiceNeed CaseManagement { get; } = Need("case-management", "Case management", "Comprehensive case management that assesses needs and links the survivor to services.", Advocacy, LongerTerm, Both);

    /// <summary>Child-specific (dependent) assistance (001, 004).</summary>
    public static ServiceNeed ChildDependentAssistance { get; } = Need("child-dependent-assistance", "Child-specific (dependent) assistance", "Assistance for the survivor's children and other dependents.", FamilyAndCommunity, LongerTerm, Both);

    /// <summary>Clothing (001, 004); immediate per seed 003.</summary>
    public static ServiceNeed Clothing { get; } = Need("clothing", "Clothing", "Clothing and personal necessities.", BasicNeeds, Immediate, BothAndTip);

    /// <summary>Crisis intervention (001, 004).</summary>
    public static ServiceNeed CrisisIntervention { get; } = Need("crisis-intervention", "Crisis intervention", "Immediate response to a crisis, including hotlines and crisis counselling.", Safety, Immediate, Both, Hl7("70", "Crisis Counselling", PublicCodeEquivalence.Narrower), Oe("1305", "Help Hotlines", PublicCodeEquivalence.Narrower));

    /// <summary>Criminal justice advocacy (004).</summary>
    public static ServiceNeed CriminalJusticeAdvocacy { get; } = Need("criminal-justice-advocacy", "Criminal justice advocacy", "Advocacy for the survivor through investigation, prosecution and court proceedings.", Advocacy, LongerTerm, Ohio, Oe("1375", "Advocacy & Legal Aid", PublicCodeEquivalence.Wider));

    /// <summary>Cultural and community support (001, 004).</summary>
    public static ServiceNeed CulturalCommunitySupport { get; } = Need("cultural-community-support", "Cultural and community support", "Support from the survivor's cultural community and culturally-specific organisations.", FamilyAndCommunity, LongerTerm, Both);

    /// <summary>Dental care, in general (001, 004); see the emergency and long-term variants.</summary>
    public static ServiceNeed DentalCare { get; } = Need("dental-care", "Dental care", "Dental care, emergency or long-term.", Health, LongerTerm, Both);

    /// <summary>Emergency dental care (001, 004).</summary>
    public static ServiceNeed DentalCareEmergency { get; } = Variant(DentalCare, "emergency", "Dental care (emergency)", "Urgent dental treatment for pain, injury or infection.", Immediate);

    /// <summary>Long-term dental care (001, 004).</summary>
    public static ServiceNeed DentalCareLongTerm { get; } = Variant(DentalCare, "long-term", "Dental care (long-term)", "Ongoing and restorative dental care.", LongerTerm);

    /// <summary>Education and GED classes (001, 004).</summary>
    public static ServiceNeed Education { get; } = Need("education", "Education and GED classes", "Schooling, adult education and GED preparation.", EducationAndEmployment, LongerTerm, Both);

    /// <summary>English as a Second Language classes (001, 004).</summary>
    public static ServiceNeed EslClasses { get; } = Need("esl-classes", "English as a Second Language (ESL) classes", "English language instruction for speakers of other languages.", EducationAndEmployment, LongerTerm, Both);

    /// <summary>Employment (004). Open Eligibility 1357 "Help Find Work" and HL7 118; not 1386 "Workplace Rights", which is legal advocacy.</summary>
    public static ServiceNeed Employment { get; } = Need("employment", "Employment", "Finding and keeping safe, lawful work.", EducationAndEmployment, LongerTerm, Ohio, Oe("1357", "Help Find Work", PublicCodeEquivalence.Equivalent), Hl7("118", "Employment Placement and/or Support", PublicCodeEquivalence.Equivalent));

    /// <summary>Job preparation and placement (001); job placement is a longer-term need in seed 003.</summary>
    public static ServiceNeed JobPreparationPlacement { get; } = Need("job-preparation-placement", "Job preparation and placement", "Job readiness training and placement services.", EducationAndEmployment, LongerTerm, [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.TipReportLocalSolutions], Oe("1358", "Job Placement", PublicCodeEquivalence.Narrower), Hl7("118", "Employment Placement and/or Support", PublicCodeEquivalence.Equivalent));

    /// <summary>Workforce development (004).</summary>
    public static ServiceNeed WorkforceDevelopment { get; } = Need("workforce-development", "Workforce development", "Vocational training and skills development.", EducationAndEmployment, LongerTerm, Ohio, Hl7("116", "Training & Vocational Education", PublicCodeEquivalence.Equivalent));

    /// <summary>Family contact and reunification (001: "family contact or reunification"; 004: "family reunification").</summary>
    public static ServiceNeed FamilyReunification { get; } = Need("family-reunification", "Family contact and reunification", "Safely contacting family members and reuniting with them.", FamilyAndCommunity, LongerTerm, Both);

    /// <summary>Financial literacy and education (001).</summary>
    public static ServiceNeed FinancialLiteracy { get; } = Need("financial-literacy", "Financial literacy and education", "Budgeting, banking and credit education.", Economic, LongerTerm, Ojp);

    /// <summary>Food (001, 004); immediate per seed 003.</summary>
    public static ServiceNeed Food { get; } = Need("food", "Food", "Food and meals.", BasicNeeds, Immediate, BothAndTip, Hl7("548", "Food Relief/Food/Meals", PublicCodeEquivalence.Equivalent));

    /// <summary>Housing, in general (001, 004); see the emergency, transitional and permanent variants.</summary>
    public static ServiceNeed Housing { get; } = Need("housing", "Housing", "A safe place to live, from emergency shelter to permanent housing.", ServiceNeedGroup.Housing, LongerTerm, BothAndTip, Oe("1145", "Residential Housing", PublicCodeEquivalence.Equivalent));

    /// <summary>Emergency housing, i.e. shelter (001, 004); immediate per seed 003.</summary>
    public static ServiceNeed HousingEmergency { get; } = Variant(Housing, "emergency", "Housing (emergency)", "Emergency shelter or a safe house.", Immediate, Oe("1121", "Emergency Shelter", PublicCodeEquivalence.Equivalent), Hl7("126", "Crisis/Emergency Accommodation", PublicCodeEquivalence.Equivalent));

    /// <summary>Transitional housing (001, 004).</summary>
    public static ServiceNeed HousingTransitional { get; } = Variant(Housing, "transitional", "Housing (transitional)", "Time-limited housing with support while moving to permanent housing.", LongerTerm, Oe("1152", "Short-Term Housing", PublicCodeEquivalence.Equivalent));

    /// <summary>Permanent housing (001, 004).</summary>
    public static ServiceNeed HousingPermanent { get; } = Variant(Housing, "permanent", "Housing (permanent)", "Stable, permanent housing.", LongerTerm, Oe("1146", "Long-Term Housing", PublicCodeEquivalence.Equivalent));

    /// <summary>Identification documents (001, 004).</summary>
    public static ServiceNeed IdentificationDocuments { get; } = Need("identification-documents", "Identification documents", "Recovering or obtaining identity and travel documents.", Legal, LongerTerm, Both, Oe("1384", "Identification Recovery", PublicCodeEquivalence.Equivalent));

    /// <summary>
    /// Immigration information and navigation (003, 004): explaining the protections open to a foreign-national survivor
    /// (Continued Presence, T and U visas, HHS certification and eligibility letters), helping gather documents and connecting
    /// to an attorney or accredited representative. Not legal representation: a community organisation without an attorney
    /// or accredited representative may offer it, and the matcher does not require one. Open Eligibility 1381
    /// "Citizenship &amp; Immigration" is wider.
    /// </summary>
    public static ServiceNeed ImmigrationNavigation { get; } = Need("immigration-navigation", "Immigration information and navigation", "Information about immigration protections and help finding qualified legal representation; not legal advice or representation.", Legal, LongerTerm, [SourceDocuments.TipReportLocalSolutions, SourceDocuments.OhioReferralNetworkGuidelines], Oe("1381", "Citizenship & Immigration", PublicCodeEquivalence.Wider));

    /// <summary>Legal representation, in general (001, 004); see the immigration, criminal and civil variants.</summary>
    public static ServiceNeed LegalRepresentation { get; } = Need("legal-representation", "Legal representation", "Representation by a lawyer.", Legal, LongerTerm, BothAndTip, Oe("1389", "Representation", PublicCodeEquivalence.Equivalent));

    /// <summary>Immigration legal representation (001, 004), for example T-visa applications and Continued Presence.</summary>
    public static ServiceNeed LegalRepresentationImmigration { get; } = Variant(LegalRepresentation, "immigration", "Legal representation (immigration)", "Immigration relief such as T visas, U visas and Continued Presence.", LongerTerm, Oe("1381", "Citizenship & Immigration", PublicCodeEquivalence.Wider));

    /// <summary>Criminal legal representation (001, 004), for example vacating convictions that arose from trafficking.</summary>
    public static ServiceNeed LegalRepresentationCriminal { get; } = Variant(LegalRepresentation, "criminal", "Legal representation (criminal)", "Defence and post-conviction relief, such as vacating trafficking-related convictions.", LongerTerm, Oe("1389", "Representation", PublicCodeEquivalence.Wider));

    /// <summary>Civil legal representation (001, 004), for example civil suits, family law and wage claims.</summary>
    public static ServiceNeed LegalRepresentationCivil { get; } = Variant(LegalRepresentation, "civil", "Legal representation (civil)", "Civil matters such as restitution, wage claims, family law and protection orders.", LongerTerm, Oe("1389", "Representation", PublicCodeEquivalence.Wider));

    /// <summary>Medical care, in general (001, 004); immediate per seed 003.</summary>
    public static ServiceNeed MedicalCare { get; } = Need("medical-care", "Medical care", "Medical care, emergency or long-term.", Health, Immediate, BothAndTip, Oe("1206", "Medical Care", PublicCodeEquivalence.Equivalent));

    /// <summary>Emergency medical care (001, 004).</summary>
    public static ServiceNeed MedicalCareEmergency { get; } = Variant(MedicalCare, "emergency", "Medical care (emergency)", "Urgent and emergency medical treatment.", Immediate, Oe("1206", "Medical Care", PublicCodeEquivalence.Wider), Hl7("117", "Emergency Medical", PublicCodeEquivalence.Equivalent));

    /// <summary>Long-term medical care (001, 004).</summary>
    public static ServiceNeed MedicalCareLongTerm { get; } = Variant(MedicalCare, "long-term", "Medical care (long-term)", "Primary and ongoing medical care.", LongerTerm, Oe("1206", "Medical Care", PublicCodeEquivalence.Wider));

    /// <summary>Mental health care, in general (001, 004).</summary>
    public static ServiceNeed MentalHealthCare { get; } = Need("mental-health-care", "Mental health care", "Mental health care, emergency or long-term.", Health, LongerTerm, Both, Oe("1304", "Counseling", PublicCodeEquivalence.Narrower));

    /// <summary>Emergency mental health care (001, 004).</summary>
    public static ServiceNeed MentalHealthCareEmergency { get; } = Variant(MentalHealthCare, "emergency", "Mental health care (emergency)", "Psychiatric emergency and acute mental health care.", Immediate, Hl7("135", "Mental Health Assess/Triage/Crisis Response", PublicCodeEquivalence.Equivalent));

    /// <summary>Long-term mental health care (001, 004).</summary>
    public static ServiceNeed MentalHealthCareLongTerm { get; } = Variant(MentalHealthCare, "long-term", "Mental health care (long-term)", "Trauma-informed therapy and counselling over time.", LongerTerm, Oe("1304", "Counseling", PublicCodeEquivalence.Equivalent));

    /// <summary>Personal advocacy (004); "advocacy" is a longer-term need in seed 003.</summary>
    public static ServiceNeed PersonalAdvocacy { get; } = Need("personal-advocacy", "Personal advocacy", "An advocate who helps the survivor navigate services and speaks up for their wishes.", Advocacy, LongerTerm, [SourceDocuments.OhioReferralNetworkGuidelines, SourceDocuments.TipReportLocalSolutions], Oe("1375", "Advocacy & Legal Aid", PublicCodeEquivalence.Wider));

    /// <summary>Public benefits assistance (001: "public benefits assistance"; 004: "public assistance benefits").</summary>
    public static ServiceNeed PublicBenefits { get; } = Need("public-benefits", "Public benefits assistance", "Help applying for public benefits, including HHS certification or eligibility letters for foreign nationals.", Economic, LongerTerm, Both);

    /// <summary>Religious and spiritual assistance (001).</summary>
    public static ServiceNeed ReligiousSpiritualAssistance { get; } = Need("religious-spiritual-assistance", "Religious and spiritual assistance", "Spiritual care and access to a faith community, at the survivor's wish.", FamilyAndCommunity, LongerTerm, Ojp);

    /// <summary>Repatriation assistance (001).</summary>
    public static ServiceNeed RepatriationAssistance { get; } = Need("repatriation-assistance", "Repatriation assistance", "Safe, voluntary return to the survivor's home country and reintegration there.", Practical, LongerTerm, Ojp);

    /// <summary>Safety planning (001; 004: "safety and safety planning"); safety is immediate per seed 003.</summary>
    public static ServiceNeed SafetyPlanning { get; } = Need("safety-planning", "Safety and safety planning", "Immediate safety and a plan to stay safe from the trafficker.", Safety, Immediate, BothAndTip, Oe("1123", "Immediate Safety", PublicCodeEquivalence.Equivalent));

    /// <summary>Sexual assault trauma services (001, 004): counselling and advocacy. The time-critical forensic exam is <see cref="SexualAssaultForensicExam"/>.</summary>
    public static ServiceNeed SexualAssaultTraumaServices { get; } = Need("sexual-assault-trauma-services", "Sexual assault trauma services", "Counselling and advocacy after sexual assault; the forensic exam is a separate, immediate need.", Health, LongerTerm, Both, Hl7("80", "Sexual Assault Counselling", PublicCodeEquivalence.Narrower));

    /// <summary>
    /// The sexual-assault medical forensic exam, split from "sexual assault trauma services" (001, 004) because it is
    /// time-critical: evidence is collected within days. Federal STOP-grant rules require that it be available without a
    /// report to police (34 U.S.C. 10449). Immediate.
    /// </summary>
    public static ServiceNeed SexualAssaultForensicExam { get; } = Need("sexual-assault-forensic-exam", "Sexual assault forensic exam", "A medical forensic exam after sexual assault by a trained examiner; evidence is collected within days, and the exam must be available without a report to police.", Health, Immediate, Both);

    /// <summary>Substance abuse services (001, 004).</summary>
    public static ServiceNeed SubstanceAbuseServices { get; } = Need("substance-abuse-services", "Substance abuse services", "Treatment and counselling for alcohol and other drug use.", Health, LongerTerm, Both, Hl7("105", "Drug and/or Alcohol Counselling", PublicCodeEquivalence.Narrower));

    /// <summary>Translation and interpretation (001, 004).</summary>
    public static ServiceNeed TranslationInterpretation { get; } = Need("translation-interpretation", "Translation and interpretation", "Interpreters and translated documents in the survivor's language.", Practical, LongerTerm, Both, Oe("1390", "Translation & Interpretation", PublicCodeEquivalence.Equivalent), Hl7("130", "Interpreting/Multilingual Service", PublicCodeEquivalence.Equivalent));

    /// <summary>Transportation (001, 004).</summary>
    public static ServiceNeed Transportation { get; } = Need("transportation", "Transportation", "Safe transport to services, appointments and court.", Practical, LongerTerm, Both);

    /// <summary>Victim advocacy (001).</summary>
    public static ServiceNeed VictimAdvocacy { get; } = Need("victim-advocacy", "Victim advocacy", "Advocacy for the survivor's rights as a crime victim.", Advocacy, LongerTerm, Ojp, Oe("1375", "Advocacy & Legal Aid", PublicCodeEquivalence.Wider));

    /// <summary>Gets the catalogue of every service need, in alphabetical order of code.</summary>
    public static Catalogue<ServiceNeed> Catalogue { get; } = new(
        "service need",
        new[]
        {
            CaseManagement, ChildDependentAssistance, Clothing, CrisisIntervention, CriminalJusticeAdvocacy, CulturalCommunitySupport,
            DentalCare, DentalCareEmergency, DentalCareLongTerm, Education, EslClasses, Employment, JobPreparationPlacement, WorkforceDevelopment,
            FamilyReunification, FinancialLiteracy, Food, Housing, HousingEmergency, HousingTransitional, HousingPermanent, IdentificationDocuments, ImmigrationNavigation,
            LegalRepresentation, LegalRepresentationImmigration, LegalRepresentationCriminal, LegalRepresentationCivil,
            MedicalCare, MedicalCareEmergency, MedicalCareLongTerm, MentalHealthCare, MentalHealthCareEmergency, MentalHealthCareLongTerm,
            PersonalAdvocacy, PublicBenefits, ReligiousSpiritualAssistance, RepatriationAssistance, SafetyPlanning, SexualAssaultForensicExam,
            SexualAssaultTraumaServices, SubstanceAbuseServices, TranslationInterpretation, Transportation, VictimAdvocacy,
        }.OrderBy(n => n.Code, StringComparer.Ordinal));

    private static readonly FrozenDictionary<ServiceNeed, ImmutableArray<ServiceNeed>> VariantsByParent = Catalogue
        .Where(n => n.Parent is not null)
        .GroupBy(n => n.Parent!)
        .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    private static readonly FrozenDictionary<ServiceNeedGroup, ImmutableArray<ServiceNeed>> NeedsByGroup = Catalogue
        .GroupBy(n => n.Group)
        .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    /// <summary>Returns the need with the given code.</summary>
    /// <param name="code">A stable need code such as <c>housing.emergency</c>.</param>
    /// <returns>The need.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static ServiceNeed Get(string code) => Catalogue.Get(code);

    /// <summary>Returns the needs in <paramref name="group"/>, in catalogue order.</summary>
    /// <param name="group">A group.</param>
    /// <returns>The needs of that group.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined value.</exception>
    public static ImmutableArray<ServiceNeed> InGroup(ServiceNeedGroup group)
    {
        if (!Enum.IsDefined(group))
        {
            throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown service need group.");
        }

        return NeedsByGroup.TryGetValue(group, out var needs) ? needs : [];
    }

    /// <summary>Returns the needs with the given horizon, in catalogue order.</summary>
    /// <param name="horizon">A horizon.</param>
    /// <returns>The needs with that horizon.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not a defined value.</exception>
    public static ImmutableArray<ServiceNeed> WithHorizon(NeedHorizon horizon)
    {
        if (!Enum.IsDefined(horizon))
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "Unknown need horizon.");
        }

        return Catalogue.Where(n => n.Horizon == horizon).ToImmutableArray();
    }

    /// <summary>Returns the needs that serve <paramref name="pillar"/>, in catalogue order.</summary>
    /// <param name="pillar">A pillar.</param>
    /// <returns>The needs serving that pillar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pillar"/> is null.</exception>
    public static ImmutableArray<ServiceNeed> ServingPillar(Pillar pillar)
    {
        ArgumentNullException.ThrowIfNull(pillar);
        return Catalogue.Where(n => n.Pillar == pillar).ToImmutableArray();
    }

    /// <summary>Returns the needs that map to a public code.</summary>
    /// <param name="system">The code system.</param>
    /// <param name="code">The code in that system, for example <c>1121</c>.</param>
    /// <returns>The needs that carry that public code, in catalogue order; empty when none does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="system"/> is not a defined value.</exception>
    public static ImmutableArray<ServiceNeed> WithPublicCode(PublicCodeSystem system, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        Preconditions.Defined(system, nameof(system));
        return Catalogue.Where(n => n.PublicCodes.Any(p => p.System == system && p.Code == code)).ToImmutableArray();
    }

    internal static ImmutableArray<ServiceNeed> VariantsOf(ServiceNeed need) =>
        VariantsByParent is not null && VariantsByParent.TryGetValue(need, out var variants) ? variants : [];

    private static PublicCode Oe(string code, string display, PublicCodeEquivalence equivalence) =>
        new(PublicCodeSystem.OpenEligibility, code, display, equivalence);

    private static PublicCode Hl7(string code, string display, PublicCodeEquivalence equivalence) =>
        new(PublicCodeSystem.Hl7ServiceType, code, display, equivalence);

    private static ServiceNeed Need(string code, string displayName, string description, ServiceNeedGroup group, NeedHorizon horizon, ImmutableArray<SourceDocument> sources, params PublicCode[] publicCodes) =>
        new(code, displayName, description, group, horizon, Pillars.Protection, null, [.. publicCodes], sources);

    private static ServiceNeed Variant(ServiceNeed parent, string suffix, string displayName, string description, NeedHorizon horizon, params PublicCode[] publicCodes) =>
        new(parent.Code + "." + suffix, displayName, description, parent.Group, horizon, parent.Pillar, parent, [.. publicCodes], parent.Sources);
}
