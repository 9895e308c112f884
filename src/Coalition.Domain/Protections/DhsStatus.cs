using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Protections;

/// <summary>A protection's status with DHS, USCIS or HHS, recorded by the caller (never computed by the library).</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<DhsStatus>))]
public enum DhsStatus
{
    /// <summary>Not requested or applied for.</summary>
    None = 1,

    /// <summary>Requested or applied for; pending.</summary>
    Requested = 2,

    /// <summary>For a T visa: USCIS found the application bona fide (8 CFR 214.205), which brings deferred action and work authorization.</summary>
    BonaFideDetermination = 3,

    /// <summary>Granted and in force.</summary>
    Granted = 4,

    /// <summary>Denied.</summary>
    Denied = 5,

    /// <summary>Granted once and now expired.</summary>
    Expired = 6,
}
