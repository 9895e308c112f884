using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>The client's legal status for consent, which decides whose consent a release needs.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReleaseClientStatus>))]
public enum ReleaseClientStatus
{
    /// <summary>An adult: the client consents alone.</summary>
    Adult = 1,

    /// <summary>An emancipated minor: the client consents alone.</summary>
    EmancipatedMinor = 2,

    /// <summary>
    /// An unemancipated minor: the minor and a parent or guardian consent, unless the policy lists every need of the release
    /// among those a minor may obtain without a parent under state law (<see cref="ConsentPolicy.MinorMayConsentAlone"/>).
    /// </summary>
    UnemancipatedMinor = 3,

    /// <summary>A legally incapable person: a court-appointed guardian consents.</summary>
    LegallyIncapable = 4,

    /// <summary>
    /// Age unknown. The client consents; the release is valid and carries a caution to confirm age, because requiring a
    /// parent would take away an adult's choice and could tell an abuser where the client is.
    /// </summary>
    AgeUnknown = 5,
}
