namespace Coalition.Domain.Coalitions;

/// <summary>
/// How survivors take part: as members, and whether they are compensated for their expertise and time (seed 003:
/// survivors "should be compensated for their expertise and time"). Counts only; never names.
/// </summary>
public sealed record SurvivorParticipation
{
    /// <summary>Creates a record of survivor participation.</summary>
    /// <param name="members">How many survivors are members or advisers.</param>
    /// <param name="compensated">Whether they are compensated for their expertise and time.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="members"/> is negative, or compensation is claimed with no survivor members.</exception>
    public SurvivorParticipation(int members, bool compensated)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        if (compensated && members == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(compensated), compensated, "Compensation needs at least one survivor member.");
        }

        Members = members;
        Compensated = compensated;
    }

    /// <summary>Gets no survivor participation.</summary>
    public static SurvivorParticipation None { get; } = new(0, false);

    /// <summary>Gets how many survivors are members or advisers.</summary>
    public int Members { get; }

    /// <summary>Gets whether they are compensated.</summary>
    public bool Compensated { get; }
}
