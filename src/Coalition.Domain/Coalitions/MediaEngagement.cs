using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Coalitions;

/// <summary>How the coalition works with the media (seed 002: "Include the media so that community awareness is built").</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<MediaEngagement>))]
public enum MediaEngagement
{
    /// <summary>No media engagement.</summary>
    None = 0,

    /// <summary>Responds to the media when asked.</summary>
    Reactive = 1,

    /// <summary>Plans media work, such as a press conference with the mayor, and follows a media guide that protects victims.</summary>
    Planned = 2,
}
