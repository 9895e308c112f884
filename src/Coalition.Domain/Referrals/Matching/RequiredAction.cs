using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// An action a mandatory routing rule may require for this client, such as a report of suspected child abuse, listed so that
/// a case manager sees it, and can explain it to the survivor, before anything is sent.
/// </summary>
/// <param name="RuleCode">The mandatory rule's code.</param>
/// <param name="Status">Whether the action is required, may be required, or may be required once the age is confirmed.</param>
/// <param name="Description">The action in plain language.</param>
/// <param name="Source">The rule's legal source.</param>
/// <param name="ReceivingAgencies">Who can receive the report, in words.</param>
/// <param name="ProtectiveAgencies">The protective agencies the rule names (and, for a known minor, admits).</param>
/// <param name="FollowUpNotice">What follows the report, or <see langword="null"/>.</param>
public sealed record RequiredAction(
    string RuleCode,
    RequiredActionStatus Status,
    string Description,
    string Source,
    string ReceivingAgencies,
    ImmutableArray<StakeholderCategory> ProtectiveAgencies,
    string? FollowUpNotice)
{
    /// <summary>Gets the rule's code.</summary>
    public string RuleCode { get; } = Preconditions.Code(RuleCode, Limits.Code, nameof(RuleCode));

    /// <summary>Gets the status.</summary>
    public RequiredActionStatus Status { get; } = Preconditions.Defined(Status, nameof(Status));

    /// <summary>Gets the action in plain language.</summary>
    public string Description { get; } = Preconditions.BoundedText(Description, Limits.Text, nameof(Description));

    /// <summary>Gets the rule's source.</summary>
    public string Source { get; } = Preconditions.BoundedText(Source, Limits.Text, nameof(Source));

    /// <summary>Gets who can receive the report.</summary>
    public string ReceivingAgencies { get; } = Preconditions.BoundedText(ReceivingAgencies, Limits.Text, nameof(ReceivingAgencies));

    /// <summary>Gets the protective agencies the rule names.</summary>
    public ImmutableArray<StakeholderCategory> ProtectiveAgencies { get; } = Preconditions.Elements(ProtectiveAgencies, Limits.Items, nameof(ProtectiveAgencies));

    /// <summary>Gets what to tell the client afterwards, or <see langword="null"/>.</summary>
    public string? FollowUpNotice { get; } = Preconditions.OptionalText(FollowUpNotice, Limits.Text, nameof(FollowUpNotice));

    /// <summary>Gets a one-line summary for a case manager.</summary>
    [JsonIgnore]
    public string Summary => Status switch
    {
        RequiredActionStatus.Required => $"Required: {Description} It goes to {ReceivingAgencies}.",
        RequiredActionStatus.MayBeRequired => $"May be required (confirm): {Description} It goes to {ReceivingAgencies}.",
        _ => $"May be required (confirm the client's age): {Description} It goes to {ReceivingAgencies}.",
    };

    /// <inheritdoc />
    public bool Equals(RequiredAction? other) =>
        other is not null && RuleCode == other.RuleCode && Status == other.Status && Description == other.Description && Source == other.Source &&
        ReceivingAgencies == other.ReceivingAgencies && Equality.Sequence(ProtectiveAgencies, other.ProtectiveAgencies) && FollowUpNotice == other.FollowUpNotice;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleCode, Status, Description, Equality.SequenceHash(ProtectiveAgencies));

    /// <summary>Returns the summary.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Summary;
}
