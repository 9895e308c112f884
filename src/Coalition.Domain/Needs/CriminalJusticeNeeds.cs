using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;

namespace Coalition.Domain.Needs;

/// <summary>The criminal-justice needs of seed 001, "What are the necessary elements to be able to stop traffickers?", in the seed's order.</summary>
public static class CriminalJusticeNeeds
{
    /// <summary>Gets the catalogue of criminal-justice needs, in the order seed 001 lists them.</summary>
    public static Catalogue<CriminalJusticeNeed> Catalogue { get; } = new(
        "criminal-justice need",
        [
            new("aggressive-prosecution", "Aggressive prosecution", Pillars.Prosecution),
            new("appropriate-authority", "Appropriate authority", Pillars.Prosecution),
            new("cross-jurisdictional-cooperation", "Cross-jurisdictional cooperation", Pillars.Partnership),
            new("effective-equipment", "Effective equipment", Pillars.Prosecution),
            new("effective-laws", "Effective laws", Pillars.Prosecution),
            new("evidence", "Evidence", Pillars.Prosecution),
            new("expert-witnesses", "Expert witnesses", Pillars.Prosecution),
            new("informed-judiciary", "Informed judiciary", Pillars.Prosecution),
            new("interagency-cooperation", "Interagency cooperation", Pillars.Partnership),
            new("operational-intelligence", "Operational intelligence", Pillars.Prosecution),
            new("suspect-identification", "Suspect identification", Pillars.Prosecution),
            new("training", "Training (ongoing to address turnover, and more advanced topics)", Pillars.Prevention),
            new("victim-centered-investigations", "Understanding of victim-centered investigations", Pillars.Protection),
            new("victim-identification", "Victim identification", Pillars.Protection),
            new("victim-support-services", "Victim support services", Pillars.Protection),
            new("witness-support", "Witness support for victims and nonvictims", Pillars.Prosecution),
        ]);

    /// <summary>Returns the criminal-justice need with the given code.</summary>
    /// <param name="code">A stable code such as <c>informed-judiciary</c>.</param>
    /// <returns>The need.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static CriminalJusticeNeed Get(string code) => Catalogue.Get(code);
}
