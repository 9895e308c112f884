using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Typology;

/// <summary>The Polaris Typology of Modern Slavery (2017): 25 types of human trafficking in the United States, in the typology's order.</summary>
public static class PolarisTypology
{
    /// <summary>Gets the catalogue of the 25 types, in the typology's order.</summary>
    public static Catalogue<PolarisType> Catalogue { get; } = new(
        "Polaris type",
        [
            new(1, "escort-services", "Escort Services", false),
            new(2, "illicit-massage-health-beauty", "Illicit Massage, Health & Beauty", true),
            new(3, "outdoor-solicitation", "Outdoor Solicitation", false),
            new(4, "residential", "Residential", false),
            new(5, "domestic-work", "Domestic Work", false),
            new(6, "bars-strip-clubs-cantinas", "Bars, Strip Clubs & Cantinas", true),
            new(7, "pornography", "Pornography", false),
            new(8, "traveling-sales-crews", "Traveling Sales Crews", false),
            new(9, "restaurants-food-service", "Restaurants & Food Service", false),
            new(10, "peddling-begging", "Peddling & Begging", false),
            new(11, "agriculture-animal-husbandry", "Agriculture & Animal Husbandry", false),
            new(12, "personal-sexual-servitude", "Personal Sexual Servitude", false),
            new(13, "health-beauty-services", "Health & Beauty Services", false),
            new(14, "construction", "Construction", false),
            new(15, "hotels-hospitality", "Hotels & Hospitality", false),
            new(16, "landscaping", "Landscaping", false),
            new(17, "illicit-activities", "Illicit Activities", false),
            new(18, "arts-entertainment", "Arts & Entertainment", false),
            new(19, "commercial-cleaning-services", "Commercial Cleaning Services", false),
            new(20, "factories-manufacturing", "Factories & Manufacturing", false),
            new(21, "remote-interactive-sexual-acts", "Remote Interactive Sexual Acts", false),
            new(22, "carnivals", "Carnivals", false),
            new(23, "forestry-logging", "Forestry & Logging", false),
            new(24, "health-care", "Health Care", false),
            new(25, "recreational-facilities", "Recreational Facilities", false),
        ]);

    /// <summary>Returns the type with the given code.</summary>
    /// <param name="code">A stable code such as <c>domestic-work</c>.</param>
    /// <returns>The type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static PolarisType Get(string code) => Catalogue.Get(code);
}
