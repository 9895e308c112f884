using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>Whether a closed referral met the need (closing the loop).</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReferralOutcome>))]
public enum ReferralOutcome
{
    /// <summary>The need was met.</summary>
    NeedMet = 1,

    /// <summary>The need was partly met.</summary>
    PartlyMet = 2,

    /// <summary>The need was not met.</summary>
    NotMet = 3,
}
