using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>What an offering costs the client.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<CostKind>))]
public enum CostKind
{
    /// <summary>Not stated.</summary>
    Unknown = 0,

    /// <summary>Free of charge.</summary>
    Free = 1,

    /// <summary>A sliding scale by income.</summary>
    SlidingScale = 2,

    /// <summary>A fee.</summary>
    Fee = 3,
}
