using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>What an overdue referral is waiting for.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<FollowUpKind>))]
public enum FollowUpKind
{
    /// <summary>Sent and not yet accepted or rejected.</summary>
    AwaitingAcceptance = 1,

    /// <summary>Accepted, and the client not yet contacted (not in progress).</summary>
    AwaitingFirstContact = 2,
}
