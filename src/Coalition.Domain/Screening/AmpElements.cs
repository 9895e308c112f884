using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Screening;

/// <summary>The elements of the Polaris Action-Means-Purpose model an indicator bears on, plus age (a minor in commercial sex is a victim regardless of means).</summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<AmpElements>))]
public enum AmpElements
{
    /// <summary>No element.</summary>
    None = 0,

    /// <summary>Action: recruiting, harboring, transporting, providing, obtaining, patronizing or soliciting.</summary>
    Action = 1,

    /// <summary>Means: force, fraud or coercion.</summary>
    Means = 2,

    /// <summary>Purpose: commercial sex, or labor or services under servitude, peonage, debt bondage or slavery.</summary>
    Purpose = 4,

    /// <summary>Age: the person may be under 18.</summary>
    Age = 8,
}
