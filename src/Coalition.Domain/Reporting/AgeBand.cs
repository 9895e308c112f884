using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Reporting;

/// <summary>An age band for de-identified case data; never an age or a date of birth.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<AgeBand>))]
public enum AgeBand
{
    /// <summary>Age unknown.</summary>
    Unknown = 1,

    /// <summary>Under 12.</summary>
    Under12 = 2,

    /// <summary>12 to 14.</summary>
    From12To14 = 3,

    /// <summary>15 to 17.</summary>
    From15To17 = 4,

    /// <summary>18 to 24.</summary>
    From18To24 = 5,

    /// <summary>25 to 34.</summary>
    From25To34 = 6,

    /// <summary>35 to 49.</summary>
    From35To49 = 7,

    /// <summary>50 or over.</summary>
    From50 = 8,
}
