using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Law;

/// <summary>What is known about one fact of a case: every fact is three-valued.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<FactStatus>))]
public enum FactStatus
{
    /// <summary>Not known yet. This is the default: nothing is assumed.</summary>
    Unknown = 0,

    /// <summary>Established by the evidence.</summary>
    Established = 1,

    /// <summary>Ruled out by the evidence.</summary>
    RuledOut = 2,
}
