using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// The order of candidates for one need. For an immediate need: urgency tier first (<see cref="UrgencyTiers"/>), then
/// confirmed eligibility before eligibility to confirm, then providers kept for protection after the others, then the soft
/// score (higher first). For a routine need: the soft score. Ties go to the provider id, then the offering id (ordinal), so
/// the order never depends on the order of the network. Each provider appears once per need, with its best offering.
/// </summary>
public static class Ranking
{
    /// <summary>Compares two assessed candidates for the same need: negative when <paramref name="a"/> ranks first.</summary>
    /// <param name="a">The first candidate.</param>
    /// <param name="b">The second candidate.</param>
    /// <param name="urgency">The need's urgency.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    /// <exception cref="ArgumentNullException">A candidate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="urgency"/> is not a defined value.</exception>
    public static int Compare(CandidateAssessment a, CandidateAssessment b, NeedUrgency urgency)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        Preconditions.Defined(urgency, nameof(urgency));
        var byRank = urgency == NeedUrgency.Immediate ? RankOf(a).CompareTo(RankOf(b)) : 0;
        if (byRank != 0)
        {
            return byRank;
        }

        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byProvider = string.CompareOrdinal(a.ProviderId, b.ProviderId);
        return byProvider != 0 ? byProvider : string.CompareOrdinal(a.OfferingId, b.OfferingId);
    }

    /// <summary>Returns the lexicographic rank of an immediate-need candidate: tier, then confirmation, then kept for protection.</summary>
    internal static int RankOf(CandidateAssessment candidate) =>
        ((int)(candidate.Tier ?? UrgencyTier.Closed) * 4) + (candidate.NeedsConfirmation ? 2 : 0) + (candidate.IsKeptForProtection ? 1 : 0);
}
