using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Law;

/// <summary>What is known about a person's age. Written in JSON in kebab case: <c>unknown</c>, <c>date-of-birth</c>, <c>under-eighteen</c>, <c>eighteen-or-over</c>, <c>turned-eighteen-during-conduct</c>.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<AgeEvidenceKind>))]
public enum AgeEvidenceKind
{
    /// <summary>Nothing is known about the age.</summary>
    Unknown = 0,

    /// <summary>The date of birth is known; the age at the time of the conduct is computed.</summary>
    DateOfBirth = 1,

    /// <summary>Known only to have been under 18 throughout the conduct.</summary>
    UnderEighteen = 2,

    /// <summary>Known only to have been 18 or over throughout the conduct.</summary>
    EighteenOrOver = 3,

    /// <summary>
    /// Known only to have turned 18 during the conduct: under 18 for its earlier part. This is what an
    /// <see cref="Assessment"/> keeps in place of a date of birth when the conduct spans the 18th birthday.
    /// </summary>
    TurnedEighteenDuringConduct = 4,
}
