using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Coalitions;

/// <summary>How a coalition's leaders were chosen (seed 000 asks for "a transparent, participatory procedure").</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<LeadershipSelection>))]
public enum LeadershipSelection
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,

    /// <summary>Elected by the members through a transparent, participatory procedure.</summary>
    TransparentElection = 1,

    /// <summary>Appointed by an agency or a funder.</summary>
    Appointed = 2,

    /// <summary>The founders lead without any selection procedure.</summary>
    SelfSelected = 3,
}
