using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>An offering's capacity status, after the Gravity SDOH capacity codes (capacity | no-capacity | waitlist).</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<CapacityStatus>))]
public enum CapacityStatus
{
    /// <summary>Not reported.</summary>
    Unknown = 0,

    /// <summary>Accepting referrals.</summary>
    Available = 1,

    /// <summary>Not accepting referrals: excluded by the matcher.</summary>
    NoCapacity = 2,

    /// <summary>Accepting onto a waitlist: allowed but ranked lower.</summary>
    Waitlist = 3,
}
