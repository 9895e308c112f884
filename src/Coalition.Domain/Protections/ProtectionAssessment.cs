using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Protections;

/// <summary>One protection assessed: its verdict, each element, who decides, the next steps, and what would decide it.</summary>
/// <param name="Protection">The protection.</param>
/// <param name="Verdict">The verdict on the facts.</param>
/// <param name="DecidedBy">The agency that decides, in words (the library never decides for it).</param>
/// <param name="Elements">Each element with its value.</param>
/// <param name="NextSteps">What to do next, and who does it.</param>
/// <param name="DecidingSets">For an undetermined verdict, the smallest sets of unknown facts that could decide it.</param>
/// <param name="Explanation">A plain-language summary.</param>
public sealed record ProtectionAssessment(
    Protection Protection,
    ProtectionVerdict Verdict,
    string DecidedBy,
    ImmutableArray<ProtectionElement> Elements,
    ImmutableArray<ProtectionStep> NextSteps,
    ImmutableArray<ProtectionDecidingSet> DecidingSets,
    string Explanation)
{
    /// <summary>Gets the protection.</summary>
    public Protection Protection { get; } = Preconditions.Defined(Protection, nameof(Protection));

    /// <summary>Gets the verdict.</summary>
    public ProtectionVerdict Verdict { get; } = Preconditions.Defined(Verdict, nameof(Verdict));

    /// <summary>Gets who decides.</summary>
    public string DecidedBy { get; } = Preconditions.BoundedText(DecidedBy, Limits.Text, nameof(DecidedBy));

    /// <summary>Gets the elements.</summary>
    public ImmutableArray<ProtectionElement> Elements { get; } = Preconditions.Elements(Elements, Limits.Items, nameof(Elements));

    /// <summary>Gets the next steps.</summary>
    public ImmutableArray<ProtectionStep> NextSteps { get; } = Preconditions.Elements(NextSteps, Limits.Items, nameof(NextSteps));

    /// <summary>Gets the deciding sets (empty unless undetermined).</summary>
    public ImmutableArray<ProtectionDecidingSet> DecidingSets { get; } = Preconditions.Elements(DecidingSets, Limits.Items, nameof(DecidingSets));

    /// <summary>Gets the summary.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.LongText, nameof(Explanation));

    /// <inheritdoc />
    public bool Equals(ProtectionAssessment? other) =>
        other is not null && Protection == other.Protection && Verdict == other.Verdict && DecidedBy == other.DecidedBy &&
        Equality.Sequence(Elements, other.Elements) && Equality.Sequence(NextSteps, other.NextSteps) &&
        Equality.Sequence(DecidingSets, other.DecidingSets) && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Protection, Verdict, Equality.SequenceHash(Elements), Equality.SequenceHash(DecidingSets));
}
