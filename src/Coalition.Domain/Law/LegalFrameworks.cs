using static Coalition.Domain.Law.CaseFact;

namespace Coalition.Domain.Law;

/// <summary>The legal frameworks the library ships: the TVPA's severe forms of trafficking, and the UN Palermo Protocol.</summary>
public static class LegalFrameworks
{
    /// <summary>The offence code of the TVPA's severe form of sex trafficking, 22 U.S.C. 7102(11)(A).</summary>
    public const string SevereSexTrafficking = "severe-sex-trafficking";

    /// <summary>The offence code of the TVPA's severe form of labor trafficking, 22 U.S.C. 7102(11)(B).</summary>
    public const string SevereLaborTrafficking = "severe-labor-trafficking";

    /// <summary>The offence code of trafficking in persons under the Palermo Protocol, Article 3.</summary>
    public const string TraffickingInPersons = "trafficking-in-persons";

    private static readonly Rule CoercionOrForceOrFraud = AnyOf(FactGroups.TvpaMeans);

    /// <summary>
    /// The Trafficking Victims Protection Act of 2000, as amended: "severe forms of trafficking in persons",
    /// 22 U.S.C. 7102(11), with paragraph numbers of the current text (older texts number it (8) or (9)).
    /// </summary>
    /// <remarks>
    /// <para>Severe sex trafficking (11)(A): an act of sex trafficking (12): recruitment, harboring, transportation, provision,
    /// obtaining, patronizing or soliciting, for the purpose of a commercial sex act (4), induced by force, fraud or coercion
    /// (3), or where the person has not attained 18 years of age.</para>
    /// <para>Severe labor trafficking (11)(B): recruitment, harboring, transportation, provision or obtaining, through force,
    /// fraud or coercion, for the purpose of involuntary servitude (8), peonage, debt bondage (7) or slavery. No age exception.</para>
    /// <para>Movement is not an element (seed 003). The criminal statutes (18 U.S.C. 1591) add acts such as enticing,
    /// advertising and maintaining, and benefiting from a venture; they are not encoded here.</para>
    /// </remarks>
    public static LegalFramework Tvpa { get; } = new(
        "tvpa",
        "Trafficking Victims Protection Act: severe forms of trafficking in persons",
        "22 U.S.C. 7102(11) (TVPA of 2000, as amended through the Justice for Victims of Trafficking Act of 2015)",
        [
            new OffenceDefinition(
                SevereSexTrafficking,
                "Severe form of sex trafficking",
                "22 U.S.C. 7102(11)(A)",
                [
                    new ElementDefinition("act", "Act: recruitment, harboring, transportation, provision, obtaining, patronizing or soliciting of a person", "22 U.S.C. 7102(12)",
                        AnyOf(FactGroups.TvpaSexTraffickingActs)),
                    new ElementDefinition("purpose", "Purpose: a commercial sex act", "22 U.S.C. 7102(12), (4)",
                        AnyOf(FactGroups.TvpaSexTraffickingPurposes)),
                    new ElementDefinition("means-or-minor", "Induced by force, fraud or coercion, or the person had not attained 18 years of age", "22 U.S.C. 7102(11)(A), (3)",
                        Rule.AnyOf(CoercionOrForceOrFraud, Rule.Fact(UnderEighteen))),
                ]),
            new OffenceDefinition(
                SevereLaborTrafficking,
                "Severe form of labor trafficking",
                "22 U.S.C. 7102(11)(B)",
                [
                    new ElementDefinition("act", "Act: recruitment, harboring, transportation, provision or obtaining of a person for labor or services", "22 U.S.C. 7102(11)(B)",
                        AnyOf(FactGroups.TvpaLaborTraffickingActs)),
                    new ElementDefinition("means", "Means: force, fraud or coercion (threats of serious harm or restraint; a scheme, plan or pattern; abuse of legal process)", "22 U.S.C. 7102(11)(B), (3), (1)",
                        CoercionOrForceOrFraud),
                    new ElementDefinition("purpose", "Purpose: subjection to involuntary servitude, peonage, debt bondage or slavery", "22 U.S.C. 7102(11)(B), (7), (8)",
                        AnyOf(FactGroups.TvpaLaborTraffickingPurposes)),
                ]),
        ]);

    /// <summary>
    /// The UN Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol, 2000), Article 3.
    /// </summary>
    /// <remarks>
    /// <para>Act: recruitment, transportation, transfer (read as <see cref="Provision"/>), harbouring or receipt (read as
    /// <see cref="Obtaining"/>). Means: threat or use of force or other coercion, abduction, fraud, deception, abuse of power or of
    /// a position of vulnerability, or payments to a person having control. Purpose: exploitation, at a minimum sexual
    /// exploitation, forced labour or services, slavery or similar practices, servitude, or the removal of organs.</para>
    /// <para>Article 3(c): for a child (under 18), act and purpose suffice for every form of exploitation, labour included,
    /// unlike the TVPA, whose minor rule covers sex trafficking only. Consent is irrelevant where a means was used (3(b)).</para>
    /// </remarks>
    public static LegalFramework PalermoProtocol { get; } = new(
        "palermo-protocol",
        "UN Palermo Protocol: trafficking in persons",
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000), Article 3",
        [
            new OffenceDefinition(
                TraffickingInPersons,
                "Trafficking in persons",
                "Palermo Protocol, Article 3(a) and (c)",
                [
                    new ElementDefinition("act", "Act: recruitment, transportation, transfer, harbouring or receipt of persons", "Palermo Protocol, Article 3(a)",
                        AnyOf(FactGroups.PalermoActs)),
                    new ElementDefinition("means-or-child", "Means (threat or use of force or other coercion, abduction, fraud, deception, abuse of power or vulnerability, payments to a person in control), or the person is a child", "Palermo Protocol, Article 3(a), (c), (d)",
                        Rule.AnyOf(AnyOf(FactGroups.PalermoMeans), Rule.Fact(UnderEighteen))),
                    new ElementDefinition("purpose", "Purpose of exploitation: sexual exploitation, forced labour or services, slavery or similar practices, servitude, or removal of organs", "Palermo Protocol, Article 3(a)",
                        AnyOf(FactGroups.PalermoPurposes)),
                ]),
        ]);

    private static Rule AnyOf(FactGroup group) => Rule.AnyOf([.. group.Facts]);
}
