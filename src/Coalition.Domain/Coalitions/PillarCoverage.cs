using Coalition.Domain.FourP;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Coalitions;

/// <summary>
/// How well a coalition covers one pillar of the 4P model.
/// </summary>
/// <remarks>
/// <para>The score, from 0 to 100, is documented and monotone in membership:
/// <c>score = round(100 × (m + p) / 2)</c> for a pillar with best practices, and <c>round(100 × m)</c> for a pillar
/// without (prosecution), where <c>m = min(1, members / F)</c> with <c>F</c> the members that count as full coverage
/// (<see cref="HealthCheckThresholds.MembersForFullPillarCoverage"/>, by the library's default 3), and <c>p</c> is the
/// share of the pillar's best practices met.</para>
/// </remarks>
/// <param name="Pillar">The pillar.</param>
/// <param name="Members">How many members work on it.</param>
/// <param name="HasCommittee">Whether a committee focuses on it.</param>
/// <param name="PracticesMet">How many of its best practices are met.</param>
/// <param name="PracticesTotal">How many best practices serve it.</param>
/// <param name="Score">The score, 0 to 100.</param>
public sealed record PillarCoverage(Pillar Pillar, int Members, bool HasCommittee, int PracticesMet, int PracticesTotal, int Score)
{
    /// <summary>Gets the pillar.</summary>
    public Pillar Pillar { get; } = Preconditions.NotNull(Pillar, nameof(Pillar));

    /// <summary>Gets how many members contribute to the pillar.</summary>
    public int Members { get; } = Preconditions.NonNegative(Members, nameof(Members));

    /// <summary>Gets how many of the pillar's best practices are met: at most <see cref="PracticesTotal"/>.</summary>
    public int PracticesMet { get; } = Preconditions.NonNegative(PracticesMet, nameof(PracticesMet)) <= PracticesTotal
        ? PracticesMet
        : throw new ArgumentOutOfRangeException(nameof(PracticesMet), "More practices met than there are.");

    /// <summary>Gets how many best practices the pillar has.</summary>
    public int PracticesTotal { get; } = Preconditions.NonNegative(PracticesTotal, nameof(PracticesTotal));

    /// <summary>Gets the pillar's score, from 0 to 100.</summary>
    public int Score { get; } = Score is >= 0 and <= 100 ? Score : throw new ArgumentOutOfRangeException(nameof(Score), "A score is from 0 to 100.");

    /// <summary>Gets whether nobody works on the pillar.</summary>
    public bool IsUncovered => Members == 0;

    internal static int ScoreOf(int members, int met, int total, int fullCoverage = 3)
    {
        var m = Math.Min(1.0, members / (double)fullCoverage);
        return (int)Math.Round(100 * (total == 0 ? m : (m + ((double)met / total)) / 2), MidpointRounding.AwayFromZero);
    }
}
