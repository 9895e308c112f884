using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Operations;

/// <summary>
/// When a protocol step applies. <see cref="None"/> means always. The age groups (<see cref="Minor"/>,
/// <see cref="PossibleMinor"/>, <see cref="Adult"/>) are alternatives: the step applies to a survivor in any group listed.
/// The other conditions must all hold.
/// </summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<StepConditions>))]
public enum StepConditions
{
    /// <summary>Always applies.</summary>
    None = 0,

    /// <summary>A survivor known to be under 18.</summary>
    Minor = 1,

    /// <summary>A survivor whose age is unknown: protected as a possible minor, keeping an adult's choices.</summary>
    PossibleMinor = 2,

    /// <summary>A survivor known to be an adult.</summary>
    Adult = 4,

    /// <summary>A foreign national.</summary>
    ForeignNational = 8,

    /// <summary>A survivor who declined contact with law enforcement.</summary>
    DeclinedLawEnforcement = 16,
}
