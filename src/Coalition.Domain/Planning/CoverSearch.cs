using System.Numerics;
using NodaTime;

namespace Coalition.Domain.Planning;

/// <summary>
/// The exact weighted set-cover search behind <see cref="ReferralPlanner"/>: fewest providers, then highest total score,
/// then the first sorted provider list. See the remarks on <see cref="ReferralPlanner"/> for the algorithm and why it is
/// exact.
/// </summary>
internal sealed class CoverSearch
{
    private const int ClockInterval = 256;

    private readonly int needCount;
    private readonly ulong full;
    private readonly int providerCount;
    private readonly ulong[] cover;
    private readonly long[] shifted;
    private readonly (int Offering, long Score)[] choices;
    private readonly int[][] needsOf;
    private readonly int[][] candidatesOf;
    private readonly int[] needOrder;
    private readonly long shift;

    private readonly bool[] excluded;
    private readonly long[] current;
    private readonly int[] chosen;
    private readonly int[] marks;
    private readonly long[] topGains;
    private readonly int[][] branchBuffers;
    private readonly long[][] branchKeys;
    private readonly long[][] savedScores;
    private readonly int[] sortScratch;
    private int markStamp;
    private int depth;

    private readonly long? maxOperations;
    private readonly Duration? maxTime;
    private readonly IClock? clock;
    private Instant started;
    private long operations;
    private bool aborted;

    private int bestCount;
    private long bestScore;
    private int[] bestSet = [];

    /// <summary>Prepares the search.</summary>
    /// <param name="needCount">The number of coverable needs (at most 64).</param>
    /// <param name="options">Each provider's best offering per need: provider index, need, offering, score in thousandths.</param>
    /// <param name="budget">The optional budget.</param>
    internal CoverSearch(int needCount, IReadOnlyList<(int Provider, int Need, int Offering, long Score)> options, PlanBudget? budget)
    {
        this.needCount = needCount;
        full = needCount == 64 ? ulong.MaxValue : (1UL << needCount) - 1;
        maxOperations = budget?.MaxOperations;
        maxTime = budget?.MaxTime;
        clock = budget?.Clock;

        // Local provider numbers follow the matcher's provider index, which follows provider id.
        var all = options.Select(o => o.Provider).Distinct().Order().ToArray();
        var local = new Dictionary<int, int>(all.Length);
        for (var p = 0; p < all.Length; p++)
        {
            local[all[p]] = p;
        }

        shift = options.Count == 0 ? 0 : 1 - options.Min(o => o.Score);
        var allCover = new ulong[all.Length];
        var allShifted = new long[all.Length * needCount];
        var allChoices = new (int, long)[all.Length * needCount];
        foreach (var (provider, need, offering, score) in options)
        {
            var p = local[provider];
            allCover[p] |= 1UL << need;
            allShifted[(p * needCount) + need] = score + shift;
            allChoices[(p * needCount) + need] = (offering, score);
        }

        var keep = RemoveDominated(all.Length, allCover, allShifted);
        providerCount = keep.Length;
        cover = new ulong[providerCount];
        shifted = new long[providerCount * needCount];
        choices = new (int, long)[providerCount * needCount];
        needsOf = new int[providerCount][];
        for (var p = 0; p < providerCount; p++)
        {
            var from = keep[p];
            cover[p] = allCover[from];
            Array.Copy(allShifted, from * needCount, shifted, p * needCount, needCount);
            Array.Copy(allChoices, from * needCount, choices, p * needCount, needCount);
            needsOf[p] = Bits(cover[p]);
        }

        candidatesOf = new int[needCount][];
        for (var i = 0; i < needCount; i++)
        {
            candidatesOf[i] = [.. Enumerable.Range(0, providerCount).Where(p => (cover[p] & (1UL << i)) != 0)];
        }

        needOrder = [.. Enumerable.Range(0, needCount).OrderBy(i => candidatesOf[i].Length).ThenBy(i => i)];
        excluded = new bool[providerCount];
        current = new long[needCount];
        chosen = new int[needCount + 1];
        marks = new int[providerCount];
        topGains = new long[needCount + 1];
        branchBuffers = new int[needCount + 1][];
        branchKeys = new long[needCount + 1][];
        savedScores = new long[needCount + 1][];
        sortScratch = new int[needCount + 1];
    }

    /// <summary>Runs the search.</summary>
    /// <returns>The chosen offering and score per need, the total score, and what is proven.</returns>
    internal Outcome Run()
    {
        if (needCount == 0)
        {
            return new Outcome([], 0, true, 0, 0);
        }

        started = clock?.GetCurrentInstant() ?? default;
        Greedy();
        Search(0, 0);
        var proven = !aborted;
        var minProviders = bestCount;
        long maxScore = bestScore;
        if (!proven)
        {
            // Root bounds; the search has restored its state on the way out.
            minProviders = Math.Min(bestCount, LowerBound(0, out _));
            maxScore = ScoreBound(bestCount);
        }

        var assignment = new (int Offering, long Score)[needCount];
        for (var i = 0; i < needCount; i++)
        {
            var pick = -1;
            foreach (var p in bestSet)
            {
                if ((cover[p] & (1UL << i)) != 0 && (pick < 0 || shifted[(p * needCount) + i] > shifted[(pick * needCount) + i]))
                {
                    pick = p;
                }
            }

            assignment[i] = choices[(pick * needCount) + i];
        }

        return new Outcome(assignment, assignment.Sum(a => a.Score), proven, minProviders, maxScore - (shift * needCount));
    }

    private static int[] Bits(ulong mask)
    {
        var result = new int[BitOperations.PopCount(mask)];
        for (var (bits, k) = (mask, 0); bits != 0; bits &= bits - 1, k++)
        {
            result[k] = BitOperations.TrailingZeroCount(bits);
        }

        return result;
    }

    /// <summary>Keeps the providers no other provider dominates (see the remarks on <see cref="ReferralPlanner"/>).</summary>
    private int[] RemoveDominated(int count, ulong[] allCover, long[] allShifted)
    {
        var byNeed = new List<int>[needCount];
        for (var i = 0; i < needCount; i++)
        {
            byNeed[i] = [];
        }

        for (var p = 0; p < count; p++)
        {
            byNeed[BitOperations.TrailingZeroCount(allCover[p])].Add(p);
        }

        // Only providers that also meet p's lowest need can dominate p; index them by every need they meet.
        var meeting = new List<int>[needCount];
        for (var i = 0; i < needCount; i++)
        {
            meeting[i] = [];
        }

        for (var p = 0; p < count; p++)
        {
            for (var bits = allCover[p]; bits != 0; bits &= bits - 1)
            {
                meeting[BitOperations.TrailingZeroCount(bits)].Add(p);
            }
        }

        var keep = new List<int>(count);
        for (var p = 0; p < count; p++)
        {
            var dominated = false;
            foreach (var q in meeting[BitOperations.TrailingZeroCount(allCover[p])])
            {
                if (q == p || (allCover[p] & ~allCover[q]) != 0)
                {
                    continue;
                }

                bool atLeast = true, strict = true;
                for (var bits = allCover[p]; bits != 0 && atLeast; bits &= bits - 1)
                {
                    var i = BitOperations.TrailingZeroCount(bits);
                    var sq = allShifted[(q * needCount) + i];
                    var sp = allShifted[(p * needCount) + i];
                    atLeast = sq >= sp;
                    strict &= sq > sp;
                }

                if (atLeast && (q < p || strict))
                {
                    dominated = true;
                    break;
                }
            }

            if (!dominated)
            {
                keep.Add(p);
            }
        }

        return [.. keep];
    }

    /// <summary>The greedy incumbent: most new needs, then most score gained, then first by id.</summary>
    private void Greedy()
    {
        ulong covered = 0;
        var set = new List<int>();
        var best = new long[needCount];
        while (covered != full)
        {
            var pick = -1;
            var pickNew = -1;
            long pickGain = -1;
            for (var p = 0; p < providerCount; p++)
            {
                var fresh = BitOperations.PopCount(cover[p] & ~covered);
                if (fresh == 0 || fresh < pickNew)
                {
                    continue;
                }

                long gain = 0;
                foreach (var i in needsOf[p])
                {
                    gain += Math.Max(0, shifted[(p * needCount) + i] - best[i]);
                }

                if (fresh > pickNew || gain > pickGain)
                {
                    (pick, pickNew, pickGain) = (p, fresh, gain);
                }
            }

            set.Add(pick);
            covered |= cover[pick];
            foreach (var i in needsOf[pick])
            {
                best[i] = Math.Max(best[i], shifted[(pick * needCount) + i]);
            }
        }

        bestCount = set.Count;
        bestScore = best.Sum();
        bestSet = [.. set.Order()];
    }

    private void Search(ulong covered, long score)
    {
        if (aborted || OutOfBudget())
        {
            return;
        }

        if (covered == full)
        {
            Consider(score);
            return;
        }

        var lower = LowerBound(covered, out var branchNeed);
        if (lower == int.MaxValue || depth + lower > bestCount)
        {
            return;
        }

        if (depth + lower == bestCount && score + ScoreBound(bestCount - depth) < bestScore)
        {
            return;
        }

        // Candidates of the branching need, most new needs first, then most score gained, then first by id.
        var candidates = branchBuffers[depth] ??= new int[providerCount];
        var keys = branchKeys[depth] ??= new long[providerCount];
        var count = 0;
        foreach (var p in candidatesOf[branchNeed])
        {
            if (!excluded[p])
            {
                long gain = 0;
                foreach (var i in needsOf[p])
                {
                    gain += Math.Max(0, shifted[(p * needCount) + i] - current[i]);
                }

                candidates[count] = p;
                keys[count++] = -((BitOperations.PopCount(cover[p] & ~covered) * (1L << 56)) + gain);
            }
        }

        Array.Sort(keys, candidates, 0, count);
        var saved = savedScores[depth] ??= new long[needCount];
        for (var k = 0; k < count && !aborted; k++)
        {
            var p = candidates[k];
            Array.Copy(current, saved, needCount);
            long gained = 0;
            foreach (var i in needsOf[p])
            {
                var s = shifted[(p * needCount) + i];
                if (s > current[i])
                {
                    gained += s - current[i];
                    current[i] = s;
                }
            }

            chosen[depth++] = p;
            Search(covered | cover[p], score + gained);
            depth--;
            Array.Copy(saved, current, needCount);
            excluded[p] = true;
        }

        for (var k = 0; k < count; k++)
        {
            excluded[candidates[k]] = false;
        }

    }

    private bool OutOfBudget()
    {
        operations++;
        if (operations > maxOperations)
        {
            aborted = true;
        }
        else if (clock is not null && operations % ClockInterval == 0 && clock.GetCurrentInstant() - started > maxTime!.Value)
        {
            aborted = true;
        }

        return aborted;
    }

    private void Consider(long score)
    {
        if (depth > bestCount || (depth == bestCount && score < bestScore))
        {
            return;
        }

        var set = sortScratch.AsSpan(0, depth);
        chosen.AsSpan(0, depth).CopyTo(set);
        set.Sort();
        if (depth == bestCount && score == bestScore && set.SequenceCompareTo(bestSet) >= 0)
        {
            return;
        }

        bestCount = depth;
        bestScore = score;
        bestSet = set.ToArray();
    }

    /// <summary>
    /// A lower bound on the providers still needed: uncovered needs whose remaining candidate sets are pairwise disjoint
    /// each need their own provider. Also picks the uncovered need with the fewest remaining candidates.
    /// </summary>
    /// <returns>The bound, or <see cref="int.MaxValue"/> when an uncovered need has no candidate left.</returns>
    private int LowerBound(ulong covered, out int branchNeed)
    {
        branchNeed = -1;
        var fewest = int.MaxValue;
        var bound = 0;
        markStamp++;
        foreach (var i in needOrder)
        {
            if ((covered & (1UL << i)) != 0)
            {
                continue;
            }

            var remaining = 0;
            var disjoint = true;
            foreach (var p in candidatesOf[i])
            {
                if (!excluded[p])
                {
                    remaining++;
                    disjoint &= marks[p] != markStamp;
                }
            }

            if (remaining == 0)
            {
                return int.MaxValue;
            }

            if (remaining < fewest)
            {
                (fewest, branchNeed) = (remaining, i);
            }

            if (disjoint)
            {
                bound++;
                foreach (var p in candidatesOf[i])
                {
                    marks[p] = markStamp;
                }
            }
        }

        return Math.Max(bound, 1);
    }

    /// <summary>
    /// An upper bound on the score that <paramref name="more"/> more providers can add: the smaller of every need at its
    /// best remaining score, and the sum of the <paramref name="more"/> largest marginal gains.
    /// </summary>
    private long ScoreBound(int more)
    {
        Span<long> bestRemaining = stackalloc long[needCount];
        bestRemaining.Clear();
        var top = topGains.AsSpan(0, Math.Max(0, more));
        top.Clear();
        for (var p = 0; p < providerCount; p++)
        {
            if (excluded[p])
            {
                continue;
            }

            long gain = 0;
            foreach (var i in needsOf[p])
            {
                var s = shifted[(p * needCount) + i];
                if (s > current[i])
                {
                    gain += s - current[i];
                    bestRemaining[i] = Math.Max(bestRemaining[i], s - current[i]);
                }
            }

            // Keep the largest gains, smallest last.
            for (var k = 0; k < top.Length && gain > 0; k++)
            {
                if (gain > top[k])
                {
                    (top[k], gain) = (gain, top[k]);
                }
            }
        }

        long byGains = 0, byNeeds = 0;
        foreach (var g in top)
        {
            byGains += g;
        }

        foreach (var b in bestRemaining)
        {
            byNeeds += b;
        }

        return Math.Min(byGains, byNeeds);
    }

    /// <summary>The result of a search.</summary>
    internal readonly record struct Outcome((int Offering, long Score)[] Assignment, long Score, bool Proven, int MinProviders, long MaxScore);
}
