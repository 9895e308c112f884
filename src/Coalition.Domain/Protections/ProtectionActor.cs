using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Protections;

/// <summary>Who takes a next step.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ProtectionActor>))]
public enum ProtectionActor
{
    /// <summary>Federal law enforcement (for example HSI or the FBI).</summary>
    FederalLawEnforcement = 1,

    /// <summary>DHS (ICE Homeland Security Investigations' Center for Countering Human Trafficking).</summary>
    Dhs = 2,

    /// <summary>USCIS.</summary>
    Uscis = 3,

    /// <summary>HHS's Office on Trafficking in Persons (OTIP).</summary>
    Hhs = 4,

    /// <summary>An immigration attorney or a DOJ-accredited representative.</summary>
    ImmigrationAttorney = 5,

    /// <summary>A U-visa certifier: law enforcement, a prosecutor, a judge, child protective services, the EEOC or the Department of Labor.</summary>
    Certifier = 6,
}
