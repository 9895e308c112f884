using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Planning;

/// <summary>The result of a batch allocation: every place assigned, every need left without one, and the totals.</summary>
/// <param name="Method">How it was computed: <c>optimal</c> or <c>first-come-first-served</c>.</param>
/// <param name="Assignments">The assignments, ordered by case reference, then the client's need order.</param>
/// <param name="Unallocated">The needs without a place, in the same order.</param>
/// <param name="Summary">The totals.</param>
public sealed record AllocationResult(string Method, ImmutableArray<Allocation> Assignments, ImmutableArray<UnallocatedNeed> Unallocated, AllocationSummary Summary)
{
    /// <summary>Gets the method.</summary>
    public string Method { get; } = Preconditions.NotBlank(Method, nameof(Method));

    /// <summary>Gets the assignments.</summary>
    public ImmutableArray<Allocation> Assignments { get; } = Assignments.IsDefault ? [] : Assignments;

    /// <summary>Gets the needs without a place.</summary>
    public ImmutableArray<UnallocatedNeed> Unallocated { get; } = Unallocated.IsDefault ? [] : Unallocated;

    /// <summary>Gets the totals.</summary>
    public AllocationSummary Summary { get; } = Preconditions.NotNull(Summary, nameof(Summary));

    /// <inheritdoc />
    public bool Equals(AllocationResult? other) =>
        other is not null && Method == other.Method && Equality.Sequence(Assignments, other.Assignments) && Equality.Sequence(Unallocated, other.Unallocated) && Summary == other.Summary;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Equality.SequenceHash(Assignments), Summary);
}
