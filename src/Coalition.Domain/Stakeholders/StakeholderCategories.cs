using System.Collections.Frozen;
using System.Collections.Immutable;
using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Needs;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Stakeholders;

/// <summary>
/// The stakeholder taxonomy: every kind of coalition member that the source documents name, as a two-level tree of
/// categories with stable codes (a group such as <c>law-enforcement</c> and its members such as <c>law-enforcement.federal</c>).
/// </summary>
/// <remarks>
/// Sources: Ohio's membership list (seed 000), OJP's partner list (seed 001), the Nebraska formation list (seed 002),
/// survivors and other stakeholders of the TIP report (seed 003), and the outreach partners for foreign-national victims
/// (seed 004). The IOM HTCDS organisation types map onto the taxonomy through <see cref="StakeholderCategory.HtcdsType"/>
/// and <see cref="ForHtcdsType"/>.
/// </remarks>
public static class StakeholderCategories
{
    /// <summary>Police, sheriffs, state and federal investigative agencies that identify victims, investigate and refer. Code <c>law-enforcement</c>; seeds 0, 1, 2, 3.</summary>
    public static StakeholderCategory LawEnforcement { get; } = new(
        "law-enforcement",
        "Law enforcement",
        "Police, sheriffs, state and federal investigative agencies that identify victims, investigate and refer.",
        StakeholderSector.LawEnforcement,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Tribal | JurisdictionLevels.Federal,
        [Pillars.Prosecution, Pillars.Protection, Pillars.Prevention, Pillars.Partnership],
        [ServiceNeeds.SafetyPlanning, ServiceNeeds.CrisisIntervention],
        [],
        HtcdsOrganisationType.LawEnforcement,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Local police departments and sheriffs' offices willing to be trained and to investigate in coordination with prosecutors. Code <c>law-enforcement.local</c>; seeds 0, 1, 2.</summary>
    public static StakeholderCategory LawEnforcementLocal { get; } = new(
        "law-enforcement.local",
        "Local law enforcement",
        "Local police departments and sheriffs' offices willing to be trained and to investigate in coordination with prosecutors.",
        StakeholderSector.LawEnforcement,
        JurisdictionLevels.Local,
        [Pillars.Prosecution, Pillars.Protection, Pillars.Prevention, Pillars.Partnership],
        [ServiceNeeds.SafetyPlanning, ServiceNeeds.CrisisIntervention],
        ["Local police department", "Sheriff"],
        HtcdsOrganisationType.LawEnforcement,
        LawEnforcement,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding]);

    /// <summary>State police, highway patrol and state bureaus of criminal investigation. Code <c>law-enforcement.state</c>; seeds 0, 1, 2.</summary>
    public static StakeholderCategory LawEnforcementState { get; } = new(
        "law-enforcement.state",
        "State law enforcement",
        "State police, highway patrol and state bureaus of criminal investigation.",
        StakeholderSector.LawEnforcement,
        JurisdictionLevels.State,
        [Pillars.Prosecution, Pillars.Protection, Pillars.Prevention, Pillars.Partnership],
        [ServiceNeeds.SafetyPlanning],
        ["State highway patrol", "State patrol", "Bureau of Criminal Investigation"],
        HtcdsOrganisationType.LawEnforcement,
        LawEnforcement,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding]);

    /// <summary>Tribal police, where applicable. Code <c>law-enforcement.tribal</c>; seeds 1.</summary>
    public static StakeholderCategory LawEnforcementTribal { get; } = new(
        "law-enforcement.tribal",
        "Tribal law enforcement",
        "Tribal police, where applicable.",
        StakeholderSector.LawEnforcement,
        JurisdictionLevels.Tribal,
        [Pillars.Prosecution, Pillars.Protection, Pillars.Prevention, Pillars.Partnership],
        [ServiceNeeds.SafetyPlanning],
        ["Tribal police"],
        HtcdsOrganisationType.LawEnforcement,
        LawEnforcement,
        [SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Federal investigative agencies such as the FBI and Homeland Security Investigations. Code <c>law-enforcement.federal</c>; seeds 0, 1.</summary>
    public static StakeholderCategory LawEnforcementFederal { get; } = new(
        "law-enforcement.federal",
        "Federal law enforcement",
        "Federal investigative agencies such as the FBI and Homeland Security Investigations.",
        StakeholderSector.LawEnforcement,
        JurisdictionLevels.Federal,
        [Pillars.Prosecution, Pillars.Protection, Pillars.Prevention, Pillars.Partnership],
        [ServiceNeeds.SafetyPlanning],
        ["FBI", "Homeland Security Investigations"],
        HtcdsOrganisationType.LawEnforcement,
        LawEnforcement,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Sworn officers assigned to schools, well placed to identify young victims. Code <c>law-enforcement.school-resource-officer</c>; seeds 1.</summary>
    public static StakeholderCategory SchoolResourceOfficers { get; } = new(
        "law-enforcement.school-resource-officer",
        "School resource officers",
        "Sworn officers assigned to schools, well placed to identify young victims.",
        StakeholderSector.LawEnforcement,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Protection, Pillars.Partnership],
        [],
        ["School resource officers"],
        HtcdsOrganisationType.LawEnforcement,
        LawEnforcement,
        [SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Prosecutors' offices that bring trafficking cases, with their victim-witness staff. Code <c>prosecution</c>; seeds 0, 3.</summary>
    public static StakeholderCategory Prosecution { get; } = new(
        "prosecution",
        "Prosecutors",
        "Prosecutors' offices that bring trafficking cases, with their victim-witness staff.",
        StakeholderSector.Justice,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Tribal | JurisdictionLevels.Federal,
        [Pillars.Prosecution, Pillars.Partnership],
        [ServiceNeeds.CriminalJusticeAdvocacy],
        [],
        null,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>County and district prosecutors. Code <c>prosecution.county</c>; seeds 0.</summary>
    public static StakeholderCategory ProsecutionCounty { get; } = new(
        "prosecution.county",
        "County prosecutors",
        "County and district prosecutors.",
        StakeholderSector.Justice,
        JurisdictionLevels.Local,
        [Pillars.Prosecution, Pillars.Partnership],
        [ServiceNeeds.CriminalJusticeAdvocacy],
        ["County prosecutor", "District attorney"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Prosecution,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>State attorneys general and state-level prosecution units. Code <c>prosecution.state</c>; seeds 3.</summary>
    public static StakeholderCategory ProsecutionState { get; } = new(
        "prosecution.state",
        "State attorney general",
        "State attorneys general and state-level prosecution units.",
        StakeholderSector.Justice,
        JurisdictionLevels.State,
        [Pillars.Prosecution, Pillars.Partnership],
        [ServiceNeeds.CriminalJusticeAdvocacy],
        ["Attorney General"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Prosecution,
        [SourceDocuments.TipReportLocalSolutions]);

    /// <summary>United States Attorneys' Offices and federal prosecutors. Code <c>prosecution.federal</c>; seeds 0.</summary>
    public static StakeholderCategory ProsecutionFederal { get; } = new(
        "prosecution.federal",
        "Federal prosecutors",
        "United States Attorneys' Offices and federal prosecutors.",
        StakeholderSector.Justice,
        JurisdictionLevels.Federal,
        [Pillars.Prosecution, Pillars.Partnership],
        [ServiceNeeds.CriminalJusticeAdvocacy],
        ["US Attorney's Office"],
        HtcdsOrganisationType.CentralGovernmentOrganisation,
        Prosecution,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Courts and court staff serving trafficking survivors. Code <c>courts</c>; seeds 0, 1.</summary>
    public static StakeholderCategory Courts { get; } = new(
        "courts",
        "Courts",
        "Courts and court staff serving trafficking survivors.",
        StakeholderSector.Justice,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Tribal | JurisdictionLevels.Federal,
        [Pillars.Prosecution, Pillars.Protection, Pillars.Partnership],
        [],
        ["Courts"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Judges, whose informed handling of cases the criminal-justice process needs. Code <c>courts.judges</c>; seeds 0.</summary>
    public static StakeholderCategory CourtJudges { get; } = new(
        "courts.judges",
        "Judges",
        "Judges, whose informed handling of cases the criminal-justice process needs.",
        StakeholderSector.Justice,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Tribal | JurisdictionLevels.Federal,
        [Pillars.Prosecution, Pillars.Protection],
        [],
        ["Judges"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Courts,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Probation officers and other court staff serving trafficking survivors. Code <c>courts.probation</c>; seeds 0.</summary>
    public static StakeholderCategory CourtProbation { get; } = new(
        "courts.probation",
        "Probation officers",
        "Probation officers and other court staff serving trafficking survivors.",
        StakeholderSector.Justice,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection, Pillars.Prosecution],
        [],
        ["Probation officers"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Courts,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Specialty dockets, such as human trafficking or treatment courts. Code <c>courts.specialty-dockets</c>; seeds 0.</summary>
    public static StakeholderCategory CourtSpecialtyDockets { get; } = new(
        "courts.specialty-dockets",
        "Court specialty dockets",
        "Specialty dockets, such as human trafficking or treatment courts.",
        StakeholderSector.Justice,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection, Pillars.Prosecution],
        [ServiceNeeds.CaseManagement],
        ["Court specialty dockets", "Human trafficking courts"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Courts,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Public defenders, who may meet victims charged with crimes committed while trafficked. Code <c>public-defenders</c>; seeds 1.</summary>
    public static StakeholderCategory PublicDefenders { get; } = new(
        "public-defenders",
        "Public defenders",
        "Public defenders, who may meet victims charged with crimes committed while trafficked.",
        StakeholderSector.Justice,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Federal,
        [Pillars.Protection, Pillars.Prosecution],
        [ServiceNeeds.LegalRepresentationCriminal],
        ["Public defenders"],
        HtcdsOrganisationType.LegalService,
        null,
        [SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Juvenile courts, detention and juvenile officers. Code <c>juvenile-justice</c>; seeds 1, 3.</summary>
    public static StakeholderCategory JuvenileJustice { get; } = new(
        "juvenile-justice",
        "Juvenile justice systems",
        "Juvenile courts, detention and juvenile officers.",
        StakeholderSector.Justice,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection, Pillars.Prevention, Pillars.Prosecution],
        [ServiceNeeds.CaseManagement],
        ["Juvenile justice systems", "Juvenile officers"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        null,
        [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Elected and appointed government representatives at every level. Code <c>government</c>; seeds 0, 3.</summary>
    public static StakeholderCategory Government { get; } = new(
        "government",
        "Government representatives",
        "Elected and appointed government representatives at every level.",
        StakeholderSector.Government,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Tribal | JurisdictionLevels.Federal,
        [Pillars.Partnership, Pillars.Prevention],
        [],
        [],
        null,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Federal government representatives and agencies. Code <c>government.federal</c>; seeds 0, 3.</summary>
    public static StakeholderCategory GovernmentFederal { get; } = new(
        "government.federal",
        "Federal government",
        "Federal government representatives and agencies.",
        StakeholderSector.Government,
        JurisdictionLevels.Federal,
        [Pillars.Partnership, Pillars.Prevention, Pillars.Protection],
        [],
        ["Federal agencies"],
        HtcdsOrganisationType.CentralGovernmentOrganisation,
        Government,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>State government representatives and agencies (sub-national, so HTCDS local government). Code <c>government.state</c>; seeds 0, 3.</summary>
    public static StakeholderCategory GovernmentState { get; } = new(
        "government.state",
        "State government",
        "State government representatives and agencies (sub-national, so HTCDS local government).",
        StakeholderSector.Government,
        JurisdictionLevels.State,
        [Pillars.Partnership, Pillars.Prevention, Pillars.Protection],
        [],
        ["State agencies"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Government,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>City and county government representatives and agencies. Code <c>government.local</c>; seeds 0, 3.</summary>
    public static StakeholderCategory GovernmentLocal { get; } = new(
        "government.local",
        "Local government",
        "City and county government representatives and agencies.",
        StakeholderSector.Government,
        JurisdictionLevels.Local,
        [Pillars.Partnership, Pillars.Prevention, Pillars.Protection],
        [],
        ["City government", "County government"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Government,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Tribal governments and councils. Code <c>government.tribal</c>; seeds 1, 3.</summary>
    public static StakeholderCategory GovernmentTribal { get; } = new(
        "government.tribal",
        "Tribal government",
        "Tribal governments and councils.",
        StakeholderSector.Government,
        JurisdictionLevels.Tribal,
        [Pillars.Partnership, Pillars.Prevention, Pillars.Protection],
        [],
        ["Tribal council"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Government,
        [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>The mayor or other civic leaders, who convene the community and signal priority. Code <c>government.mayor</c>; seeds 2, 3.</summary>
    public static StakeholderCategory Mayor { get; } = new(
        "government.mayor",
        "Mayor and civic leaders",
        "The mayor or other civic leaders, who convene the community and signal priority.",
        StakeholderSector.Government,
        JurisdictionLevels.Local,
        [Pillars.Partnership, Pillars.Prevention],
        [],
        ["Mayor", "Civic leaders"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Government,
        [SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>City council members. Code <c>government.city-council</c>; seeds 2.</summary>
    public static StakeholderCategory CityCouncil { get; } = new(
        "government.city-council",
        "City council members",
        "City council members.",
        StakeholderSector.Government,
        JurisdictionLevels.Local,
        [Pillars.Partnership, Pillars.Prevention],
        [],
        ["City council"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Government,
        [SourceDocuments.NebraskaCoalitionBuilding]);

    /// <summary>County departments of jobs and family services that administer public benefits and employment programs. Code <c>government.jobs-family-services</c>; seeds 0.</summary>
    public static StakeholderCategory JobsAndFamilyServices { get; } = new(
        "government.jobs-family-services",
        "Jobs and Family Services",
        "County departments of jobs and family services that administer public benefits and employment programs.",
        StakeholderSector.Government,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection],
        [ServiceNeeds.PublicBenefits, ServiceNeeds.Employment, ServiceNeeds.ChildDependentAssistance],
        ["Jobs and Family Services"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Government,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Local government agencies with regulatory or inspection authority, such as county boards of health. Code <c>government.regulatory-inspection</c>; seeds 0, 3.</summary>
    public static StakeholderCategory RegulatoryInspection { get; } = new(
        "government.regulatory-inspection",
        "Regulatory and inspection agencies",
        "Local government agencies with regulatory or inspection authority, such as county boards of health.",
        StakeholderSector.Government,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Prevention, Pillars.Protection],
        [],
        ["County boards of health", "Boards of health", "Licensing agencies"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Government,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Labor inspectors and wage-and-hour enforcement. Code <c>government.labor-inspection</c>; seeds 3.</summary>
    public static StakeholderCategory LaborInspection { get; } = new(
        "government.labor-inspection",
        "Labor inspectors",
        "Labor inspectors and wage-and-hour enforcement.",
        StakeholderSector.Government,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Federal,
        [Pillars.Prevention, Pillars.Prosecution],
        [],
        ["Labor inspectors", "Department of Labor"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        Government,
        [SourceDocuments.TipReportLocalSolutions]);

    /// <summary>
    /// Federal immigration agencies, which seed 003 lists among the government contacts of a community protocol. They decide;
    /// they do not serve: Continued Presence is requested by federal law enforcement and authorized by the Department of
    /// Homeland Security through ICE Homeland Security Investigations' Center for Countering Human Trafficking (22 U.S.C.
    /// 7105(c)(3)), and USCIS decides T and U visa applications. Seed 000's "immigration services", listed among other
    /// service providers, are <see cref="ImmigrantServing"/>. Code <c>government.immigration</c>; seeds 3.
    /// </summary>
    public static StakeholderCategory ImmigrationAgencies { get; } = new(
        "government.immigration",
        "Federal immigration agencies",
        "Federal immigration agencies: USCIS decides T and U visa applications, and DHS (ICE Homeland Security Investigations' Center for Countering Human Trafficking) authorizes Continued Presence at the request of federal law enforcement.",
        StakeholderSector.Government,
        JurisdictionLevels.Federal,
        [Pillars.Protection, Pillars.Prosecution],
        [],
        ["Immigration services (government)", "USCIS", "DHS Center for Countering Human Trafficking"],
        HtcdsOrganisationType.ImmigrationService,
        Government,
        [SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Child welfare systems and organisations, including child protective services. Code <c>child-welfare</c>; seeds 0, 1, 3.</summary>
    public static StakeholderCategory ChildWelfare { get; } = new(
        "child-welfare",
        "Child welfare",
        "Child welfare systems and organisations, including child protective services.",
        StakeholderSector.SocialServices,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Tribal,
        [Pillars.Protection, Pillars.Prevention],
        [ServiceNeeds.CaseManagement, ServiceNeeds.ChildDependentAssistance, ServiceNeeds.HousingEmergency, ServiceNeeds.SafetyPlanning],
        ["Child welfare organizations", "Child protective services"],
        HtcdsOrganisationType.LocalGovernmentOrganisation,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Social service organisations that serve victims of crime. Code <c>victim-services</c>; seeds 0, 1, 2, 4.</summary>
    public static StakeholderCategory VictimServices { get; } = new(
        "victim-services",
        "Victim service providers",
        "Social service organisations that serve victims of crime.",
        StakeholderSector.SocialServices,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection, Pillars.Partnership],
        [ServiceNeeds.CaseManagement, ServiceNeeds.VictimAdvocacy],
        ["Victim service providers", "Social services"],
        HtcdsOrganisationType.NGO,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Social service organisations with licensed social workers on staff who provide comprehensive case management. Code <c>victim-services.case-management</c>; seeds 0.</summary>
    public static StakeholderCategory SocialServiceCaseManagement { get; } = new(
        "victim-services.case-management",
        "Social services with licensed social workers",
        "Social service organisations with licensed social workers on staff who provide comprehensive case management.",
        StakeholderSector.SocialServices,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection],
        [ServiceNeeds.CaseManagement, ServiceNeeds.PersonalAdvocacy, ServiceNeeds.PublicBenefits],
        ["Social service organizations", "Licensed social workers"],
        HtcdsOrganisationType.NGO,
        VictimServices,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Child advocacy centers, which coordinate forensic interviews and services for child victims. Code <c>victim-services.child-advocacy-center</c>; seeds 0, 1.</summary>
    public static StakeholderCategory ChildAdvocacyCenters { get; } = new(
        "victim-services.child-advocacy-center",
        "Child advocacy centers",
        "Child advocacy centers, which coordinate forensic interviews and services for child victims.",
        StakeholderSector.SocialServices,
        JurisdictionLevels.Local,
        [Pillars.Protection, Pillars.Prosecution],
        [ServiceNeeds.CaseManagement, ServiceNeeds.CrisisIntervention, ServiceNeeds.MentalHealthCareLongTerm, ServiceNeeds.VictimAdvocacy],
        ["Child advocacy centers"],
        HtcdsOrganisationType.NGO,
        VictimServices,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Domestic violence shelters, service providers and advocates. Code <c>victim-services.domestic-violence</c>; seeds 0, 1.</summary>
    public static StakeholderCategory DomesticViolence { get; } = new(
        "victim-services.domestic-violence",
        "Domestic violence programs",
        "Domestic violence shelters, service providers and advocates.",
        StakeholderSector.SocialServices,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection],
        [ServiceNeeds.HousingEmergency, ServiceNeeds.SafetyPlanning, ServiceNeeds.CrisisIntervention, ServiceNeeds.VictimAdvocacy],
        ["Domestic violence advocates", "Domestic violence shelters"],
        HtcdsOrganisationType.NGO,
        VictimServices,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Advocates for victims of crime, including victim-witness programs. Code <c>victim-services.crime-victim-advocacy</c>; seeds 0.</summary>
    public static StakeholderCategory CrimeVictimAdvocates { get; } = new(
        "victim-services.crime-victim-advocacy",
        "Crime victim advocates",
        "Advocates for victims of crime, including victim-witness programs.",
        StakeholderSector.SocialServices,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection, Pillars.Prosecution],
        [ServiceNeeds.VictimAdvocacy, ServiceNeeds.CriminalJusticeAdvocacy],
        ["Crime victim advocates"],
        HtcdsOrganisationType.NGO,
        VictimServices,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Rape crisis centers. Code <c>victim-services.rape-crisis-center</c>; seeds 1.</summary>
    public static StakeholderCategory RapeCrisisCenters { get; } = new(
        "victim-services.rape-crisis-center",
        "Rape crisis centers",
        "Rape crisis centers.",
        StakeholderSector.SocialServices,
        JurisdictionLevels.Local,
        [Pillars.Protection],
        [ServiceNeeds.SexualAssaultTraumaServices, ServiceNeeds.CrisisIntervention, ServiceNeeds.VictimAdvocacy],
        ["Rape crisis centers"],
        HtcdsOrganisationType.NGO,
        VictimServices,
        [SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Programs dedicated to serving trafficking survivors. Code <c>victim-services.human-trafficking-program</c>; seeds 1.</summary>
    public static StakeholderCategory HumanTraffickingPrograms { get; } = new(
        "victim-services.human-trafficking-program",
        "Human trafficking service programs",
        "Programs dedicated to serving trafficking survivors.",
        StakeholderSector.SocialServices,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection, Pillars.Partnership],
        [ServiceNeeds.CaseManagement, ServiceNeeds.PersonalAdvocacy, ServiceNeeds.SafetyPlanning, ServiceNeeds.CrisisIntervention],
        ["Human trafficking service programs"],
        HtcdsOrganisationType.NGO,
        VictimServices,
        [SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Emergency and transitional shelter providers. Code <c>victim-services.shelter</c>; seeds 0, 2.</summary>
    public static StakeholderCategory Shelters { get; } = new(
        "victim-services.shelter",
        "Shelter providers",
        "Emergency and transitional shelter providers.",
        StakeholderSector.SocialServices,
        JurisdictionLevels.Local,
        [Pillars.Protection],
        [ServiceNeeds.HousingEmergency, ServiceNeeds.HousingTransitional, ServiceNeeds.Food, ServiceNeeds.Clothing, ServiceNeeds.SafetyPlanning],
        ["Shelter providers", "Shelters"],
        HtcdsOrganisationType.NGO,
        VictimServices,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.NebraskaCoalitionBuilding]);

    /// <summary>Community-based organisations that raise awareness and bridge to hard-to-reach populations. Code <c>community</c>; seeds 0, 1, 3, 4.</summary>
    public static StakeholderCategory Community { get; } = new(
        "community",
        "Community-based organizations",
        "Community-based organisations that raise awareness and bridge to hard-to-reach populations.",
        StakeholderSector.Community,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Protection, Pillars.Partnership],
        [ServiceNeeds.CulturalCommunitySupport],
        ["Community partners"],
        HtcdsOrganisationType.NGO,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.TipReportLocalSolutions, SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>
    /// Agencies that serve immigrants, including immigration assistance programs and the "immigration services" seed 000 lists
    /// among other service providers. They are not typed as meeting immigration legal representation: only an attorney or a
    /// representative accredited by the Department of Justice may give it (8 CFR 292.1, 292.2), and notario fraud harms
    /// survivors. Code <c>community.immigrant-serving</c>; seeds 0, 1, 4.
    /// </summary>
    public static StakeholderCategory ImmigrantServing { get; } = new(
        "community.immigrant-serving",
        "Immigrant-serving agencies",
        "Agencies that serve immigrants, including immigration assistance programs and immigration service providers; legal representation needs an attorney or a DOJ-accredited representative.",
        StakeholderSector.Community,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection, Pillars.Prevention],
        [ServiceNeeds.CulturalCommunitySupport, ServiceNeeds.TranslationInterpretation],
        ["Immigrant-serving agencies", "Immigration assistance programs", "Immigration services"],
        HtcdsOrganisationType.NGO,
        Community,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Refugee resettlement and service agencies. Code <c>community.refugee-services</c>; seeds 4.</summary>
    public static StakeholderCategory RefugeeServices { get; } = new(
        "community.refugee-services",
        "Refugee service agencies",
        "Refugee resettlement and service agencies.",
        StakeholderSector.Community,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection],
        [ServiceNeeds.CulturalCommunitySupport, ServiceNeeds.TranslationInterpretation, ServiceNeeds.HousingTransitional],
        ["Refugee service agencies"],
        HtcdsOrganisationType.NGO,
        Community,
        [SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Labor rights networks and labour organisations, key partners against labour trafficking. Code <c>community.labor-rights</c>; seeds 3, 4.</summary>
    public static StakeholderCategory LaborRights { get; } = new(
        "community.labor-rights",
        "Labor rights networks",
        "Labor rights networks and labour organisations, key partners against labour trafficking.",
        StakeholderSector.Community,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Prevention, Pillars.Protection],
        [ServiceNeeds.Employment],
        ["Labor rights networks", "Labor organizations"],
        HtcdsOrganisationType.NGO,
        Community,
        [SourceDocuments.TipReportLocalSolutions, SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Migrant farmworker outreach programs, which build trust in agricultural settings. Code <c>community.migrant-farmworker-outreach</c>; seeds 4.</summary>
    public static StakeholderCategory MigrantFarmworkerOutreach { get; } = new(
        "community.migrant-farmworker-outreach",
        "Migrant farmworker outreach",
        "Migrant farmworker outreach programs, which build trust in agricultural settings.",
        StakeholderSector.Community,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Protection],
        [ServiceNeeds.CulturalCommunitySupport],
        ["Migrant farmworker outreach programs"],
        HtcdsOrganisationType.NGO,
        Community,
        [SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Organisations familiar with the ethnic group or language community of the population served. Code <c>community.culturally-specific</c>; seeds 3, 4.</summary>
    public static StakeholderCategory CulturallySpecific { get; } = new(
        "community.culturally-specific",
        "Culturally-specific organizations",
        "Organisations familiar with the ethnic group or language community of the population served.",
        StakeholderSector.Community,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Protection],
        [ServiceNeeds.CulturalCommunitySupport, ServiceNeeds.TranslationInterpretation],
        ["Culturally-specific organizations", "Ethnic community organizations"],
        HtcdsOrganisationType.NGO,
        Community,
        [SourceDocuments.TipReportLocalSolutions, SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Youth development and mentoring programs. Code <c>community.youth-mentoring</c>; seeds 1, 3.</summary>
    public static StakeholderCategory YouthMentoring { get; } = new(
        "community.youth-mentoring",
        "Youth and mentoring programs",
        "Youth development and mentoring programs.",
        StakeholderSector.Community,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Protection],
        [ServiceNeeds.Education],
        ["Youth and mentoring programs", "Youth development groups"],
        HtcdsOrganisationType.NGO,
        Community,
        [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Interested community partners: volunteers and other advocates who want to serve. Code <c>community.volunteers</c>; seeds 0, 2.</summary>
    public static StakeholderCategory Volunteers { get; } = new(
        "community.volunteers",
        "Volunteers and advocates",
        "Interested community partners: volunteers and other advocates who want to serve.",
        StakeholderSector.Community,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Partnership],
        [],
        ["Volunteers", "Advocates"],
        HtcdsOrganisationType.NGO,
        Community,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.NebraskaCoalitionBuilding]);

    /// <summary>Providers of medical, mental health and substance use care. Code <c>health</c>; seeds 0, 1, 2, 4.</summary>
    public static StakeholderCategory Health { get; } = new(
        "health",
        "Health care providers",
        "Providers of medical, mental health and substance use care.",
        StakeholderSector.Health,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection, Pillars.Prevention],
        [ServiceNeeds.MedicalCare],
        ["Health care providers"],
        HtcdsOrganisationType.HealthServiceOrganisation,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Physicians, clinics and other medical providers. Code <c>health.medical</c>; seeds 0, 2.</summary>
    public static StakeholderCategory MedicalProviders { get; } = new(
        "health.medical",
        "Medical providers",
        "Physicians, clinics and other medical providers.",
        StakeholderSector.Health,
        JurisdictionLevels.Local,
        [Pillars.Protection, Pillars.Prevention],
        [ServiceNeeds.MedicalCare, ServiceNeeds.MedicalCareEmergency, ServiceNeeds.MedicalCareLongTerm, ServiceNeeds.DentalCare],
        ["Medical providers"],
        HtcdsOrganisationType.HealthServiceOrganisation,
        Health,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.NebraskaCoalitionBuilding]);

    /// <summary>Hospitals and urgent care clinics, often a victim's first contact with a professional. Code <c>health.hospital-urgent-care</c>; seeds 1.</summary>
    public static StakeholderCategory Hospitals { get; } = new(
        "health.hospital-urgent-care",
        "Hospitals and urgent care clinics",
        "Hospitals and urgent care clinics, often a victim's first contact with a professional.",
        StakeholderSector.Health,
        JurisdictionLevels.Local,
        [Pillars.Protection, Pillars.Prevention],
        [ServiceNeeds.MedicalCareEmergency, ServiceNeeds.SexualAssaultTraumaServices, ServiceNeeds.MentalHealthCareEmergency],
        ["Hospitals", "Urgent care clinics"],
        HtcdsOrganisationType.HealthServiceOrganisation,
        Health,
        [SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Community health clinics and health outreach programs. Code <c>health.community-clinic</c>; seeds 4.</summary>
    public static StakeholderCategory CommunityHealthClinics { get; } = new(
        "health.community-clinic",
        "Health clinics",
        "Community health clinics and health outreach programs.",
        StakeholderSector.Health,
        JurisdictionLevels.Local,
        [Pillars.Protection, Pillars.Prevention],
        [ServiceNeeds.MedicalCareLongTerm, ServiceNeeds.DentalCareLongTerm],
        ["Health clinics", "Health outreach programs"],
        HtcdsOrganisationType.HealthServiceOrganisation,
        Health,
        [SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Mental health providers. Code <c>health.mental-health</c>; seeds 0.</summary>
    public static StakeholderCategory MentalHealthProviders { get; } = new(
        "health.mental-health",
        "Mental health providers",
        "Mental health providers.",
        StakeholderSector.Health,
        JurisdictionLevels.Local,
        [Pillars.Protection],
        [ServiceNeeds.MentalHealthCare, ServiceNeeds.MentalHealthCareEmergency, ServiceNeeds.MentalHealthCareLongTerm, ServiceNeeds.CrisisIntervention],
        ["Mental health providers"],
        HtcdsOrganisationType.HealthServiceOrganisation,
        Health,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Alcohol and other drug (AOD) treatment providers. Code <c>health.substance-use-treatment</c>; seeds 0.</summary>
    public static StakeholderCategory SubstanceUseTreatment { get; } = new(
        "health.substance-use-treatment",
        "Alcohol and other drug treatment providers",
        "Alcohol and other drug (AOD) treatment providers.",
        StakeholderSector.Health,
        JurisdictionLevels.Local,
        [Pillars.Protection],
        [ServiceNeeds.SubstanceAbuseServices],
        ["Alcohol and Other Drug treatment providers"],
        HtcdsOrganisationType.HealthServiceOrganisation,
        Health,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Sexual assault response teams (SART). Code <c>health.sexual-assault-response-team</c>; seeds 4.</summary>
    public static StakeholderCategory SexualAssaultResponseTeams { get; } = new(
        "health.sexual-assault-response-team",
        "Sexual assault response teams",
        "Sexual assault response teams (SART).",
        StakeholderSector.Health,
        JurisdictionLevels.Local,
        [Pillars.Protection, Pillars.Prosecution],
        [ServiceNeeds.SexualAssaultTraumaServices],
        ["Sexual assault response teams"],
        HtcdsOrganisationType.HealthServiceOrganisation,
        Health,
        [SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Legal service providers willing to take cases for survivors. Code <c>legal-services</c>; seeds 0, 1, 4.</summary>
    public static StakeholderCategory LegalServices { get; } = new(
        "legal-services",
        "Legal service providers",
        "Legal service providers willing to take cases for survivors.",
        StakeholderSector.Legal,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection, Pillars.Prosecution],
        [ServiceNeeds.LegalRepresentation],
        ["Legal service providers"],
        HtcdsOrganisationType.LegalService,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Lawyers taking criminal cases for survivors, such as vacatur of trafficking-related convictions. Code <c>legal-services.criminal</c>; seeds 0.</summary>
    public static StakeholderCategory LegalServicesCriminal { get; } = new(
        "legal-services.criminal",
        "Criminal legal services",
        "Lawyers taking criminal cases for survivors, such as vacatur of trafficking-related convictions.",
        StakeholderSector.Legal,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection],
        [ServiceNeeds.LegalRepresentationCriminal],
        ["Criminal cases"],
        HtcdsOrganisationType.LegalService,
        LegalServices,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Civil legal service providers. Code <c>legal-services.civil</c>; seeds 0, 1.</summary>
    public static StakeholderCategory LegalServicesCivil { get; } = new(
        "legal-services.civil",
        "Civil legal services",
        "Civil legal service providers.",
        StakeholderSector.Legal,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Protection],
        [ServiceNeeds.LegalRepresentationCivil],
        ["Civil legal service providers", "Civil cases"],
        HtcdsOrganisationType.LegalService,
        LegalServices,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Immigration lawyers and accredited representatives. Code <c>legal-services.immigration</c>; seeds 0.</summary>
    public static StakeholderCategory LegalServicesImmigration { get; } = new(
        "legal-services.immigration",
        "Immigration legal services",
        "Immigration lawyers and accredited representatives.",
        StakeholderSector.Legal,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Federal,
        [Pillars.Protection],
        [ServiceNeeds.LegalRepresentationImmigration, ServiceNeeds.IdentificationDocuments],
        ["Immigration cases", "Immigration attorneys"],
        HtcdsOrganisationType.LegalService,
        LegalServices,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Community legal programs and legal clinics. Code <c>legal-services.community</c>; seeds 4.</summary>
    public static StakeholderCategory CommunityLegalPrograms { get; } = new(
        "legal-services.community",
        "Community legal programs",
        "Community legal programs and legal clinics.",
        StakeholderSector.Legal,
        JurisdictionLevels.Local,
        [Pillars.Protection, Pillars.Prevention],
        [ServiceNeeds.LegalRepresentationCivil],
        ["Community legal programs"],
        HtcdsOrganisationType.LegalService,
        LegalServices,
        [SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Schools, colleges and educational programs. Code <c>education</c>; seeds 0, 1.</summary>
    public static StakeholderCategory Education { get; } = new(
        "education",
        "Education",
        "Schools, colleges and educational programs.",
        StakeholderSector.Education,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Prevention],
        [ServiceNeeds.Education],
        ["Schools and universities"],
        HtcdsOrganisationType.SchoolOrCollege,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Universities committed to awareness, research and funding. Code <c>education.university</c>; seeds 0.</summary>
    public static StakeholderCategory Universities { get; } = new(
        "education.university",
        "Universities",
        "Universities committed to awareness, research and funding.",
        StakeholderSector.Education,
        JurisdictionLevels.State,
        [Pillars.Prevention, Pillars.Partnership],
        [ServiceNeeds.Education],
        ["Universities"],
        HtcdsOrganisationType.SchoolOrCollege,
        Education,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Schools, especially counsellors, teachers and administrators. Code <c>education.schools</c>; seeds 1, 3.</summary>
    public static StakeholderCategory Schools { get; } = new(
        "education.schools",
        "Schools",
        "Schools, especially counsellors, teachers and administrators.",
        StakeholderSector.Education,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Protection],
        [ServiceNeeds.Education],
        ["Schools", "School counselors"],
        HtcdsOrganisationType.SchoolOrCollege,
        Education,
        [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Student groups raising awareness. Code <c>education.student-groups</c>; seeds 1.</summary>
    public static StakeholderCategory StudentGroups { get; } = new(
        "education.student-groups",
        "Student groups",
        "Student groups raising awareness.",
        StakeholderSector.Education,
        JurisdictionLevels.Local,
        [Pillars.Prevention],
        [],
        ["Student groups"],
        HtcdsOrganisationType.SchoolOrCollege,
        Education,
        [SourceDocuments.OjpBuildingCollaborations]);

    /// <summary>Adult education, GED and language programs. Code <c>education.programs</c>; seeds 4.</summary>
    public static StakeholderCategory EducationalPrograms { get; } = new(
        "education.programs",
        "Educational programs",
        "Adult education, GED and language programs.",
        StakeholderSector.Education,
        JurisdictionLevels.Local,
        [Pillars.Protection],
        [ServiceNeeds.Education, ServiceNeeds.EslClasses],
        ["Educational programs", "GED programs", "ESL programs"],
        HtcdsOrganisationType.SchoolOrCollege,
        Education,
        [SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Faith-based organisations and congregations (churches, mosques, temples, synagogues). Code <c>faith-based</c>; seeds 0, 1, 2, 3.</summary>
    public static StakeholderCategory FaithBased { get; } = new(
        "faith-based",
        "Faith-based organizations",
        "Faith-based organisations and congregations (churches, mosques, temples, synagogues).",
        StakeholderSector.Faith,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Protection, Pillars.Partnership],
        [ServiceNeeds.ReligiousSpiritualAssistance, ServiceNeeds.Food, ServiceNeeds.Clothing],
        ["Faith-based groups", "Churches", "Mosques", "Temples", "Synagogues"],
        HtcdsOrganisationType.NGO,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Civic organisations that raise awareness and funding. Code <c>civic</c>; seeds 0, 1, 2, 3.</summary>
    public static StakeholderCategory Civic { get; } = new(
        "civic",
        "Civic organizations",
        "Civic organisations that raise awareness and funding.",
        StakeholderSector.Civic,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Partnership],
        [],
        [],
        HtcdsOrganisationType.NGO,
        null,
        [SourceDocuments.OhioCoalitionModel, SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Service organisations such as Rotary, Kiwanis, Junior League, the Salvation Army and the Knights of Columbus. Code <c>civic.service-clubs</c>; seeds 1, 2.</summary>
    public static StakeholderCategory ServiceClubs { get; } = new(
        "civic.service-clubs",
        "Service clubs",
        "Service organisations such as Rotary, Kiwanis, Junior League, the Salvation Army and the Knights of Columbus.",
        StakeholderSector.Civic,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Partnership],
        [],
        ["Rotary", "Kiwanis", "Junior League", "Salvation Army", "Knights of Columbus", "Men's and women's groups"],
        HtcdsOrganisationType.NGO,
        Civic,
        [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding]);

    /// <summary>Chambers of commerce. Code <c>civic.chamber-of-commerce</c>; seeds 1, 2.</summary>
    public static StakeholderCategory ChamberOfCommerce { get; } = new(
        "civic.chamber-of-commerce",
        "Chambers of commerce",
        "Chambers of commerce.",
        StakeholderSector.Civic,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Partnership],
        [],
        ["Chamber of Commerce"],
        HtcdsOrganisationType.NGO,
        Civic,
        [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding]);

    /// <summary>Nonprofits committed to raising awareness and funding. Code <c>civic.nonprofits</c>; seeds 0.</summary>
    public static StakeholderCategory Nonprofits { get; } = new(
        "civic.nonprofits",
        "Awareness and funding nonprofits",
        "Nonprofits committed to raising awareness and funding.",
        StakeholderSector.Civic,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Prevention, Pillars.Partnership],
        [],
        ["Nonprofits"],
        HtcdsOrganisationType.NGO,
        Civic,
        [SourceDocuments.OhioCoalitionModel]);

    /// <summary>Businesses that train staff, spot signs and offer jobs. Code <c>business</c>; seeds 1, 2, 3.</summary>
    public static StakeholderCategory Business { get; } = new(
        "business",
        "Businesses",
        "Businesses that train staff, spot signs and offer jobs.",
        StakeholderSector.Business,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Partnership],
        [],
        ["Interested businesses"],
        HtcdsOrganisationType.CorporateBusiness,
        null,
        [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Hospitality managers and associations, including hotels, motels and restaurants. Code <c>business.hospitality</c>; seeds 2, 3.</summary>
    public static StakeholderCategory Hospitality { get; } = new(
        "business.hospitality",
        "Hospitality",
        "Hospitality managers and associations, including hotels, motels and restaurants.",
        StakeholderSector.Business,
        JurisdictionLevels.Local,
        [Pillars.Prevention],
        [],
        ["Hospitality managers", "Hotels", "Motels", "Restaurants"],
        HtcdsOrganisationType.CorporateBusiness,
        Business,
        [SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Transportation companies and transit providers. Code <c>business.transportation</c>; seeds 2, 3.</summary>
    public static StakeholderCategory TransportationProviders { get; } = new(
        "business.transportation",
        "Transportation providers",
        "Transportation companies and transit providers.",
        StakeholderSector.Business,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Protection],
        [ServiceNeeds.Transportation],
        ["Transportation providers", "Public transportation"],
        HtcdsOrganisationType.CorporateBusiness,
        Business,
        [SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Business leaders, who can provide job training and placement. Code <c>business.leaders</c>; seeds 1, 2, 3.</summary>
    public static StakeholderCategory BusinessLeaders { get; } = new(
        "business.leaders",
        "Business leaders",
        "Business leaders, who can provide job training and placement.",
        StakeholderSector.Business,
        JurisdictionLevels.Local,
        [Pillars.Prevention, Pillars.Partnership],
        [ServiceNeeds.JobPreparationPlacement, ServiceNeeds.Employment],
        ["Business leaders"],
        HtcdsOrganisationType.CorporateBusiness,
        Business,
        [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Journalists and media outlets; coalitions engage them for awareness, and train them to report with sensitivity. Code <c>media</c>; seeds 2, 3.</summary>
    public static StakeholderCategory Media { get; } = new(
        "media",
        "Media",
        "Journalists and media outlets; coalitions engage them for awareness, and train them to report with sensitivity.",
        StakeholderSector.Media,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Prevention],
        [],
        ["Media", "Press"],
        null,
        null,
        [SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Survivors of trafficking as key stakeholders and subject-matter experts, compensated for their expertise and time and never asked to retell their story. Code <c>survivors</c>; seeds 2, 3.</summary>
    public static StakeholderCategory Survivors { get; } = new(
        "survivors",
        "Survivors",
        "Survivors of trafficking as key stakeholders and subject-matter experts, compensated for their expertise and time and never asked to retell their story.",
        StakeholderSector.Survivor,
        JurisdictionLevels.Local | JurisdictionLevels.State | JurisdictionLevels.Tribal | JurisdictionLevels.Federal,
        [Pillars.Partnership, Pillars.Prevention, Pillars.Protection],
        [],
        ["Survivors of human trafficking"],
        null,
        null,
        [SourceDocuments.NebraskaCoalitionBuilding, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Private funders and foundations that sustain coalition work. Code <c>private-funders</c>; seeds 3.</summary>
    public static StakeholderCategory PrivateFunders { get; } = new(
        "private-funders",
        "Private funders",
        "Private funders and foundations that sustain coalition work.",
        StakeholderSector.Philanthropy,
        JurisdictionLevels.Local | JurisdictionLevels.State,
        [Pillars.Partnership],
        [],
        ["Private funders", "Foundations"],
        HtcdsOrganisationType.NGO,
        null,
        [SourceDocuments.TipReportLocalSolutions]);

    /// <summary>International organisations such as the International Organization for Migration. Code <c>international-organization</c>; seeds 3.</summary>
    public static StakeholderCategory InternationalOrganizations { get; } = new(
        "international-organization",
        "International organizations",
        "International organisations such as the International Organization for Migration.",
        StakeholderSector.International,
        JurisdictionLevels.Federal,
        [Pillars.Partnership, Pillars.Protection],
        [ServiceNeeds.RepatriationAssistance, ServiceNeeds.FamilyReunification],
        ["IOM"],
        null,
        null,
        [SourceDocuments.TipReportLocalSolutions]);

    /// <summary>Gets the catalogue of every stakeholder category, each group followed by its members.</summary>
    public static Catalogue<StakeholderCategory> Catalogue { get; } = new(
        "stakeholder category",
        [
            LawEnforcement,
            LawEnforcementLocal,
            LawEnforcementState,
            LawEnforcementTribal,
            LawEnforcementFederal,
            SchoolResourceOfficers,
            Prosecution,
            ProsecutionCounty,
            ProsecutionState,
            ProsecutionFederal,
            Courts,
            CourtJudges,
            CourtProbation,
            CourtSpecialtyDockets,
            PublicDefenders,
            JuvenileJustice,
            Government,
            GovernmentFederal,
            GovernmentState,
            GovernmentLocal,
            GovernmentTribal,
            Mayor,
            CityCouncil,
            JobsAndFamilyServices,
            RegulatoryInspection,
            LaborInspection,
            ImmigrationAgencies,
            ChildWelfare,
            VictimServices,
            SocialServiceCaseManagement,
            ChildAdvocacyCenters,
            DomesticViolence,
            CrimeVictimAdvocates,
            RapeCrisisCenters,
            HumanTraffickingPrograms,
            Shelters,
            Community,
            ImmigrantServing,
            RefugeeServices,
            LaborRights,
            MigrantFarmworkerOutreach,
            CulturallySpecific,
            YouthMentoring,
            Volunteers,
            Health,
            MedicalProviders,
            Hospitals,
            CommunityHealthClinics,
            MentalHealthProviders,
            SubstanceUseTreatment,
            SexualAssaultResponseTeams,
            LegalServices,
            LegalServicesCriminal,
            LegalServicesCivil,
            LegalServicesImmigration,
            CommunityLegalPrograms,
            Education,
            Universities,
            Schools,
            StudentGroups,
            EducationalPrograms,
            FaithBased,
            Civic,
            ServiceClubs,
            ChamberOfCommerce,
            Nonprofits,
            Business,
            Hospitality,
            TransportationProviders,
            BusinessLeaders,
            Media,
            Survivors,
            PrivateFunders,
            InternationalOrganizations,
        ]);

    private static readonly FrozenDictionary<StakeholderCategory, ImmutableArray<StakeholderCategory>> ChildrenByParent = Catalogue
        .Where(c => c.Parent is not null)
        .GroupBy(c => c.Parent!)
        .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    /// <summary>Gets the top-level categories (the roots of the tree), in catalogue order.</summary>
    public static ImmutableArray<StakeholderCategory> Roots { get; } = Catalogue.Where(c => c.Parent is null).ToImmutableArray();

    /// <summary>Returns the category with the given code.</summary>
    /// <param name="code">A stable code such as <c>law-enforcement.federal</c>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static StakeholderCategory Get(string code) => Catalogue.Get(code);

    /// <summary>Returns the categories that contribute to <paramref name="pillar"/>, in catalogue order.</summary>
    /// <param name="pillar">A pillar.</param>
    /// <returns>The contributing categories.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pillar"/> is null.</exception>
    public static ImmutableArray<StakeholderCategory> ContributingTo(Pillar pillar)
    {
        ArgumentNullException.ThrowIfNull(pillar);
        return Catalogue.Where(c => c.Pillars.Contains(pillar)).ToImmutableArray();
    }

    /// <summary>Returns the categories of <paramref name="sector"/>, in catalogue order.</summary>
    /// <param name="sector">A sector.</param>
    /// <returns>The categories of that sector.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sector"/> is not a defined value.</exception>
    public static ImmutableArray<StakeholderCategory> InSector(StakeholderSector sector)
    {
        if (!Enum.IsDefined(sector))
        {
            throw new ArgumentOutOfRangeException(nameof(sector), sector, "Unknown stakeholder sector.");
        }

        return Catalogue.Where(c => c.Sector == sector).ToImmutableArray();
    }

    /// <summary>Returns the categories that can typically meet <paramref name="need"/> (or one of its variants), in catalogue order.</summary>
    /// <param name="need">A service need.</param>
    /// <returns>The categories whose typical needs include the need, one of its variants, or its parent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="need"/> is null.</exception>
    public static ImmutableArray<StakeholderCategory> TypicallyMeeting(ServiceNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return Catalogue
            .Where(c => c.TypicalNeeds.Any(t => t.IsOrDescendsFrom(need) || need.IsOrDescendsFrom(t)))
            .ToImmutableArray();
    }

    /// <summary>Returns the categories that map to an IOM HTCDS organisation type, in catalogue order.</summary>
    /// <param name="type">An HTCDS organisation type.</param>
    /// <returns>The categories whose <see cref="StakeholderCategory.HtcdsType"/> is <paramref name="type"/>; never empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static ImmutableArray<StakeholderCategory> ForHtcdsType(HtcdsOrganisationType type)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown HTCDS organisation type.");
        }

        return Catalogue.Where(c => c.HtcdsType == type).ToImmutableArray();
    }

    internal static ImmutableArray<StakeholderCategory> ChildrenOf(StakeholderCategory category) =>
        ChildrenByParent is not null && ChildrenByParent.TryGetValue(category, out var children) ? children : [];
}
