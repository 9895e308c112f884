using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Law;

/// <summary>
/// A fact of a case that a legal definition may turn on. Facts describe conduct, never a person's identity.
/// </summary>
/// <remarks>
/// Acts, means and purposes follow 22 U.S.C. 7102 (TVPA, as amended; paragraph numbers as in the current text) and the
/// UN Palermo Protocol, Article 3. <see cref="UnderEighteen"/> is derived from <see cref="CaseFacts.Age"/> and the conduct
/// dates; <see cref="Movement"/> is recorded but is not an element of any definition (seed 003: "A victim need not be
/// physically transported").
/// </remarks>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<CaseFact>))]
public enum CaseFact
{
    /// <summary>Act: recruitment of the person (7102(11)(B), (12); Palermo "recruitment").</summary>
    Recruitment = 0,

    /// <summary>Act: harboring the person (7102(11)(B), (12); Palermo "harbouring").</summary>
    Harboring = 1,

    /// <summary>Act: transportation of the person (7102(11)(B), (12); Palermo "transportation"). Movement itself is not required.</summary>
    Transportation = 2,

    /// <summary>Act: provision of the person (7102(11)(B), (12)); read as Palermo's "transfer".</summary>
    Provision = 3,

    /// <summary>Act: obtaining the person (7102(11)(B), (12)); read as Palermo's "receipt".</summary>
    Obtaining = 4,

    /// <summary>Act: patronizing the person, for sex trafficking only (7102(12), added by the Justice for Victims of Trafficking Act of 2015).</summary>
    Patronizing = 5,

    /// <summary>Act: soliciting the person, for sex trafficking only (7102(12), added by the Justice for Victims of Trafficking Act of 2015).</summary>
    Soliciting = 6,

    /// <summary>Means: force (not defined in 7102).</summary>
    Force = 7,

    /// <summary>Means: fraud (not defined in 7102); Palermo's "fraud" and "deception".</summary>
    Fraud = 8,

    /// <summary>Means: coercion by threats of serious harm to, or physical restraint against, any person (7102(3)(A)).</summary>
    ThreatOfSeriousHarmOrRestraint = 9,

    /// <summary>Means: coercion by a scheme, plan or pattern intended to cause a person to believe that not performing would bring serious harm or restraint (7102(3)(B)).</summary>
    SchemePlanOrPattern = 10,

    /// <summary>Means: coercion by the abuse or threatened abuse of law or legal process (7102(3)(C), (1)).</summary>
    AbuseOfLegalProcess = 11,

    /// <summary>Means (Palermo only): abduction.</summary>
    Abduction = 12,

    /// <summary>Means (Palermo only): abuse of power or of a position of vulnerability.</summary>
    AbuseOfPowerOrVulnerability = 13,

    /// <summary>Means (Palermo only): giving or receiving payments or benefits to achieve the consent of a person having control over another.</summary>
    PaymentsToPersonInControl = 14,

    /// <summary>Purpose: a commercial sex act, any sex act on account of which anything of value is given to or received by any person (7102(4)); Palermo "sexual exploitation".</summary>
    CommercialSexAct = 15,

    /// <summary>Purpose: labor or services for involuntary servitude (7102(8)); Palermo "servitude" and "forced labour".</summary>
    InvoluntaryServitude = 16,

    /// <summary>Purpose: labor or services for peonage (not defined in 7102).</summary>
    Peonage = 17,

    /// <summary>Purpose: labor or services for debt bondage (7102(7)).</summary>
    DebtBondage = 18,

    /// <summary>Purpose: slavery (not defined in 7102); Palermo "slavery or practices similar to slavery".</summary>
    Slavery = 19,

    /// <summary>Purpose (Palermo only): the removal of organs.</summary>
    OrganRemoval = 20,

    /// <summary>
    /// Derived, not set directly: the person had not attained 18 years of age during (part of) the conduct. It is computed
    /// from <see cref="CaseFacts.Age"/> and <see cref="CaseFacts.Conduct"/>; in a deciding set it means "establish the age".
    /// </summary>
    UnderEighteen = 21,

    /// <summary>Context, not an element: the person was moved from one place to another. No definition turns on it.</summary>
    Movement = 22,
}
