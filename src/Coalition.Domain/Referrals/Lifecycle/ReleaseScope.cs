using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>
/// What a release of information lets the referrer share with its recipient: a small catalogue, combined as flags. A
/// release covers a scope when it includes every part of it; share the least that the referral needs.
/// </summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReleaseScope>))]
public enum ReleaseScope
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>How to reach the client (a phone number or a safe way to make contact), and nothing else.</summary>
    ContactDetails = 1,

    /// <summary>The needs the referral is for, as catalogue codes.</summary>
    Needs = 2,

    /// <summary>Facts of the case the recipient needs to serve the client (for example eligibility facts).</summary>
    CaseFacts = 4,

    /// <summary>Documents, such as an assessment or a certification letter.</summary>
    Documents = 8,
}
