using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Law;

/// <summary>What is known about a person's age.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<AgeEvidenceKind>))]
public enum AgeEvidenceKind
{
    /// <summary>Nothing is known about the age.</summary>
    Unknown = 0,

    /// <summary>The date of birth is known; the age at the time of the conduct is computed.</summary>
    DateOfBirth = 1,

    /// <summary>Known only to have been under 18 throughout the conduct.</summary>
    Under18 = 2,

    /// <summary>Known only to have been 18 or over throughout the conduct.</summary>
    EighteenOrOver = 3,
}
