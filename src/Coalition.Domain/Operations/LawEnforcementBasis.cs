using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Operations;

/// <summary>On what basis a step that involves law enforcement may be taken.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<LawEnforcementBasis>))]
public enum LawEnforcementBasis
{
    /// <summary>None stated: for a step that involves law enforcement this is a finding.</summary>
    None = 0,

    /// <summary>Only with the survivor's informed consent; skipped for a survivor who declined law-enforcement contact.</summary>
    Consent = 1,

    /// <summary>Under a mandatory rule of the referral policy, for a known minor only (never an adult or a possible minor).</summary>
    MandatoryRule = 2,
}
