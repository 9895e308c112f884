using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>The forms of trafficking a client experienced or an offering serves.</summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<TraffickingTypes>))]
public enum TraffickingTypes
{
    /// <summary>None stated.</summary>
    None = 0,

    /// <summary>Sex trafficking.</summary>
    Sex = 1,

    /// <summary>Labor trafficking.</summary>
    Labor = 2,

    /// <summary>Both forms.</summary>
    Any = Sex | Labor,
}
