using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Planning;

/// <summary>Why a need got no place in a batch allocation.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<UnallocatedReason>))]
public enum UnallocatedReason
{
    /// <summary>No offering in the network is eligible for this client and need.</summary>
    NoEligibleProvider = 1,

    /// <summary>Eligible offerings exist, but their places went to needs that the objective ranks higher.</summary>
    CapacityExhausted = 2,
}
