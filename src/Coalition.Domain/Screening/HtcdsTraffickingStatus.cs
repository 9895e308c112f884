using System.Text.Json.Serialization;

namespace Coalition.Domain.Screening;

/// <summary>The trafficking status of a case in the IOM Human Trafficking Case Data Standard (HTCDS). Written to JSON as the standard's names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HtcdsTraffickingStatus>))]
public enum HtcdsTraffickingStatus
{
    /// <summary>Possible trafficking: indicators are present; no competent authority has decided. Screening never goes beyond this.</summary>
    Possible = 1,

    /// <summary>Actual trafficking, as decided by a competent authority.</summary>
    Actual = 2,

    /// <summary>Not trafficking, as decided by a competent authority.</summary>
    Not = 3,
}
