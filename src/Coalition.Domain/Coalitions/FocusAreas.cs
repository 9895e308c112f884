using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Coalitions;

/// <summary>The focus areas seed 002 suggests for a coalition's committees, beside the 4P pillars.</summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<FocusAreas>))]
public enum FocusAreas
{
    /// <summary>None stated.</summary>
    None = 0,

    /// <summary>Legislation.</summary>
    Legislation = 1,

    /// <summary>Education.</summary>
    Education = 2,

    /// <summary>Victim services support.</summary>
    VictimServicesSupport = 4,

    /// <summary>The Hotel-Motel project.</summary>
    HotelMotel = 8,
}
