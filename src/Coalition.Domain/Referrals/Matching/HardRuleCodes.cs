using System.Collections.Immutable;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// The codes of the built-in hard rules, as reported in exclusions and unmet-need counts. Each rule is defined, with its
/// source, in a file of its own under <c>Coalition.Domain.Referrals.Matching.Rules</c>. Custom rules report their own codes.
/// </summary>
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

    /// <summary>The client declined law-enforcement contact, and the provider is affiliated with law enforcement.</summary>
    public const string ConsentLawEnforcement = "consent-law-enforcement";

    /// <summary>The client has not consented to sharing information with the provider's category.</summary>
    public const string ConsentSharing = "consent-sharing";

    /// <summary>The client chose to avoid providers with a reporting duty that applies or may apply to them.</summary>
    public const string ReportingDutyChoice = "reporting-duty-choice";

    /// <summary>The client chose not to be referred to the provider or its category (hard for every need).</summary>
    public const string ClientChoice = "client-choice";

    /// <summary>The offering reports no capacity.</summary>
    public const string NoCapacity = "no-capacity";

    /// <summary>
    /// Immigration legal representation, and the provider has no attorney and no accredited representative
    /// (<see cref="Rules.ImmigrationRepresentation"/>).
    /// </summary>
    public const string ImmigrationRepresentation = "immigration-representation";

    /// <summary>
    /// Immigration legal representation, and the provider's only standing is an accreditation that has expired at the match
    /// instant (<see cref="Rules.ImmigrationRepresentation"/>).
    /// </summary>
    public const string AccreditationExpired = "accreditation-expired";

    /// <summary>Gets every built-in hard rule code, in evaluation order.</summary>
    public static ImmutableArray<string> All { get; } =
        [Age, Gender, Population, TraffickingType, Language, ServiceArea, ConsentLawEnforcement, ConsentSharing, ReportingDutyChoice, ClientChoice, NoCapacity, ImmigrationRepresentation, AccreditationExpired];

    /// <summary>Gets the rules that are the client's consent settings: a provider excluded only by these stays visible for an immediate need.</summary>
    public static ImmutableArray<string> ConsentSettings { get; } = [ConsentLawEnforcement, ConsentSharing, ReportingDutyChoice];
}
