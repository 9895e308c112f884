using System.Collections.Immutable;
using static Coalition.Domain.Law.CaseFact;

namespace Coalition.Domain.Law;

/// <summary>
/// The acts, means and purposes of the TVPA and the Palermo Protocol as public lists. <see cref="LegalFrameworks"/> builds
/// its elements from these groups, so they are exactly the alternatives each element accepts.
/// </summary>
/// <remarks>
/// A group can be ruled out as a whole (<see cref="CaseFacts.RuleOut(FactGroup)"/>). It cannot be established as a whole:
/// "coercion of some form, form unknown" is not one of the three statuses a fact can have, and establishing all three forms
/// would assert more than is known. Establish the form the evidence shows; the element is met by any one of them.
/// </remarks>
public static class FactGroups
{
    /// <summary>Gets the TVPA's acts of sex trafficking: recruitment, harboring, transportation, provision, obtaining, patronizing or soliciting (22 U.S.C. 7102(12)).</summary>
    public static FactGroup TvpaSexTraffickingActs { get; } =
        new("tvpa-sex-trafficking-acts", "acts of sex trafficking", [Recruitment, Harboring, Transportation, Provision, Obtaining, Patronizing, Soliciting]);

    /// <summary>Gets the TVPA's acts of labor trafficking: recruitment, harboring, transportation, provision or obtaining (22 U.S.C. 7102(11)(B)).</summary>
    public static FactGroup TvpaLaborTraffickingActs { get; } =
        new("tvpa-labor-trafficking-acts", "acts of labor trafficking", [Recruitment, Harboring, Transportation, Provision, Obtaining]);

    /// <summary>Gets coercion in all three statutory forms: threats of serious harm or restraint, a scheme, plan or pattern, and abuse of legal process (22 U.S.C. 7102(3)).</summary>
    public static FactGroup Coercion { get; } =
        new("coercion", "coercion (any form)", [ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess]);

    /// <summary>Gets the TVPA's means: force, fraud or coercion in any form (22 U.S.C. 7102(11)).</summary>
    public static FactGroup TvpaMeans { get; } =
        new("tvpa-means", "force, fraud or coercion", [Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess]);

    /// <summary>Gets the TVPA's purpose of sex trafficking: a commercial sex act (22 U.S.C. 7102(4), (12)).</summary>
    public static FactGroup TvpaSexTraffickingPurposes { get; } =
        new("tvpa-sex-trafficking-purposes", "a commercial sex act", [CommercialSexAct]);

    /// <summary>Gets the TVPA's purposes of labor trafficking: involuntary servitude, peonage, debt bondage or slavery (22 U.S.C. 7102(11)(B)).</summary>
    public static FactGroup TvpaLaborTraffickingPurposes { get; } =
        new("tvpa-labor-trafficking-purposes", "involuntary servitude, peonage, debt bondage or slavery", [InvoluntaryServitude, Peonage, DebtBondage, Slavery]);

    /// <summary>Gets the Palermo Protocol's acts: recruitment, transportation, transfer, harbouring or receipt (Article 3(a)).</summary>
    public static FactGroup PalermoActs { get; } =
        new("palermo-acts", "acts of trafficking in persons", [Recruitment, Transportation, Provision, Harboring, Obtaining]);

    /// <summary>Gets the Palermo Protocol's means: threat or use of force or other coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or payments to a person in control (Article 3(a)).</summary>
    public static FactGroup PalermoMeans { get; } =
        new("palermo-means", "means of trafficking in persons", [Force, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess, Abduction, Fraud, AbuseOfPowerOrVulnerability, PaymentsToPersonInControl]);

    /// <summary>Gets the Palermo Protocol's purposes of exploitation: sexual exploitation, forced labour or services, slavery or similar practices, servitude, or the removal of organs (Article 3(a)).</summary>
    public static FactGroup PalermoPurposes { get; } =
        new("palermo-purposes", "purposes of exploitation", [CommercialSexAct, InvoluntaryServitude, Peonage, DebtBondage, Slavery, OrganRemoval]);

    /// <summary>Gets every group above, in this order.</summary>
    public static ImmutableArray<FactGroup> All { get; } =
    [
        TvpaSexTraffickingActs, TvpaLaborTraffickingActs, Coercion, TvpaMeans, TvpaSexTraffickingPurposes, TvpaLaborTraffickingPurposes,
        PalermoActs, PalermoMeans, PalermoPurposes,
    ];
}
