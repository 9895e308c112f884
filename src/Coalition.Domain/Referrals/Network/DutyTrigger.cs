using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// Who a reporting duty is about: the condition of the client that, together with what the provider would learn, triggers
/// the duty. A trigger never turns on age alone: the duty arises from a suspicion the provider forms. The client profile
/// carries only what is needed to evaluate these conditions, three-valued where unknown.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<DutyTrigger>))]
public enum DutyTrigger
{
    /// <summary>Any client: the duty follows from who the provider is (a law-enforcement agency, an advocate inside law enforcement).</summary>
    AnyClient = 1,

    /// <summary>A client under 18. An unknown age means the duty may apply.</summary>
    Minor = 2,

    /// <summary>A client with an injury from violence or a weapon.</summary>
    InjuryFromViolence = 3,

    /// <summary>A client who was sexually assaulted (for adults, a reporting duty exists in some states only).</summary>
    SexualAssault = 4,

    /// <summary>A vulnerable, dependent or elderly adult, under adult-protective-services laws.</summary>
    VulnerableAdult = 5,

    /// <summary>A client at serious risk of harming themselves or others (duty to warn, involuntary holds).</summary>
    RiskOfHarm = 6,
}
