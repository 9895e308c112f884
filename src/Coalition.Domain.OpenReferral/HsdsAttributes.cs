namespace Coalition.Domain.OpenReferral;

/// <summary>
/// How fields that HSDS lacks travel in HSDS: as <c>attribute</c> objects whose <c>link_type</c> is <see cref="LinkType"/>,
/// whose <c>taxonomy_term.code</c> names the field, and whose <c>value</c> holds it. Provider-level fields are written on
/// every service of the provider with <c>link_entity</c> <c>organization</c>.
/// </summary>
public static class HsdsAttributes
{
    /// <summary>The <c>link_type</c> (and taxonomy name) of the library's attributes.</summary>
    public const string LinkType = "coalition-domain";

    /// <summary>The stakeholder category code (organization).</summary>
    public const string StakeholderCategory = "stakeholder-category";

    /// <summary><c>true</c> when the provider is affiliated with law enforcement (organization).</summary>
    public const string LawEnforcementAffiliated = "law-enforcement-affiliated";

    /// <summary>
    /// A reporting duty's code, one attribute per duty (organization). See <c>Coalition.Domain.Referrals.Network.ReportingDuties</c>.
    /// </summary>
    public const string ReportingDuty = "reporting-duty";

    /// <summary>
    /// The legacy flag <c>true</c> when the provider's staff are mandatory reporters (organization). Read only, as the duty
    /// <c>child-abuse-neglect</c>; never written.
    /// </summary>
    public const string MandatoryReporter = "mandatory-reporter";

    /// <summary><c>true</c> when the provider adheres to the coalition's standard of care (organization).</summary>
    public const string StandardOfCare = "standard-of-care";

    /// <summary><c>true</c> when staff are trained on human trafficking (organization).</summary>
    public const string TraffickingTrainedStaff = "trafficking-trained-staff";

    /// <summary><c>true</c> when licensed social workers do case management (organization).</summary>
    public const string LicensedSocialWorkers = "licensed-social-workers";

    /// <summary><c>true</c> when the provider has an attorney licensed in a US state, territory or the District of Columbia (organization); written only when true.</summary>
    public const string ImmigrationAttorney = "immigration-attorney";

    /// <summary>
    /// One DOJ accreditation of an accredited representative, as <c>full/2027-06-30</c> or <c>partial/2027-06-30</c>: the scope
    /// and the last valid day (organization). A malformed value is left out and reported; it never qualifies the provider.
    /// </summary>
    public const string AccreditedRepresentative = "accredited-representative";

    /// <summary><c>true</c> when supervised law students or graduates work on immigration cases (organization); written only when true.</summary>
    public const string SupervisedStudents = "supervised-students";

    /// <summary><c>public</c> or <c>confidential</c> (organization).</summary>
    public const string Visibility = "visibility";

    /// <summary>A need code; one attribute per need, in order (service).</summary>
    public const string Need = "need";

    /// <summary>Accepted genders, as kebab-case flag names (service).</summary>
    public const string Genders = "genders";

    /// <summary>Required populations (service).</summary>
    public const string RequiredPopulations = "required-populations";

    /// <summary>Excluded populations (service).</summary>
    public const string ExcludedPopulations = "excluded-populations";

    /// <summary>Forms of trafficking served (service).</summary>
    public const string TraffickingTypes = "trafficking-types";

    /// <summary>The schedule's IANA time zone; present when the service has a schedule (service).</summary>
    public const string TimeZone = "time-zone";

    /// <summary>A dated closure, <c>start/end</c> (service).</summary>
    public const string Closure = "closure";

    /// <summary>The capacity status (service).</summary>
    public const string CapacityStatus = "capacity-status";

    /// <summary>The cost kind (service).</summary>
    public const string Cost = "cost";

    /// <summary>Referral methods (service).</summary>
    public const string ReferralMethods = "referral-methods";

    /// <summary><c>true</c> when the service is culturally specific (service).</summary>
    public const string CulturallySpecific = "culturally-specific";

    /// <summary>The provider's id in the library (organization); HSDS ids are UUIDs derived from it.</summary>
    public const string ProviderId = "provider-id";

    /// <summary>The offering's id in the library (service); HSDS ids are UUIDs derived from it.</summary>
    public const string OfferingId = "offering-id";

    /// <summary>The provider's one-line address (organization), when HSDS's structured address cannot carry it.</summary>
    public const string Address = "address";

    /// <summary>Places free, when no complete HSDS capacity row (count and update time) can carry it (service).</summary>
    public const string CapacityAvailable = "capacity-available";

    /// <summary>Places in all, when no complete HSDS capacity row can carry it (service).</summary>
    public const string CapacityMaximum = "capacity-maximum";

    /// <summary>When the counts were updated, when no complete HSDS capacity row can carry it (service).</summary>
    public const string CapacityUpdated = "capacity-updated";
}
