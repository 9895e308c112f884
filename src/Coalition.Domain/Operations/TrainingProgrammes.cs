using Coalition.Domain.Catalogues;
using Coalition.Domain.Sources;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// The catalogue of training programmes. The refresh intervals are the library's defaults, not the seeds': seed 001 asks
/// for training that is "ongoing to address turnover" and gives no interval, so the library recommends a yearly refresh for
/// staff with high turnover (hotels, service providers, healthcare) and every two years for the others. Override them in
/// <see cref="TrainingPolicy"/>.
/// </summary>
public static class TrainingProgrammes
{
    /// <summary>The Hotel-Motel project (seed 002): Realize, Recognize, Respond; yearly.</summary>
    public static TrainingProgramme HotelMotel { get; } = new("hotel-motel", "Hotel-Motel project", Audience.HotelMotelStaff, ["Realize", "Recognize", "Respond"], SourceDocuments.NebraskaCoalitionBuilding, Period.FromYears(1));

    /// <summary>Law-enforcement training on recognising and responding to trafficking (seed 004; mandated for Ohio officers); every two years.</summary>
    public static TrainingProgramme LawEnforcement { get; } = new("law-enforcement", "Law enforcement: recognise and respond", Audience.LawEnforcement, ["Indicators", "Victim-centred investigation", "Referral and consent"], SourceDocuments.OhioReferralNetworkGuidelines, Period.FromYears(2));

    /// <summary>Healthcare workers: indicators and trauma-informed care (seed 003); yearly.</summary>
    public static TrainingProgramme Healthcare { get; } = new("healthcare", "Healthcare: identify and respond", Audience.Healthcare, ["Indicators", "Trauma-informed care", "Referral and consent"], SourceDocuments.TipReportLocalSolutions, Period.FromYears(1));

    /// <summary>Educators (seed 003); every two years.</summary>
    public static TrainingProgramme Educators { get; } = new("educators", "Educators: recognise and report", Audience.Educators, ["Indicators in young people", "Mandatory reporting", "Referral"], SourceDocuments.TipReportLocalSolutions, Period.FromYears(2));

    /// <summary>Labour inspectors (seed 003); every two years.</summary>
    public static TrainingProgramme LabourInspectors { get; } = new("labour-inspectors", "Labour inspectors: labour trafficking", Audience.LabourInspectors, ["Indicators of forced labour", "Safe referral"], SourceDocuments.TipReportLocalSolutions, Period.FromYears(2));

    /// <summary>Faith communities (seeds 002, 003); every two years.</summary>
    public static TrainingProgramme FaithCommunities { get; } = new("faith-communities", "Faith communities: awareness and support", Audience.FaithCommunities, ["Awareness", "Supporting survivors"], SourceDocuments.NebraskaCoalitionBuilding, Period.FromYears(2));

    /// <summary>Service providers' staff (seeds 001, 003); yearly, as seed 001 asks for ongoing training against turnover.</summary>
    public static TrainingProgramme ServiceProviders { get; } = new("service-providers", "Service providers: victim-centred services", Audience.ServiceProviders, ["Trafficking basics", "Trauma-informed care", "The referral protocol"], SourceDocuments.OjpBuildingCollaborations, Period.FromYears(1));

    /// <summary>Public education events (seeds 002, 003); every two years.</summary>
    public static TrainingProgramme Public { get; } = new("public", "Community education", Audience.Public, ["What trafficking is", "Where to call"], SourceDocuments.TipReportLocalSolutions, Period.FromYears(2));

    /// <summary>Gets the catalogue, in alphabetical order of code.</summary>
    public static Catalogue<TrainingProgramme> Catalogue { get; } = new(
        "training programme",
        new[] { HotelMotel, LawEnforcement, Healthcare, Educators, LabourInspectors, FaithCommunities, ServiceProviders, Public }.OrderBy(p => p.Code, StringComparer.Ordinal));

    /// <summary>Returns the programme with the given code.</summary>
    /// <param name="code">A stable code such as <c>hotel-motel</c>.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static TrainingProgramme Get(string code) => Catalogue.Get(code);
}
