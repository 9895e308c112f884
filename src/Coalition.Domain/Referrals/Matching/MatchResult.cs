using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// The result of matching one client: for each need, in the client's order, the ranked candidates or why it is unmet;
/// how the client's age was treated; the actions mandatory rules may require; and every reporting-duty notice, so that a
/// case manager sees them before sending anything. Holds no client data beyond the needs. Deterministic: the same inputs
/// give an equal result.
/// </summary>
/// <param name="At">The instant the match was made for.</param>
/// <param name="PolicyName">The name of the policy used.</param>
/// <param name="Needs">The match for each need.</param>
public sealed record MatchResult(Instant At, string PolicyName, ImmutableArray<NeedMatch> Needs)
{
    private readonly string ageExplanation = "The client is 18 or over.";
    private readonly AgeTreatment ageTreatment = AgeTreatment.Adult;
    private readonly ImmutableArray<RequiredAction> requiredActions = [];
    private readonly ImmutableArray<DutyNotice> notices = [];

    /// <summary>Gets the policy's name.</summary>
    public string PolicyName { get; } = Preconditions.BoundedText(PolicyName, Limits.Name, nameof(PolicyName));

    /// <summary>Gets the match for each need.</summary>
    public ImmutableArray<NeedMatch> Needs { get; } = Preconditions.Elements(Needs, Limits.Items, nameof(Needs));

    /// <summary>Gets how the client's age was treated: a client whose age is unknown is protected as a possible minor.</summary>
    public AgeTreatment AgeTreatment
    {
        get => ageTreatment;
        init => ageTreatment = Preconditions.Defined(value, nameof(AgeTreatment));
    }

    /// <summary>Gets why the client's age was treated so, in plain language.</summary>
    public string AgeExplanation
    {
        get => ageExplanation;
        init => ageExplanation = Preconditions.BoundedText(value, Limits.Text, nameof(AgeExplanation));
    }

    /// <summary>Gets the actions mandatory routing rules may require for this client, in the policy's order.</summary>
    public ImmutableArray<RequiredAction> RequiredActions
    {
        get => requiredActions;
        init => requiredActions = Preconditions.Elements(value, Limits.Items, nameof(RequiredActions));
    }

    /// <summary>Gets every distinct reporting-duty notice across the candidates and emergency options, by duty code (applies before may apply).</summary>
    public ImmutableArray<DutyNotice> Notices
    {
        get => notices;
        init => notices = Preconditions.Elements(value, Limits.Items, nameof(Notices));
    }

    /// <summary>Gets the needs with no candidate. Computed; not written to JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ImmutableArray<NeedMatch> UnmetNeeds => [.. Needs.Where(n => !n.IsMet)];

    /// <inheritdoc />
    public bool Equals(MatchResult? other) =>
        other is not null && At == other.At && PolicyName == other.PolicyName && Equality.Sequence(Needs, other.Needs) &&
        AgeTreatment == other.AgeTreatment && AgeExplanation == other.AgeExplanation &&
        Equality.Sequence(RequiredActions, other.RequiredActions) && Equality.Sequence(Notices, other.Notices);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(At, PolicyName, Equality.SequenceHash(Needs), AgeTreatment, Equality.SequenceHash(RequiredActions), Equality.SequenceHash(Notices));

    /// <summary>Returns the counts of met and unmet needs; no client data.</summary>
    /// <returns>For example <c>match at 2026-11-22T03:00:00Z: 6 needs met, 2 unmet</c>.</returns>
    public override string ToString() => $"match at {At}: {Needs.Count(n => n.IsMet)} needs met, {Needs.Count(n => !n.IsMet)} unmet";
}
