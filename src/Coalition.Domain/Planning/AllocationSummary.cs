namespace Coalition.Domain.Planning;

/// <summary>The totals of an allocation: the objective, in its order of priority.</summary>
/// <param name="ImmediateNeedsRequested">Immediate needs in the batch.</param>
/// <param name="ImmediateNeedsMet">Immediate needs given a place.</param>
/// <param name="NeedsRequested">All needs in the batch.</param>
/// <param name="NeedsMet">All needs given a place.</param>
/// <param name="TotalScore">The sum of the assigned scores.</param>
public sealed record AllocationSummary(int ImmediateNeedsRequested, int ImmediateNeedsMet, int NeedsRequested, int NeedsMet, double TotalScore);
