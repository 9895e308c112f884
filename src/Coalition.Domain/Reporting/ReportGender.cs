using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Reporting;

/// <summary>Gender in de-identified case data (HTCDS records gender; the library adds non-binary and unknown).</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReportGender>))]
public enum ReportGender
{
    /// <summary>Not recorded.</summary>
    Unknown = 1,

    /// <summary>Female.</summary>
    Female = 2,

    /// <summary>Male.</summary>
    Male = 3,

    /// <summary>Non-binary.</summary>
    NonBinary = 4,
}
