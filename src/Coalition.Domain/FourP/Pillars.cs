using System.Collections.Immutable;
using Coalition.Domain.Catalogues;
using Coalition.Domain.Sources;

namespace Coalition.Domain.FourP;

/// <summary>The four pillars of the 4P paradigm, and the cycle that links three of them (seed 000).</summary>
public static class Pillars
{
    /// <summary>Prevention: public awareness and training that spread the word, so that people learn the red flags, victims are identified and survivors come forward (seeds 000, 003).</summary>
    public static Pillar Prevention { get; } = new(
        "prevention",
        "Prevention",
        "Public awareness, training and prevention policy: people learn the red flags, victims are identified and survivors come forward seeking help; evidence-driven policies address root causes.",
        false,
        SourceDocuments.OhioCoalitionModel,
        SourceDocuments.TipReportLocalSolutions);

    /// <summary>Protection: safe, timely and effective services that stabilise survivors, provided in a victim-centered and trauma-informed way (seeds 000, 003).</summary>
    public static Pillar Protection { get; } = new(
        "protection",
        "Protection",
        "Comprehensive, victim-centered care through social services for immediate and longer-term needs; once stabilised, survivors are much more willing to cooperate with law enforcement.",
        false,
        SourceDocuments.OhioCoalitionModel,
        SourceDocuments.TipReportLocalSolutions);

    /// <summary>Prosecution: investigating and prosecuting traffickers, which is much easier with cooperative witnesses (seeds 000, 003).</summary>
    public static Pillar Prosecution { get; } = new(
        "prosecution",
        "Prosecution",
        "Investigating and prosecuting traffickers and holding perpetrators accountable; prosecutions make headlines that raise awareness and move decision-makers.",
        false,
        SourceDocuments.OhioCoalitionModel,
        SourceDocuments.TipReportLocalSolutions);

    /// <summary>Partnership: the coalition itself, vertical and horizontal multi-stakeholder partnerships that enable the other three pillars (seeds 000, 003).</summary>
    public static Pillar Partnership { get; } = new(
        "partnership",
        "Partnership",
        "Multi-stakeholder partnerships, vertical between national, regional and local government and horizontal between law enforcement, service providers, survivors and others; the complementary means to progress across the other three pillars.",
        true,
        SourceDocuments.OhioCoalitionModel,
        SourceDocuments.TipReportLocalSolutions);

    /// <summary>Gets the catalogue of the four pillars, in the order prevention, protection, prosecution, partnership.</summary>
    public static Catalogue<Pillar> Catalogue { get; } = new("pillar", [Prevention, Protection, Prosecution, Partnership]);

    /// <summary>Gets the three pillars that are stages of the <see cref="Cycle"/> (every pillar but partnership).</summary>
    public static ImmutableArray<Pillar> CycleStages { get; } = [Prevention, Protection, Prosecution];

    /// <summary>Gets the 4P cycle of seed 000, enabled by partnership.</summary>
    public static PillarCycle Cycle { get; } = new(
        Partnership,
        [
            new CycleStep(Prevention, "Prevention and public awareness lead to the identification of victims, as people learn the red flags and survivors come forward seeking help.", Protection),
            new CycleStep(Protection, "Protection through social services stabilises survivors, who are then much more willing to cooperate with law enforcement.", Prosecution),
            new CycleStep(Prosecution, "Prosecutions with cooperative witnesses make headlines, which raise public awareness and move decision-makers, feeding prevention.", Prevention),
        ]);
}
