using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>
/// Why a referral was rejected, cancelled, put on hold or failed, or why a need was not (fully) met: a small catalogue,
/// written in JSON as kebab-case codes (FHIR <c>Task.statusReason</c>).
/// </summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReferralReason>))]
public enum ReferralReason
{
    /// <summary>The recipient has no capacity.</summary>
    NoCapacity = 1,

    /// <summary>The client is not eligible for the service.</summary>
    NotEligible = 2,

    /// <summary>The client declined.</summary>
    ClientDeclined = 3,

    /// <summary>The recipient could not contact the client.</summary>
    CouldNotContact = 4,

    /// <summary>The client did not attend.</summary>
    ClientDidNotAttend = 5,

    /// <summary>The client revoked the release the referral relies on.</summary>
    ConsentRevoked = 6,

    /// <summary>The recipient does not offer the service any longer.</summary>
    ServiceNotOffered = 7,

    /// <summary>The client no longer needs it.</summary>
    NoLongerNeeded = 8,

    /// <summary>A duplicate of another referral.</summary>
    Duplicate = 9,

    /// <summary>Waiting for the client (for example, the client asked to pause).</summary>
    WaitingForClient = 10,

    /// <summary>Another reason, recorded outside the library.</summary>
    Other = 11,
}
