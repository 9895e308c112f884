using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>Whether a provider's address may be shown. A confidential shelter's address never appears in a match result; only its intake contact does.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<LocationVisibility>))]
public enum LocationVisibility
{
    /// <summary>The address may be shown.</summary>
    Public = 1,

    /// <summary>The address is confidential; show only the intake contact (the "front door").</summary>
    Confidential = 2,
}
