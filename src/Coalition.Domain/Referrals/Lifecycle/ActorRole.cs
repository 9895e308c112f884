using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>Who acted on a referral or recorded a revocation, as a role; never a name.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ActorRole>))]
public enum ActorRole
{
    /// <summary>Staff of the referring organisation.</summary>
    Referrer = 1,

    /// <summary>Staff of the provider the referral is sent to.</summary>
    Recipient = 2,

    /// <summary>The client.</summary>
    Client = 3,
}
