using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// The match for one of a client's needs: ranked candidates, or why the need is unmet; for an immediate need also the
/// emergency options the client's consent settings exclude and, when nothing is open now, the policy's fallback contacts.
/// </summary>
/// <param name="Need">The need.</param>
/// <param name="Urgency">Its urgency.</param>
/// <param name="Candidates">Ranked candidates, best first, one per provider.</param>
/// <param name="Unmet">Why the need is unmet, or <see langword="null"/> when it has candidates.</param>
/// <param name="ExclusionCounts">How many offerings each rule excluded (complete for unmet needs; for met needs, over the offerings examined).</param>
/// <param name="Exclusions">Every excluded offering with its rules, when requested in <see cref="MatchOptions"/>; otherwise empty.</param>
public sealed record NeedMatch(
    ServiceNeed Need,
    NeedUrgency Urgency,
    ImmutableArray<MatchCandidate> Candidates,
    UnmetReason? Unmet,
    ImmutableArray<RuleCount> ExclusionCounts,
    ImmutableArray<MatchExclusion> Exclusions)
{
    private readonly ImmutableArray<EmergencyOption> emergencyOptions = [];
    private readonly ImmutableArray<FallbackContact> fallbacks = [];

    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets the need's urgency.</summary>
    public NeedUrgency Urgency { get; } = Preconditions.Defined(Urgency, nameof(Urgency));

    /// <summary>Gets the ranked candidates.</summary>
    public ImmutableArray<MatchCandidate> Candidates { get; } = Preconditions.Elements(Candidates, Limits.Items, nameof(Candidates));

    /// <summary>Gets why the need is unmet: set exactly when there is no candidate.</summary>
    public UnmetReason? Unmet { get; } = Preconditions.DefinedOrNull(Unmet, nameof(Unmet)).HasValue == Candidates.IsDefaultOrEmpty
        ? Unmet
        : throw new ArgumentException("A need has a reason it is unmet exactly when it has no candidate.", nameof(Unmet));

    /// <summary>Gets the rule counts.</summary>
    public ImmutableArray<RuleCount> ExclusionCounts { get; } = Preconditions.Elements(ExclusionCounts, Limits.Items, nameof(ExclusionCounts));

    /// <summary>Gets the excluded offerings, if requested.</summary>
    public ImmutableArray<MatchExclusion> Exclusions { get; } = Preconditions.Elements(Exclusions, Limits.Items, nameof(Exclusions));

    /// <summary>
    /// Gets, for an immediate need, the providers that could meet it but that the client's consent settings exclude, shown as
    /// "excluded at the client's request: emergency option" (best first, one per provider, at most the number of candidates
    /// requested). Never candidates; never assigned.
    /// </summary>
    public ImmutableArray<EmergencyOption> EmergencyOptions
    {
        get => emergencyOptions;
        init => emergencyOptions = Preconditions.Elements(value, Limits.Items, nameof(EmergencyOptions));
    }

    /// <summary>Gets the fallback contacts for an immediate need that is unmet or has no candidate open now; otherwise empty.</summary>
    public ImmutableArray<FallbackContact> Fallbacks
    {
        get => fallbacks;
        init => fallbacks = Preconditions.Elements(value, Limits.Items, nameof(Fallbacks));
    }

    /// <summary>Gets whether the need has at least one candidate.</summary>
    public bool IsMet => !Candidates.IsEmpty;

    /// <inheritdoc />
    public bool Equals(NeedMatch? other) =>
        other is not null && Need == other.Need && Urgency == other.Urgency && Equality.Sequence(Candidates, other.Candidates) &&
        Unmet == other.Unmet && Equality.Sequence(ExclusionCounts, other.ExclusionCounts) && Equality.Sequence(Exclusions, other.Exclusions) &&
        Equality.Sequence(EmergencyOptions, other.EmergencyOptions) && Equality.Sequence(Fallbacks, other.Fallbacks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Need, Urgency, Equality.SequenceHash(Candidates), Unmet, Equality.SequenceHash(ExclusionCounts), Equality.SequenceHash(EmergencyOptions), Equality.SequenceHash(Fallbacks));
}
