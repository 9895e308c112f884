using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>Why a need has no candidate: the gap a coalition must close.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<UnmetReason>))]
public enum UnmetReason
{
    /// <summary>No provider in the network offers the need.</summary>
    NotOffered = 1,

    /// <summary>Providers offer it, but every one was excluded by the hard rules (see the rule counts).</summary>
    AllExcluded = 2,
}
