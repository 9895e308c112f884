using Coalition.Domain.Catalogues;
using Coalition.Domain.Sources;
using static Coalition.Domain.Stakeholders.StakeholderCategories;

namespace Coalition.Domain.Stakeholders;

/// <summary>The recommended-membership checklists of seeds 000, 001 and 002.</summary>
public static class MembershipChecklists
{
    /// <summary>
    /// Seed 000 (Ohio), "Who should be a part of your anti-trafficking coalition?": law enforcement at every level,
    /// prosecutors, social services with licensed social workers, nonprofits, universities and faith-based groups, legal
    /// services, government, community partners, courts, and the other providers it lists.
    /// </summary>
    public static MembershipChecklist Ohio { get; } = new(
        "ohio-coalition-members",
        "Ohio coalition membership checklist",
        "Who should be a part of your anti-trafficking coalition?",
        SourceDocuments.OhioCoalitionModel,
        [
            LawEnforcementLocal, LawEnforcementState, LawEnforcementFederal, ProsecutionFederal, ProsecutionCounty,
            SocialServiceCaseManagement,
            Nonprofits, Universities, FaithBased,
            LegalServicesCriminal, LegalServicesCivil, LegalServicesImmigration,
            GovernmentFederal, GovernmentState, GovernmentLocal,
            Volunteers,
            CourtJudges, CourtProbation, CourtSpecialtyDockets,
            JobsAndFamilyServices, ChildAdvocacyCenters, ChildWelfare, ImmigrantServing, DomesticViolence, CrimeVictimAdvocates,
            MedicalProviders, MentalHealthProviders, SubstanceUseTreatment, Shelters, RegulatoryInspection,
        ]);

    /// <summary>
    /// Seed 001 (OJP), "Who should be included in your partnership?": child welfare, juvenile justice, child advocacy
    /// centers, rape crisis centers, domestic violence programs, civil legal services, immigrant-serving agencies, youth
    /// programs, courts, public defenders, trafficking programs, hospitals, schools, student groups, law enforcement at
    /// every level, service clubs, chambers of commerce, faith-based organisations and business leaders.
    /// </summary>
    public static MembershipChecklist Ojp { get; } = new(
        "ojp-partnership-members",
        "OJP partnership membership checklist",
        "Who should be included in your partnership?",
        SourceDocuments.OjpBuildingCollaborations,
        [
            ChildWelfare, JuvenileJustice, ChildAdvocacyCenters, RapeCrisisCenters, DomesticViolence, LegalServicesCivil,
            ImmigrantServing, YouthMentoring, Courts, PublicDefenders, HumanTraffickingPrograms, Hospitals,
            Schools, SchoolResourceOfficers, StudentGroups,
            LawEnforcementLocal, LawEnforcementState, LawEnforcementTribal, LawEnforcementFederal,
            ServiceClubs, ChamberOfCommerce, FaithBased, BusinessLeaders,
        ]);

    /// <summary>
    /// Seed 002 (Nebraska), the community partners and leaders to contact when forming a coalition: the mayor, law
    /// enforcement, city council and chambers of commerce, survivors, victim service providers and shelters, hospitality,
    /// health care, service clubs, churches, businesses, volunteers, and the media.
    /// </summary>
    public static MembershipChecklist Nebraska { get; } = new(
        "nebraska-formation-members",
        "Nebraska coalition formation checklist",
        "Whom should the founders contact to form a coalition?",
        SourceDocuments.NebraskaCoalitionBuilding,
        [
            Mayor, LawEnforcementLocal, LawEnforcementState, CityCouncil, ChamberOfCommerce, Survivors,
            VictimServices, Shelters, Hospitality, TransportationProviders, MedicalProviders, ServiceClubs, FaithBased,
            Business, Volunteers, Media,
        ]);

    /// <summary>Gets the catalogue of the three checklists, in seed order.</summary>
    public static Catalogue<MembershipChecklist> Catalogue { get; } = new("membership checklist", [Ohio, Ojp, Nebraska]);

    /// <summary>Returns the checklist with the given code.</summary>
    /// <param name="code">A stable code such as <c>ohio-coalition-members</c>.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static MembershipChecklist Get(string code) => Catalogue.Get(code);
}
