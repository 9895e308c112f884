using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>Whether a reporting duty applies to the client.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<DutyCertainty>))]
public enum DutyCertainty
{
    /// <summary>The duty may apply: the client's condition is unknown, or the policy does not state the trigger as certain. Confirm before referring.</summary>
    MayApply = 1,

    /// <summary>The duty applies: the client's condition is known and the policy states the trigger as certain.</summary>
    Applies = 2,
}
