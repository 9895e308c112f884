namespace Coalition.Domain.Referrals.Matching;

/// <summary>How much a match reports.</summary>
public sealed record MatchOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="maxCandidatesPerNeed">How many ranked providers to report per need, 1 to 100.</param>
    /// <param name="includeExclusions">Whether to list every excluded offering with the rules that excluded it (slower; for explainability).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCandidatesPerNeed"/> is outside 1 to 100.</exception>
    public MatchOptions(int maxCandidatesPerNeed = 5, bool includeExclusions = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCandidatesPerNeed, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxCandidatesPerNeed, 100);
        MaxCandidatesPerNeed = maxCandidatesPerNeed;
        IncludeExclusions = includeExclusions;
    }

    /// <summary>Gets the default options: five candidates per need, no exclusion list.</summary>
    public static MatchOptions Default { get; } = new();

    /// <summary>Gets how many ranked providers to report per need.</summary>
    public int MaxCandidatesPerNeed { get; }

    /// <summary>Gets whether to list the excluded offerings.</summary>
    public bool IncludeExclusions { get; }
}
