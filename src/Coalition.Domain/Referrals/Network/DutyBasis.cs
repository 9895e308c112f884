using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>Where a reporting duty comes from. The library's defaults are federal or typical; they are never the law of a particular state.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<DutyBasis>))]
public enum DutyBasis
{
    /// <summary>Federal law or the United States Constitution.</summary>
    Federal = 1,

    /// <summary>Typical of state laws, which vary: confirm the rule in the coalition's state.</summary>
    Typical = 2,

    /// <summary>Defined by the coalition for its own state.</summary>
    State = 3,
}
