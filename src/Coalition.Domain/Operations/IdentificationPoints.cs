using System.Collections.Immutable;
using Coalition.Domain.Catalogues;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Operations;

/// <summary>The catalogue of identification points, with stable codes.</summary>
public static class IdentificationPoints
{
    private static readonly ImmutableArray<SourceDocument> Tip = [SourceDocuments.TipReportLocalSolutions];

    /// <summary>A call or message to a hotline (seeds 003, 004).</summary>
    public static IdentificationPoint HotlineCall { get; } = new("hotline-call", "Hotline call", "A call, text or chat to a trafficking or crisis hotline.", [SourceDocuments.TipReportLocalSolutions, SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>An encounter with law enforcement, such as a raid, a traffic stop or an arrest (seeds 001, 003).</summary>
    public static IdentificationPoint LawEnforcementEncounter { get; } = new("law-enforcement-encounter", "Law-enforcement encounter", "Identified during police work: an investigation, a traffic stop, a raid or an arrest.", [SourceDocuments.OjpBuildingCollaborations, SourceDocuments.TipReportLocalSolutions]);

    /// <summary>A visit to a clinic, hospital or emergency department (seed 003).</summary>
    public static IdentificationPoint HealthcareVisit { get; } = new("healthcare-visit", "Healthcare visit", "Identified by health workers during a visit to a clinic, hospital or emergency department.", Tip);

    /// <summary>At school, by teachers, counsellors or nurses (seed 003).</summary>
    public static IdentificationPoint School { get; } = new("school", "School", "Identified by teachers, counsellors or school nurses.", Tip);

    /// <summary>By hotel or motel staff (seed 002's Hotel-Motel project).</summary>
    public static IdentificationPoint HotelMotelStaff { get; } = new("hotel-motel-staff", "Hotel or motel staff", "Signs noticed by hotel or motel managers and employees trained to realize, recognize and respond.", [SourceDocuments.NebraskaCoalitionBuilding]);

    /// <summary>A labour inspection, such as a wage-and-hour or workplace-safety visit (seeds 003, 004).</summary>
    public static IdentificationPoint LabourInspection { get; } = new("labour-inspection", "Labour inspection", "Identified by labour inspectors during a wage-and-hour, agricultural or workplace-safety visit.", [SourceDocuments.TipReportLocalSolutions, SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>Direct outreach by a service provider or community organisation (seed 004).</summary>
    public static IdentificationPoint Outreach { get; } = new("outreach", "Outreach", "Met during direct outreach, such as street, farmworker or online outreach; services must be in place first (seed 004).", [SourceDocuments.OhioReferralNetworkGuidelines]);

    /// <summary>The survivor comes forward on their own (seed 003).</summary>
    public static IdentificationPoint SelfReferral { get; } = new("self-referral", "Self-referral", "The survivor comes forward to a service provider on their own.", Tip);

    /// <summary>Gets the catalogue, in alphabetical order of code.</summary>
    public static Catalogue<IdentificationPoint> Catalogue { get; } = new(
        "identification point",
        new[] { HotlineCall, LawEnforcementEncounter, HealthcareVisit, School, HotelMotelStaff, LabourInspection, Outreach, SelfReferral }.OrderBy(p => p.Code, StringComparer.Ordinal));

    /// <summary>Returns the point with the given code.</summary>
    /// <param name="code">A stable code such as <c>hotline-call</c>.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static IdentificationPoint Get(string code) => Catalogue.Get(code);
}
