using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>Whether an offering is open at an instant. Unknown when it publishes no schedule.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<OpenState>))]
public enum OpenState
{
    /// <summary>No schedule is known.</summary>
    Unknown = 0,

    /// <summary>Open.</summary>
    Open = 1,

    /// <summary>Closed.</summary>
    Closed = 2,
}
