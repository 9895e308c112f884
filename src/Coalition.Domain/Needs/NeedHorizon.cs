using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Needs;

/// <summary>When a survivor typically needs a service: at once, or over the longer term (seed 003).</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<NeedHorizon>))]
public enum NeedHorizon
{
    /// <summary>
    /// Needed at once, wherever the victim is identified. Seed 003 names "safety, food and clothing, shelter, and
    /// medical care"; the catalogue also treats crisis intervention and the emergency variants of dental and mental
    /// health care as immediate, by the seeds' own word "emergency".
    /// </summary>
    Immediate = 1,

    /// <summary>Needed over the longer term, for example housing, legal representation, advocacy, reintegration and job placement (seed 003).</summary>
    LongerTerm = 2,
}
