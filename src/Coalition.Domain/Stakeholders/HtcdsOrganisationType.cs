using System.Text.Json.Serialization;

namespace Coalition.Domain.Stakeholders;

/// <summary>
/// The organisation types of the IOM Human Trafficking Case Data Standard (HTCDS, CC BY 4.0). Names match the standard's
/// values exactly, and are written to JSON as those names.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<HtcdsOrganisationType>))]
public enum HtcdsOrganisationType
{
    /// <summary>A non-governmental organisation.</summary>
    NGO = 1,

    /// <summary>A law enforcement agency.</summary>
    LawEnforcement = 2,

    /// <summary>A health service organisation.</summary>
    HealthServiceOrganisation = 3,

    /// <summary>A central (national) government organisation.</summary>
    CentralGovernmentOrganisation = 4,

    /// <summary>A local (sub-national) government organisation.</summary>
    LocalGovernmentOrganisation = 5,

    /// <summary>An immigration service.</summary>
    ImmigrationService = 6,

    /// <summary>A legal service.</summary>
    LegalService = 7,

    /// <summary>A corporate business.</summary>
    CorporateBusiness = 8,

    /// <summary>A school or college.</summary>
    SchoolOrCollege = 9,
}
