using System.Collections.Immutable;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>The codes of the built-in hard rules, as reported in exclusions and unmet-need counts. Custom rules report their own codes.</summary>
public static class HardRuleCodes
{
    /// <summary>The client's age is outside the ages accepted.</summary>
    public const string Age = "age";

    /// <summary>The client's gender is not accepted.</summary>
    public const string Gender = "gender";

    /// <summary>The client is not in a required population, or is in an excluded one.</summary>
    public const string Population = "population";

    /// <summary>The offering does not serve the form of trafficking the client experienced.</summary>
    public const string TraffickingType = "trafficking-type";

    /// <summary>No shared language, and interpretation is not provided or not acceptable under the policy.</summary>
    public const string Language = "language";

    /// <summary>The client's area is outside the service area.</summary>
    public const string ServiceArea = "service-area";

    /// <summary>The client declined law-enforcement contact, and the provider is affiliated with law enforcement or is a mandatory reporter.</summary>
    public const string ConsentLawEnforcement = "consent-law-enforcement";

    /// <summary>The client has not consented to sharing information with the provider's category.</summary>
    public const string ConsentSharing = "consent-sharing";

    /// <summary>The offering reports no capacity.</summary>
    public const string NoCapacity = "no-capacity";

    /// <summary>Gets every built-in hard rule code, in evaluation order.</summary>
    public static ImmutableArray<string> All { get; } = [Age, Gender, Population, TraffickingType, Language, ServiceArea, ConsentLawEnforcement, ConsentSharing, NoCapacity];
}
