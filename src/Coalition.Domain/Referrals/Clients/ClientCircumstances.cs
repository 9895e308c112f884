using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Clients;

/// <summary>
/// The few facts about a client that decide whether a provider's reporting duty applies (see
/// <see cref="Network.DutyTrigger"/>). A profile records which are known to be present and which are known to be absent;
/// anything else is unknown, and a duty that turns on it "may apply".
/// </summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ClientCircumstances>))]
public enum ClientCircumstances
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>An injury from violence or a weapon.</summary>
    InjuryFromViolence = 1,

    /// <summary>Sexual assault.</summary>
    SexualAssault = 2,

    /// <summary>A vulnerable, dependent or elderly adult.</summary>
    VulnerableAdult = 4,

    /// <summary>A serious risk of harm to themselves or others.</summary>
    RiskOfHarm = 8,
}
