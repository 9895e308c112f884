using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Sources;

/// <summary>The source documents (the project's "seeds") that the catalogues cite.</summary>
public static class SourceDocuments
{
    /// <summary>
    /// Seed 000: "Building a Coalition Response to Human Trafficking in Your Community", written for Ohio's communities (the
    /// 4P coalition model, membership and best-practice checklists). The document does not name its author or publisher.
    /// </summary>
    public static SourceDocument OhioCoalitionModel { get; } = new(
        "ohio-coalition-model",
        "Building a Coalition Response to Human Trafficking in Your Community",
        SourceDocument.PublisherNotNamed,
        "000_c70516d23638ad8c.txt");

    /// <summary>Seed 001: U.S. Department of Justice, Office of Justice Programs, "Building Effective Collaborations To Address Human Trafficking" (partners, survivor needs, criminal-justice needs).</summary>
    public static SourceDocument OjpBuildingCollaborations { get; } = new(
        "ojp-building-collaborations",
        "Building Effective Collaborations To Address Human Trafficking",
        "U.S. Department of Justice, Office of Justice Programs",
        "001_c74c260049d88e39.txt");

    /// <summary>Seed 002: The Coalition on Human Trafficking (Omaha, Nebraska), "Building Coalition to Address Human Trafficking" (formation steps, whom to invite).</summary>
    public static SourceDocument NebraskaCoalitionBuilding { get; } = new(
        "nebraska-coalition-building",
        "Building Coalition to Address Human Trafficking",
        "The Coalition on Human Trafficking, Omaha, Nebraska",
        "002_609d5f123f85a8df.txt");

    /// <summary>Seed 003: U.S. Department of State, Trafficking in Persons Report, "Local Solutions to a Global Problem" (TVPA definition, partnerships, survivors as stakeholders, immediate and longer-term needs).</summary>
    public static SourceDocument TipReportLocalSolutions { get; } = new(
        "tip-report-local-solutions",
        "Local Solutions to a Global Problem: Supporting Communities in the Fight Against Human Trafficking",
        "U.S. Department of State, Office To Monitor and Combat Trafficking in Persons",
        "003_66b69c7264e9dc92.txt");

    /// <summary>
    /// Seed 004: "Guidelines for Building a Response/Referral Network", a page of an outreach toolkit that refers to Ohio
    /// (foreign-national victims, outreach partners, victim needs). The page does not name its author or publisher.
    /// </summary>
    public static SourceDocument OhioReferralNetworkGuidelines { get; } = new(
        "ohio-referral-network-guidelines",
        "Guidelines for Building a Response/Referral Network",
        SourceDocument.PublisherNotNamed,
        "004_405f31bd2b65488e.txt");

    /// <summary>Gets the catalogue of all source documents, in seed order.</summary>
    public static Catalogue<SourceDocument> Catalogue { get; } = new(
        "source document",
        [OhioCoalitionModel, OjpBuildingCollaborations, NebraskaCoalitionBuilding, TipReportLocalSolutions, OhioReferralNetworkGuidelines]);
}
