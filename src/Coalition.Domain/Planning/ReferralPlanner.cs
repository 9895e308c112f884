using System.Collections.Immutable;
using System.Numerics;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using NodaTime;

namespace Coalition.Domain.Planning;

/// <summary>
/// Plans a client's referrals, urgency first: every immediate need gets the best urgency tier available to it (open now,
/// then opening soon, then hours unknown, then closed); within that constraint every need that some eligible provider can
/// meet is assigned one provider; the number of distinct providers is minimal; among minimal plans the total score is
/// maximal; remaining ties go to the plan whose providers come first by id. Every assignment is a candidate of the matcher,
/// so a provider an adult chose to avoid (an emergency option) is never assigned, and a closed provider is never chosen for
/// an immediate need when an open eligible one exists.
/// </summary>
/// <remarks>
/// <para><b>Urgency first.</b> For each immediate need only the candidates in the best tier available to that need are
/// kept; the rest of the objective is solved over what remains, so the tier constraint is lexicographically first.</para>
/// <para><b>Algorithm (exact).</b> A minimal plan assigns each need to the best of its chosen providers, and every chosen
/// provider receives at least one need (otherwise a smaller plan exists). So the optimum is a partition of the coverable
/// needs into groups, each group served by one provider. A dynamic programme over subsets of needs computes, for every
/// subset, the best (fewest providers, highest score) partition, always extending by a group that contains the
/// lowest-numbered need not yet covered.</para>
/// <para><b>Bound.</b> O(2^n · d · 2^c) time and O(2^n) memory, where n is the number of coverable needs, d the largest
/// number of eligible providers for one need, and c the largest number of the client's needs one provider can meet.
/// For the sizes that occur in practice (n ≤ 20) this is exact and fast; above 20 needs the planner refuses rather than
/// guess.</para>
/// <para>Scores are compared in thousandths, so that floating-point noise cannot reorder plans.</para>
/// </remarks>
public static class ReferralPlanner
{
    /// <summary>The largest number of coverable needs the exact planner accepts.</summary>
    public const int MaxNeeds = 20;

    /// <summary>Plans a client's referrals.</summary>
    /// <param name="matcher">The compiled network and policy.</param>
    /// <param name="client">The client.</param>
    /// <param name="at">The instant of the plan (opening hours affect scores).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxNeeds"/> needs can be covered.</exception>
    public static ReferralPlan Plan(ReferralMatcher matcher, ClientProfile client, Instant at)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(client);
        var eligible = UrgencyFirst(client, matcher.Eligible(client, at));

        // Best offering per provider per need, by provider index (which follows provider id).
        var coverable = Enumerable.Range(0, client.Needs.Length).Where(n => eligible[n].Count > 0).ToArray();
        if (coverable.Length > MaxNeeds)
        {
            throw new ArgumentOutOfRangeException(nameof(client), coverable.Length, $"The exact planner handles at most {MaxNeeds} coverable needs.");
        }

        var best = new Dictionary<int, (int Offering, long Score)>[coverable.Length];
        for (var i = 0; i < coverable.Length; i++)
        {
            best[i] = [];
            foreach (var (offering, score) in eligible[coverable[i]])
            {
                var provider = matcher.ProviderIndexOf(offering);
                var scaled = Scale(score);
                if (!best[i].TryGetValue(provider, out var current) || scaled > current.Score || (scaled == current.Score && offering < current.Offering))
                {
                    best[i][provider] = (offering, scaled);
                }
            }
        }

        var providers = best.SelectMany(b => b.Keys).Distinct().Order().ToArray();
        var cover = providers.ToDictionary(p => p, p => Enumerable.Range(0, coverable.Length).Where(i => best[i].ContainsKey(p)).Aggregate(0, (m, i) => m | (1 << i)));
        var full = (1 << coverable.Length) - 1;
        var providersByNeed = best.Select(b => b.Keys.Order().ToArray()).ToArray();

        // f[mask]: fewest providers, then highest score, for covering exactly mask; choice records the last group.
        var count = new int[full + 1];
        var scores = new long[full + 1];
        var choiceProvider = new int[full + 1];
        var choiceGroup = new int[full + 1];
        Array.Fill(count, int.MaxValue);
        count[0] = 0;
        for (var mask = 1; mask <= full; mask++)
        {
            var lowest = BitOperations.TrailingZeroCount(mask);
            foreach (var provider in providersByNeed[lowest])
            {
                var available = cover[provider] & mask;

                // Every group of this provider's needs inside mask that contains the lowest need.
                var rest = available & ~(1 << lowest);
                for (var sub = rest; ; sub = (sub - 1) & rest)
                {
                    var group = sub | (1 << lowest);
                    var before = mask & ~group;
                    if (count[before] != int.MaxValue)
                    {
                        var candidateCount = count[before] + 1;
                        var candidateScore = scores[before] + GroupScore(best, provider, group);
                        if (candidateCount < count[mask] || (candidateCount == count[mask] && candidateScore > scores[mask]))
                        {
                            count[mask] = candidateCount;
                            scores[mask] = candidateScore;
                            choiceProvider[mask] = provider;
                            choiceGroup[mask] = group;
                        }
                    }

                    if (sub == 0)
                    {
                        break;
                    }
                }
            }
        }

        var assignment = new (int Offering, long Score)[coverable.Length];
        for (var mask = full; mask != 0; mask &= ~choiceGroup[mask])
        {
            var group = choiceGroup[mask];
            for (var bits = group; bits != 0; bits &= bits - 1)
            {
                var i = BitOperations.TrailingZeroCount(bits);
                assignment[i] = best[i][choiceProvider[mask]];
            }
        }

        var referrals = coverable
            .Select((need, i) => (Need: client.Needs[need], Index: need, Offering: assignment[i].Offering, Score: assignment[i].Score))
            .OrderBy(x => x.Need.Urgency == NeedUrgency.Immediate ? 0 : 1)
            .ThenBy(x => x.Index)
            .Select(x => new PlannedReferral(x.Need.Need, x.Need.Urgency, matcher.ProviderOf(x.Offering).Id, matcher.ProviderOf(x.Offering).Name, matcher.OfferingAt(x.Offering).Id, x.Score / 1000.0))
            .ToImmutableArray();
        var uncovered = Enumerable.Range(0, client.Needs.Length).Where(n => eligible[n].Count == 0).Select(n => client.Needs[n]).ToImmutableArray();
        var providerCount = referrals.Select(r => r.ProviderId).Distinct().Count();
        var total = scores[full] / 1000.0;
        var explanation = FormattableString.Invariant($"{referrals.Length} need(s) covered by {providerCount} provider(s) (the fewest possible), total score {total:0.###}") +
            (uncovered.IsEmpty ? "." : $"; no eligible provider for {string.Join(", ", uncovered.Select(u => u.Need.Code))}.");
        return new ReferralPlan(referrals, uncovered, providerCount, total, explanation);
    }

    /// <summary>Keeps, for each immediate need, only the candidates in the best urgency tier available to it.</summary>
    internal static List<(int Offering, double Score)>[] UrgencyFirst(ClientProfile client, List<(int Offering, double Score, UrgencyTier? Tier)>[] eligible)
    {
        var result = new List<(int Offering, double Score)>[eligible.Length];
        for (var n = 0; n < eligible.Length; n++)
        {
            var list = eligible[n];
            if (client.Needs[n].Urgency == NeedUrgency.Immediate && list.Count > 0)
            {
                var best = list.Min(e => e.Tier ?? UrgencyTier.Closed);
                result[n] = [.. list.Where(e => (e.Tier ?? UrgencyTier.Closed) == best).Select(e => (e.Offering, e.Score))];
            }
            else
            {
                result[n] = [.. list.Select(e => (e.Offering, e.Score))];
            }
        }

        return result;
    }

    internal static long Scale(double score) => (long)Math.Round(score * 1000, MidpointRounding.AwayFromZero);

    private static long GroupScore(Dictionary<int, (int Offering, long Score)>[] best, int provider, int group)
    {
        long total = 0;
        for (var bits = group; bits != 0; bits &= bits - 1)
        {
            total += best[BitOperations.TrailingZeroCount(bits)][provider].Score;
        }

        return total;
    }
}
