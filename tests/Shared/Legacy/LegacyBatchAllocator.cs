// The optimal allocator as it was before issue 12: successive shortest paths, one need (one unit) at a time, quadratic
// when requests compete for the same places. Kept (apart from returning only the objective) as the baseline the new
// solver is compared with, in the tests and the benchmarks. Not part of any package.
using Coalition.Domain.Internal;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using NodaTime;

namespace Coalition.Domain.Legacy;

internal static class LegacyBatchAllocator
{
    /// <summary>Returns the optimal objective: immediate needs met, needs met, total score in hundredths.</summary>
    internal static (int Immediate, int Met, long Score) Allocate(ReferralMatcher matcher, IEnumerable<AllocationRequest> requests, Instant at)
    {
        var problem = Problem.Build(matcher, requests, at, sortByCase: true);
        var assigned = new MinCostFlow(problem).Solve();
        int immediate = 0, met = 0;
        long score = 0;
        for (var n = 0; n < assigned.Length; n++)
        {
            if (assigned[n] >= 0)
            {
                met++;
                immediate += problem.Needs[n].Immediate ? 1 : 0;
                score += problem.Needs[n].Edges.First(e => e.Offering == assigned[n]).Score;
            }
        }

        return (immediate, met, score);
    }

    /// <summary>One need of one client: its eligible offerings, best first, with scaled scores and flow costs.</summary>
    private sealed record NeedNode(int Request, int NeedIndex, bool Immediate, (int Offering, long Score, long Cost)[] Edges, int EligibleCount);

    private sealed class Problem
    {
        private Problem(AllocationRequest[] requests, NeedNode[] needs, int[] capacity)
        {
            Requests = requests;
            Needs = needs;
            Capacity = capacity;
        }

        internal AllocationRequest[] Requests { get; }

        internal NeedNode[] Needs { get; }

        internal int[] Capacity { get; }

        internal static Problem Build(ReferralMatcher matcher, IEnumerable<AllocationRequest> requests, Instant at, bool sortByCase)
        {
            var list = requests.ToList();
            if (list.Any(r => r is null))
            {
                throw new ArgumentException("The requests contain a null.", nameof(requests));
            }

            var duplicate = list.GroupBy(r => r.CaseId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new ArgumentException($"Case reference {Preconditions.Quote(duplicate.Key)} appears more than once.", nameof(requests));
            }

            var ordered = sortByCase ? [.. list.OrderBy(r => r.CaseId, StringComparer.Ordinal)] : list.ToArray();
            var capacity = new int[matcher.OfferingCount];
            for (var o = 0; o < capacity.Length; o++)
            {
                capacity[o] = BatchAllocator.PlacesOf(matcher.CapacityAt(o));
            }

            var raw = new List<(int Request, int NeedIndex, bool Immediate, (int Offering, long Score)[] Edges, int Eligible)>();
            for (var r = 0; r < ordered.Length; r++)
            {
                var client = ordered[r].Client;
                var eligible = matcher.Eligible(client, at);
                for (var n = 0; n < client.Needs.Length; n++)
                {
                    var edges = eligible[n]
                        .Select(e => (e.Offering, Score: (long)Math.Round(e.Score * 100, MidpointRounding.AwayFromZero)))
                        .OrderByDescending(e => e.Score).ThenBy(e => e.Offering)
                        .ToArray();
                    raw.Add((r, n, client.Needs[n].Urgency == NeedUrgency.Immediate, [.. edges.Where(e => capacity[e.Offering] > 0)], edges.Length));
                }
            }

            // Lexicographic values as one integer: immediate needs, then needs met, then score (shifted to be non-negative).
            var count = Math.Max(1, raw.Count);
            var scoreShift = Math.Max(0, -raw.SelectMany(x => x.Edges).Select(e => e.Score).DefaultIfEmpty(0).Min());
            var maxScore = Math.Max(1, raw.SelectMany(x => x.Edges).Select(e => e.Score + scoreShift).DefaultIfEmpty(1).Max());

            var routine = (count * maxScore) + 1;
            var immediate = (count * (routine + maxScore)) + 1;
            if ((double)(immediate + routine + maxScore) * 2 * (count + 1) > long.MaxValue / 4)
            {
                throw new ArgumentException($"A batch of {raw.Count} needs is too large for exact integer costs.", nameof(requests));
            }

            var needs = raw.Select(x => new NeedNode(
                x.Request,
                x.NeedIndex,
                x.Immediate,
                [.. x.Edges.Select(e => (e.Offering, e.Score, -(routine + (x.Immediate ? immediate : 0) + e.Score + scoreShift)))],
                x.Eligible)).ToArray();
            return new Problem(ordered, needs, capacity);
        }
    }

    /// <summary>Successive shortest augmenting paths with potentials; see the remarks on <see cref="BatchAllocator"/>.</summary>
    private sealed class MinCostFlow
    {
        private readonly Problem problem;
        private readonly int needs;
        private readonly int sink;
        private readonly long[] potentialLeft;
        private readonly long[] potentialRight;
        private readonly int[] assigned;
        private readonly long[] assignedCost;
        private readonly int[] load;
        private readonly List<int>?[] holders;
        private readonly long[] distLeft;
        private readonly long[] distRight;
        private readonly int[] stampLeft;
        private readonly int[] stampRight;
        private readonly int[] parentOfRight;
        private readonly int[] parentOfLeft;
        private readonly long[] edgeCostOfRight;
        private readonly PriorityQueue<int, (long, int)> queue = new();
        private readonly List<int> settled = [];

        internal MinCostFlow(Problem problem)
        {
            this.problem = problem;
            needs = problem.Needs.Length;
            sink = problem.Capacity.Length;
            potentialLeft = new long[needs];
            potentialRight = new long[sink + 1];
            assigned = new int[needs];
            assignedCost = new long[needs];
            load = new int[sink + 1];
            holders = new List<int>?[sink + 1];
            distLeft = new long[needs];
            distRight = new long[sink + 1];
            stampLeft = new int[needs];
            stampRight = new int[sink + 1];
            parentOfRight = new int[sink + 1];
            parentOfLeft = new int[needs];
            edgeCostOfRight = new long[sink + 1];
        }

        internal int[] Solve()
        {
            for (var i = 0; i < needs; i++)
            {
                Augment(i, i + 1);
            }

            return [.. assigned.Select(r => r == sink ? -1 : r)];
        }

        private void Augment(int start, int stamp)
        {
            // A potential for the new need that makes every reduced cost out of it non-negative (the sink edge costs 0).
            var edges = problem.Needs[start].Edges;
            var potential = potentialRight[sink];
            foreach (var (offering, _, cost) in edges)
            {
                potential = Math.Max(potential, potentialRight[offering] - cost);
            }

            potentialLeft[start] = potential;
            assigned[start] = -1;
            settled.Clear();
            queue.Clear();
            distLeft[start] = 0;
            stampLeft[start] = stamp;
            parentOfLeft[start] = -1;
            queue.Enqueue(start, (0, start));
            var target = -1;
            long targetDistance = 0;
            while (queue.TryDequeue(out var node, out var key))
            {
                var (distance, _) = key;
                if (node < needs)
                {
                    if (distance > distLeft[node])
                    {
                        continue;
                    }

                    settled.Add(node);
                    var current = assigned[node];
                    foreach (var (offering, _, cost) in problem.Needs[node].Edges)
                    {
                        if (offering != current)
                        {
                            Relax(node, offering, cost, distance, stamp);
                        }
                    }

                    if (current != sink)
                    {
                        Relax(node, sink, 0, distance, stamp);
                    }
                }
                else
                {
                    var right = node - needs;
                    if (distance > distRight[right])
                    {
                        continue;
                    }

                    settled.Add(node);
                    if (right == sink || load[right] < problem.Capacity[right])
                    {
                        target = right;
                        targetDistance = distance;
                        break;
                    }

                    // Full: continue through the needs holding its places (backward residual edges).
                    foreach (var holder in holders[right]!)
                    {
                        var reduced = -assignedCost[holder] + potentialRight[right] - potentialLeft[holder];
                        var next = distance + reduced;
                        if (stampLeft[holder] != stamp || next < distLeft[holder])
                        {
                            stampLeft[holder] = stamp;
                            distLeft[holder] = next;
                            parentOfLeft[holder] = right;
                            queue.Enqueue(holder, (next, holder));
                        }
                    }
                }
            }

            // Potentials: only nodes settled closer than the target change; every reduced cost stays non-negative.
            foreach (var node in settled)
            {
                if (node < needs)
                {
                    if (distLeft[node] < targetDistance)
                    {
                        potentialLeft[node] += distLeft[node] - targetDistance;
                    }
                }
                else if (distRight[node - needs] < targetDistance)
                {
                    potentialRight[node - needs] += distRight[node - needs] - targetDistance;
                }
            }

            // Walk the path back: each need on it moves to the right node after it.
            load[target]++;
            for (var right = target; right >= 0;)
            {
                var need = parentOfRight[right];
                var previous = parentOfLeft[need];
                if (previous >= 0)
                {
                    holders[previous]!.Remove(need);
                }

                assigned[need] = right;
                assignedCost[need] = edgeCostOfRight[right];
                if (right != sink)
                {
                    (holders[right] ??= []).Add(need);
                }

                right = previous;
            }
        }

        private void Relax(int need, int right, long cost, long distance, int stamp)
        {
            var reduced = cost + potentialLeft[need] - potentialRight[right];
            var next = distance + reduced;
            if (stampRight[right] != stamp || next < distRight[right])
            {
                stampRight[right] = stamp;
                distRight[right] = next;
                parentOfRight[right] = need;
                edgeCostOfRight[right] = cost;
                queue.Enqueue(needs + right, (next, needs + right));
            }
        }
    }
}
