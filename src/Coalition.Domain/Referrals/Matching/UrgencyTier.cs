using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// For an immediate need, how soon a candidate can help. Candidates rank by tier first, in this order, and by soft score
/// only within a tier; a closed service never outranks an open one.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<UrgencyTier>))]
public enum UrgencyTier
{
    /// <summary>Open now, or open around the clock.</summary>
    OpenNow = 1,

    /// <summary>Closed now but opening within the policy's window (<see cref="ReferralPolicy.OpeningSoonWindow"/>).</summary>
    OpeningSoon = 2,

    /// <summary>No schedule is published: call to check.</summary>
    HoursUnknown = 3,

    /// <summary>Closed, and not opening within the window.</summary>
    Closed = 4,
}
