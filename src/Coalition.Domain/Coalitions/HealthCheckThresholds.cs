using Coalition.Domain.Internal;

namespace Coalition.Domain.Coalitions;

/// <summary>
/// The numbers the coalition health check compares against. No seed gives these numbers: the seeds ask for partners
/// "across sectors", "regular meetings" and "funding possibilities for sustainability". Each is the library's default,
/// with its reason, and a coalition may set its own. Value-equal.
/// </summary>
public sealed record HealthCheckThresholds
{
    private readonly int minimumMembers = 5;
    private readonly int minimumSectors = 3;
    private readonly MeetingCadence minimumMeetingCadence = MeetingCadence.Quarterly;
    private readonly int minimumFundingSources = 2;
    private readonly int membersForFullPillarCoverage = 3;

    /// <summary>Gets the library's defaults (see each property for its reason).</summary>
    public static HealthCheckThresholds Default { get; } = new();

    /// <summary>
    /// Gets the fewest members for "community partners and leaders contacted" (seed 002). Library default 5: the smallest
    /// group that can put someone on each of the four pillars with one to spare.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 1,000.</exception>
    public int MinimumMembers
    {
        get => minimumMembers;
        init => minimumMembers = InRange(value, 1, 1000, nameof(MinimumMembers));
    }

    /// <summary>
    /// Gets the fewest sectors among the members (seed 002 asks to reach partners across sectors). Library default 3:
    /// enough that no single sector's view dominates (for example law enforcement, victim services and health).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 15 (the number of sectors).</exception>
    public int MinimumSectors
    {
        get => minimumSectors;
        init => minimumSectors = InRange(value, 1, 15, nameof(MinimumSectors));
    }

    /// <summary>
    /// Gets the least frequent cadence that counts as "regular meetings" (seed 002). Library default quarterly: four
    /// meetings a year is the least that keeps committees accountable between meetings.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined cadence, or is <see cref="MeetingCadence.None"/>.</exception>
    public MeetingCadence MinimumMeetingCadence
    {
        get => minimumMeetingCadence;
        init => minimumMeetingCadence = Enum.IsDefined(value) && value != MeetingCadence.None
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumMeetingCadence), value, "A meeting cadence from annual to weekly.");
    }

    /// <summary>
    /// Gets the fewest funding sources for "sustainable funding" (seed 002 asks coalitions to consider funding for
    /// sustainability); one of them must recur. Library default 2: losing one source then does not end the coalition.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 100.</exception>
    public int MinimumFundingSources
    {
        get => minimumFundingSources;
        init => minimumFundingSources = InRange(value, 1, 100, nameof(MinimumFundingSources));
    }

    /// <summary>
    /// Gets how many members working on a pillar count as full coverage in the pillar score. Library default 3: one member
    /// leaving then does not leave the pillar uncovered.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 100.</exception>
    public int MembersForFullPillarCoverage
    {
        get => membersForFullPillarCoverage;
        init => membersForFullPillarCoverage = InRange(value, 1, 100, nameof(MembersForFullPillarCoverage));
    }

    private static int InRange(int value, int minimum, int maximum, string name)
    {
        if (value < minimum || value > maximum)
        {
            Preconditions.ThrowOutOfRange(name, value, $"The value is between {minimum} and {maximum}.");
        }

        return value;
    }
}
