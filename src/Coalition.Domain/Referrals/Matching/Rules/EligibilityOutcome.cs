using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>What an eligibility rule decided for one client and offering.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<EligibilityOutcome>))]
public enum EligibilityOutcome
{
    /// <summary>The client is eligible.</summary>
    Pass = 1,

    /// <summary>The client's attribute is unknown and the offering restricts it: eligible, to be confirmed. Unknown never excludes.</summary>
    Confirm = 2,

    /// <summary>The client is not eligible: the rule excludes the offering.</summary>
    Fail = 3,
}
