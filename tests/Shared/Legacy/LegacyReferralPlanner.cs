// The planner as it was before issue 12: a dynamic programme over subsets of needs, exponential in the number of needs
// one provider can meet. Kept verbatim (apart from returning only the objective) as the baseline the new planner is
// compared with, in the tests and the benchmarks. Not part of any package.
using System.Numerics;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using NodaTime;

namespace Coalition.Domain.Legacy;

internal static class LegacyReferralPlanner
{
    internal const int MaxNeeds = 20;

    /// <summary>Returns the fewest providers and, among plans with that many, the highest total score in thousandths.</summary>
    internal static (int Providers, long Score) Plan(ReferralMatcher matcher, ClientProfile client, Instant at)
    {
        var eligible = ReferralPlanner.UrgencyFirst(client, matcher.Eligible(client, at));
        var coverable = Enumerable.Range(0, client.Needs.Length).Where(n => eligible[n].Count > 0).ToArray();
        if (coverable.Length > MaxNeeds)
        {
            throw new ArgumentOutOfRangeException(nameof(client), coverable.Length, "The legacy planner handles at most 20 coverable needs.");
        }

        var best = new Dictionary<int, (int Offering, long Score)>[coverable.Length];
        for (var i = 0; i < coverable.Length; i++)
        {
            best[i] = [];
            foreach (var (offering, score) in eligible[coverable[i]])
            {
                var provider = matcher.ProviderIndexOf(offering);
                var scaled = ReferralPlanner.Scale(score);
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

        return (count[full], scores[full]);
    }

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
