using Coalition.Domain.Internal;

namespace Coalition.Domain.Planning;

/// <summary>The totals of an allocation: the objective, in its order of priority.</summary>
/// <param name="ImmediateNeedsRequested">Immediate needs in the batch.</param>
/// <param name="ImmediateNeedsMet">Immediate needs given a place.</param>
/// <param name="NeedsRequested">All needs in the batch.</param>
/// <param name="NeedsMet">All needs given a place.</param>
/// <param name="TotalScore">The sum of the assigned scores.</param>
public sealed record AllocationSummary(int ImmediateNeedsRequested, int ImmediateNeedsMet, int NeedsRequested, int NeedsMet, double TotalScore)
{
    /// <summary>Gets how many immediate needs were requested.</summary>
    public int ImmediateNeedsRequested { get; } = Preconditions.NonNegative(ImmediateNeedsRequested, nameof(ImmediateNeedsRequested));

    /// <summary>Gets how many immediate needs were met: at most as many as were requested.</summary>
    public int ImmediateNeedsMet { get; } = Preconditions.NonNegative(ImmediateNeedsMet, nameof(ImmediateNeedsMet)) <= ImmediateNeedsRequested
        ? ImmediateNeedsMet
        : throw new ArgumentOutOfRangeException(nameof(ImmediateNeedsMet), "More immediate needs met than requested.");

    /// <summary>Gets how many needs were requested, immediate ones included.</summary>
    public int NeedsRequested { get; } = Preconditions.NonNegative(NeedsRequested, nameof(NeedsRequested)) >= ImmediateNeedsRequested
        ? NeedsRequested
        : throw new ArgumentOutOfRangeException(nameof(NeedsRequested), "Fewer needs requested than immediate needs requested.");

    /// <summary>Gets how many needs were met: at most as many as were requested, and at least the immediate ones met.</summary>
    public int NeedsMet { get; } = Preconditions.NonNegative(NeedsMet, nameof(NeedsMet)) <= NeedsRequested && NeedsMet >= ImmediateNeedsMet
        ? NeedsMet
        : throw new ArgumentOutOfRangeException(nameof(NeedsMet), "Needs met must be at most the needs requested and at least the immediate needs met.");

    /// <summary>Gets the sum of the scores of the assignments: finite and bounded.</summary>
    public double TotalScore { get; } = Preconditions.Finite(TotalScore, Limits.Total, nameof(TotalScore));
}
