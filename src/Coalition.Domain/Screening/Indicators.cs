using System.Collections.Immutable;
using Coalition.Domain.Catalogues;
using Coalition.Domain.Law;
using static Coalition.Domain.Law.CaseFact;

namespace Coalition.Domain.Screening;

/// <summary>
/// The red-flag indicator catalogue, in the library's own words: the IOM HTCDS methods of control, and indicators drawn from
/// seed 003 and the statutory elements (22 U.S.C. 7102). Screening instruments such as the Vera Institute's TVIT or the
/// QYIT are referenced by name only; their question texts are not embedded.
/// </summary>
/// <remarks>
/// An indicator suggests a fact only where it describes the element itself (a threat of harm, physical abuse as force, a
/// false promise as fraud, a debt the work never pays down as debt bondage). Where it is only a common sign, such as earnings
/// taken, withheld documents or long hours, it prompts the advocate to ask about the element (coercion by a scheme,
/// involuntary servitude) without suggesting it.
/// </remarks>
public static class Indicators
{
    private const string Htcds = "IOM Human Trafficking Case Data Standard, methods of control";
    private const string Seed003 = "Seed 003 (U.S. Department of State, Local Solutions to a Global Problem)";
    private const string Statute = "22 U.S.C. 7102 (TVPA definitions)";

    /// <summary>Gets the catalogue of indicators, in alphabetical order of code.</summary>
    public static Catalogue<Indicator> Catalogue { get; } = new(
        "indicator",
        new Indicator[]
        {
            new("physical-threats", "Threatened with physical harm", [ThreatOfSeriousHarmOrRestraint], [], HtcdsMethodOfControl.PhysicalThreats, Htcds),
            new("threats-of-arrest-or-deportation", "Threatened with arrest, deportation or other legal trouble", [AbuseOfLegalProcess], [], HtcdsMethodOfControl.ThreatsLawEnforcement, Htcds),
            new("threats-to-family", "Threats against children or family members", [ThreatOfSeriousHarmOrRestraint], [], HtcdsMethodOfControl.ThreatensChildrenFamily, Htcds),
            new("unpayable-debt", "Owes a debt that work never pays down", [DebtBondage], [], HtcdsMethodOfControl.DebtBondage, Htcds),
            new("false-promises", "The work or conditions differ from what was promised", [Fraud], [], HtcdsMethodOfControl.FalsePromises, Htcds),
            new("physical-abuse", "Physically abused", [Force], [], HtcdsMethodOfControl.PhysicalAbuse, Htcds),
            new("sexual-abuse", "Sexually abused", [Force], [], HtcdsMethodOfControl.SexualAbuse, Htcds),
            new("earnings-taken", "Earnings are taken by someone else", [], [SchemePlanOrPattern], HtcdsMethodOfControl.TakesEarnings, Htcds),
            new("no-access-to-own-money", "No access to their own money or bank account", [], [SchemePlanOrPattern], HtcdsMethodOfControl.RestrictsFinancialAccess, Htcds),
            new("medical-care-restricted", "Kept from medical care", [], [SchemePlanOrPattern], HtcdsMethodOfControl.RestrictsMedicalCare, Htcds),
            new("necessities-withheld", "Food, sleep or other necessities withheld", [], [ThreatOfSeriousHarmOrRestraint], HtcdsMethodOfControl.WithholdsNecessities, Htcds),
            new("psychological-abuse", "Humiliated, isolated or intimidated", [], [SchemePlanOrPattern], HtcdsMethodOfControl.PsychologicalAbuse, Htcds),
            new("drugs-used-for-control", "Given drugs or alcohol to control them", [], [Force], HtcdsMethodOfControl.PsychoactiveSubstance, Htcds),
            new("excessive-working-hours", "Works excessive hours without a real choice", [], [InvoluntaryServitude], HtcdsMethodOfControl.ExcessiveWorkingHours, Htcds),
            new("documents-withheld", "Identity or travel documents held by someone else", [], [SchemePlanOrPattern], HtcdsMethodOfControl.WithholdsDocuments, Htcds),
            new("not-free-to-leave", "Not free to leave, or watched and confined", [ThreatOfSeriousHarmOrRestraint], [InvoluntaryServitude], null, Statute + "(3)(A), (8)"),
            new("recruited-with-false-offer", "Recruited with an offer of a job or education that proved false", [Recruitment, Fraud], [], null, Seed003),
            new("housed-by-controller", "Lives where they work, in housing the employer or another person controls", [Harboring], [], null, Statute + "(11)(B)"),
            new("transported-by-controller", "Brought to the place of work or sex by the person who controls them", [Transportation], [], null, Statute + "(11)(B), (12)"),
            new("sex-for-value", "Something of value is given or received for a sex act they perform", [CommercialSexAct], [], null, Statute + "(4)"),
            new("appears-under-18-in-commercial-sex", "Appears to be under 18 and involved in commercial sex", [CommercialSexAct, UnderEighteen], [], null, Seed003 + "; Polaris Action-Means-Purpose model"),
            new("branded-by-trafficker", "Has a tattoo or brand marking them as someone's property", [], [SchemePlanOrPattern, CommercialSexAct], null, Seed003),
            new("made-to-beg", "Made to beg or sell on the street for someone else", [], [InvoluntaryServitude], null, Seed003),
            new("household-servitude", "Works in a household for room and board only and cannot leave", [Harboring], [InvoluntaryServitude], null, Seed003),
        }.OrderBy(i => i.Code, StringComparer.Ordinal));

    /// <summary>Returns the indicator with the given code.</summary>
    /// <param name="code">A stable code such as <c>documents-withheld</c>.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static Indicator Get(string code) => Catalogue.Get(code);

    /// <summary>Returns the indicators that suggest <paramref name="fact"/> (describe the element itself); see <see cref="Indicator.PromptedFacts"/> for the weaker tag.</summary>
    /// <param name="fact">A case fact.</param>
    /// <returns>The indicators, in catalogue order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is not a defined value.</exception>
    public static ImmutableArray<Indicator> For(CaseFact fact)
    {
        CaseFacts.Bit(fact, nameof(fact), allowDerived: true);
        return [.. Catalogue.Where(i => i.SuggestedFacts.Contains(fact))];
    }
}
