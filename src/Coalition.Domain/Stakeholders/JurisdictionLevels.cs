using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Stakeholders;

/// <summary>The levels of jurisdiction at which a stakeholder category operates (seed 001: "local, state, tribal (if applicable), and federal").</summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<JurisdictionLevels>))]
public enum JurisdictionLevels
{
    /// <summary>No level.</summary>
    None = 0,

    /// <summary>City, county or other local jurisdiction.</summary>
    Local = 1,

    /// <summary>State jurisdiction.</summary>
    State = 2,

    /// <summary>Tribal jurisdiction.</summary>
    Tribal = 4,

    /// <summary>Federal jurisdiction.</summary>
    Federal = 8,

    /// <summary>Every level.</summary>
    All = Local | State | Tribal | Federal,
}
