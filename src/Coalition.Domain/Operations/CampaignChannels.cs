using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Operations;

/// <summary>The channels an awareness campaign uses.</summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<CampaignChannels>))]
public enum CampaignChannels
{
    /// <summary>None stated.</summary>
    None = 0,

    /// <summary>Posters, leaflets, newspapers.</summary>
    Print = 1,

    /// <summary>Radio.</summary>
    Radio = 2,

    /// <summary>Television.</summary>
    Television = 4,

    /// <summary>Social media.</summary>
    SocialMedia = 8,

    /// <summary>A community education event (seed 002).</summary>
    CommunityEvent = 16,

    /// <summary>Billboards and transit ads.</summary>
    Billboards = 32,

    /// <summary>Presentations to groups such as schools or congregations.</summary>
    Presentations = 64,

    /// <summary>Websites.</summary>
    Web = 128,
}
