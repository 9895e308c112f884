using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// The library's default reporting duties: federal duties, and duties typical of state laws, each with its source. They are
/// data: a coalition's <see cref="Matching.ReferralPolicy"/> may replace or extend them for its state. There is no general
/// duty to report the trafficking of a competent adult, and the catalogue invents none.
/// </summary>
public static class ReportingDuties
{
    /// <summary>
    /// Child abuse or neglect, including child sex trafficking whoever the trafficker is (CAPTA, 42 U.S.C. 5106g, as amended
    /// by the Justice for Victims of Trafficking Act of 2015); labor trafficking of a minor is reportable in many states.
    /// Mandated-reporter duties themselves come from state law.
    /// </summary>
    public static ReportingDuty ChildAbuseOrNeglect { get; } = new("child-abuse-neglect", "Child abuse or neglect", DutyTrigger.Minor, DutyBasis.Typical)
    {
        Receivers = "child protective services or law enforcement",
        Notice = "Staff must report suspected abuse or neglect of a child to child protective services or law enforcement. Sex trafficking of a child counts as child abuse whoever the trafficker is; labor trafficking of a child is reportable in many states.",
        Source = "CAPTA, 42 U.S.C. 5106g (as amended by the Justice for Victims of Trafficking Act of 2015); state mandated-reporter laws",
        InvolvesLawEnforcement = true,
    };

    /// <summary>
    /// A child welfare agency must report a child it identifies as a sex-trafficking victim to law enforcement within 24
    /// hours (42 U.S.C. 671(a)(34)(A)): a referral to child protective services therefore means police contact.
    /// </summary>
    public static ReportingDuty ChildWelfareReportToLawEnforcement { get; } = new("child-welfare-report-to-law-enforcement", "Child welfare report to law enforcement", DutyTrigger.Minor, DutyBasis.Federal)
    {
        Receivers = "law enforcement",
        Notice = "A child welfare agency must report a child it identifies as a sex-trafficking victim to law enforcement within 24 hours, so a referral here means the police will be told.",
        Source = "42 U.S.C. 671(a)(34)(A)",
        InvolvesLawEnforcement = true,
    };

    /// <summary>
    /// Federal, state and local officials must notify the Department of Health and Human Services within 24 hours of
    /// discovering that a person under 18 may be a victim of a severe form of trafficking (22 U.S.C. 7105(b)(1)(H)).
    /// </summary>
    public static ReportingDuty NotifyHhsOfChildVictim { get; } = new("notify-hhs-child-victim", "Notify HHS of a possible child victim", DutyTrigger.Minor, DutyBasis.Federal)
    {
        Receivers = "the U.S. Department of Health and Human Services (Office on Trafficking in Persons)",
        Notice = "Government officials must tell the U.S. Department of Health and Human Services within 24 hours that a child may be a trafficking victim, so that HHS can offer the child assistance.",
        Source = "22 U.S.C. 7105(b)(1)(H)",
    };

    /// <summary>Injuries from violence or weapons, which state laws typically require medical staff to report to law enforcement.</summary>
    public static ReportingDuty InjuryFromViolence { get; } = new("injury-from-violence", "Injuries from violence or weapons", DutyTrigger.InjuryFromViolence, DutyBasis.Typical)
    {
        Receivers = "law enforcement",
        Notice = "Medical staff must report some injuries from violence or weapons, such as gunshot or stab wounds, to law enforcement in most states; which injuries varies by state.",
        Source = "State injury-reporting laws (they vary by state)",
        InvolvesLawEnforcement = true,
    };

    /// <summary>
    /// The sexual assault of an adult, which some states require medical staff to report. A sexual-assault forensic exam
    /// must still be available without a report to police (34 U.S.C. 10449).
    /// </summary>
    public static ReportingDuty AdultSexualAssault { get; } = new("adult-sexual-assault", "Sexual assault of an adult", DutyTrigger.SexualAssault, DutyBasis.Typical)
    {
        Receivers = "law enforcement",
        Notice = "In some states medical staff must report the sexual assault of an adult to law enforcement. A forensic exam must still be available without a report to the police.",
        Source = "State laws in some states; 34 U.S.C. 10449 (forensic exams without a police report)",
        InvolvesLawEnforcement = true,
    };

    /// <summary>Abuse, neglect or exploitation of a vulnerable, dependent or elderly adult, reportable to adult protective services under state laws.</summary>
    public static ReportingDuty VulnerableAdultAbuse { get; } = new("vulnerable-adult-abuse", "Abuse of a vulnerable or elderly adult", DutyTrigger.VulnerableAdult, DutyBasis.Typical)
    {
        Receivers = "adult protective services",
        Notice = "Staff must report suspected abuse, neglect or exploitation of a vulnerable, dependent or elderly adult to adult protective services.",
        Source = "State adult-protective-services laws (they vary by state)",
    };

    /// <summary>
    /// The duty to warn and involuntary holds in crisis mental-health services, when a client is a serious danger to
    /// themselves or others (Tarasoff v. Regents of the University of California, 1976, and state laws).
    /// </summary>
    public static ReportingDuty DutyToWarn { get; } = new("duty-to-warn", "Duty to warn; involuntary holds", DutyTrigger.RiskOfHarm, DutyBasis.Typical)
    {
        Receivers = "the person at risk, a crisis team or law enforcement",
        Notice = "Crisis mental-health staff may have to warn someone at risk, or start an involuntary hold that can involve the police, when a client is a serious danger to themselves or others.",
        Source = "Tarasoff v. Regents of the University of California (1976); state duty-to-warn and civil-commitment laws",
        InvolvesLawEnforcement = true,
    };

    /// <summary>
    /// Advocates employed inside law enforcement or a prosecutor's office have no confidentiality privilege and must disclose
    /// evidence favourable to the defence (Brady v. Maryland, 1963; Giglio v. United States, 1972).
    /// </summary>
    public static ReportingDuty SystemBasedAdvocateDisclosure { get; } = new("system-based-advocate-disclosure", "Disclosure by advocates inside law enforcement or prosecution", DutyTrigger.AnyClient, DutyBasis.Federal)
    {
        Receivers = "investigators, prosecutors and the defence",
        Notice = "Advocates who work for the police or a prosecutor have no confidentiality privilege: what the survivor tells them may have to be shared with investigators and disclosed to the defence.",
        Source = "Brady v. Maryland, 373 U.S. 83 (1963); Giglio v. United States, 405 U.S. 150 (1972)",
        InvolvesLawEnforcement = true,
    };

    /// <summary>A law-enforcement agency's duty to record and act on a report of a crime: contacting it is contacting the police.</summary>
    public static ReportingDuty LawEnforcementCrimeReport { get; } = new("law-enforcement-crime-report", "Law enforcement acts on crime reports", DutyTrigger.AnyClient, DutyBasis.Typical)
    {
        Receivers = "the agency's investigators",
        Notice = "This is a law-enforcement agency: what the survivor tells it about a crime is recorded and may be investigated.",
        Source = "Law-enforcement agencies' duties under state and federal law and agency policy",
        InvolvesLawEnforcement = true,
    };

    /// <summary>Gets the default duties, in alphabetical order of code.</summary>
    public static Catalogue<ReportingDuty> Defaults { get; } = new(
        "reporting duty",
        new[]
        {
            ChildAbuseOrNeglect, ChildWelfareReportToLawEnforcement, NotifyHhsOfChildVictim, InjuryFromViolence, AdultSexualAssault,
            VulnerableAdultAbuse, DutyToWarn, SystemBasedAdvocateDisclosure, LawEnforcementCrimeReport,
        }.OrderBy(d => d.Code, StringComparer.Ordinal));
}
