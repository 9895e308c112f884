using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>
/// A referral's state: the FHIR R4 task statuses that the SDOH Clinical Care referral tasks use
/// (http://hl7.org/fhir/task-status). Written in JSON as their FHIR codes, such as <c>in-progress</c>. The allowed moves
/// between them are data (<see cref="ReferralTransitions"/>).
/// </summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReferralStatus>))]
public enum ReferralStatus
{
    /// <summary>Being prepared; nothing has been shared.</summary>
    Draft = 1,

    /// <summary>Sent to the recipient.</summary>
    Requested = 2,

    /// <summary>The recipient accepted it.</summary>
    Accepted = 3,

    /// <summary>The recipient declined it (terminal).</summary>
    Rejected = 4,

    /// <summary>Withdrawn before it was completed (terminal).</summary>
    Cancelled = 5,

    /// <summary>Paused.</summary>
    OnHold = 6,

    /// <summary>The recipient has made first contact and is serving the client.</summary>
    InProgress = 7,

    /// <summary>Done, with an outcome (terminal).</summary>
    Completed = 8,

    /// <summary>Attempted and not achieved, with an outcome (terminal).</summary>
    Failed = 9,

    /// <summary>Recorded by mistake (terminal).</summary>
    EnteredInError = 10,
}
