using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>
/// How a release was given. VAWA (34 U.S.C. 12291(b)(2)(B)), VOCA (28 CFR 94.115) and FVPSA (42 U.S.C. 10406(c)(5))
/// require written consent, so there is no verbal release; an electronic signature counts as written.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ConsentMethod>))]
public enum ConsentMethod
{
    /// <summary>Signed on paper.</summary>
    Written = 1,

    /// <summary>Signed electronically; counts as written.</summary>
    ElectronicSignature = 2,
}
