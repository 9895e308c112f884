using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>How certain a required action is.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<RequiredActionStatus>))]
public enum RequiredActionStatus
{
    /// <summary>Required: the client is known to be a minor and the policy states the underlying duty as certain.</summary>
    Required = 1,

    /// <summary>May be required: the client is known to be a minor; confirm whether the duty arises.</summary>
    MayBeRequired = 2,

    /// <summary>May be required: the client's age is unknown (a possible minor); confirm the age. Nothing is admitted on its strength.</summary>
    MayBeRequiredConfirmAge = 3,
}
