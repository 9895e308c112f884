using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>How referrals reach an offering (after FHIR <c>HealthcareService.referralMethod</c>, plus walk-in).</summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReferralMethods>))]
public enum ReferralMethods
{
    /// <summary>None stated.</summary>
    None = 0,

    /// <summary>By telephone.</summary>
    Phone = 1,

    /// <summary>By e-mail.</summary>
    Email = 2,

    /// <summary>The client may walk in.</summary>
    WalkIn = 4,

    /// <summary>By fax.</summary>
    Fax = 8,

    /// <summary>By an electronic referral system.</summary>
    Electronic = 16,

    /// <summary>By secure e-mail.</summary>
    SecureEmail = 32,

    /// <summary>By post.</summary>
    Mail = 64,
}
