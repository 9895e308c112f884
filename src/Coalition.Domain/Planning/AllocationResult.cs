using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Planning;

/// <summary>The result of a batch allocation: every place assigned, every need left without one, and the totals.</summary>
/// <param name="Method">How it was computed: <c>optimal</c> or <c>first-come-first-served</c>.</param>
/// <param name="Assignments">The assignments, ordered by case reference, then the client's need order.</param>
/// <param name="Unallocated">The needs without a place, in the same order.</param>
/// <param name="Summary">The totals: checked against the assignments and the needs left without a place.</param>
public sealed record AllocationResult(string Method, ImmutableArray<Allocation> Assignments, ImmutableArray<UnallocatedNeed> Unallocated, AllocationSummary Summary)
{
    /// <summary>Gets the method.</summary>
    public string Method { get; } = Preconditions.Code(Method, Limits.Code, nameof(Method));

    /// <summary>Gets the assignments.</summary>
    public ImmutableArray<Allocation> Assignments { get; } = Preconditions.Elements(Assignments, int.MaxValue, nameof(Assignments));

    /// <summary>Gets the needs without a place.</summary>
    public ImmutableArray<UnallocatedNeed> Unallocated { get; } = Preconditions.Elements(Unallocated, int.MaxValue, nameof(Unallocated));

    /// <summary>Gets the totals.</summary>
    public AllocationSummary Summary { get; } = Consistent(Preconditions.NotNull(Summary, nameof(Summary)), Assignments, Unallocated, nameof(Summary));

    /// <inheritdoc />
    public bool Equals(AllocationResult? other) =>
        other is not null && Method == other.Method && Equality.Sequence(Assignments, other.Assignments) && Equality.Sequence(Unallocated, other.Unallocated) && Summary == other.Summary;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Equality.SequenceHash(Assignments), Summary);

    private static AllocationSummary Consistent(AllocationSummary summary, ImmutableArray<Allocation> assignments, ImmutableArray<UnallocatedNeed> unallocated, string paramName)
    {
        var placed = assignments.IsDefault ? [] : assignments;
        var left = unallocated.IsDefault ? [] : unallocated;
        var immediateMet = placed.Count(a => a?.Urgency == Referrals.Clients.NeedUrgency.Immediate);
        var immediateLeft = left.Count(u => u?.Urgency == Referrals.Clients.NeedUrgency.Immediate);
        var score = placed.Sum(a => a?.Score ?? 0);
        if (summary.NeedsMet != placed.Length || summary.NeedsRequested != placed.Length + left.Length ||
            summary.ImmediateNeedsMet != immediateMet || summary.ImmediateNeedsRequested != immediateMet + immediateLeft ||
            Math.Abs(summary.TotalScore - score) > (1e-9 * Math.Max(1, Math.Abs(score))) + 1e-6)
        {
            throw new ArgumentException("The totals do not match the assignments and the needs left without a place.", paramName);
        }

        return summary;
    }
}
