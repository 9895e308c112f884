using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Protections;

/// <summary>The person's cooperation with reasonable requests for assistance from law enforcement.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<Cooperation>))]
public enum Cooperation
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>Has complied with any reasonable request, or is willing to (including when no request was made).</summary>
    Complied = 1,

    /// <summary>Has declined a reasonable request, or declines contact with law enforcement.</summary>
    Declined = 2,

    /// <summary>Unable to cooperate because of physical or psychological trauma.</summary>
    UnableBecauseOfTrauma = 3,
}
