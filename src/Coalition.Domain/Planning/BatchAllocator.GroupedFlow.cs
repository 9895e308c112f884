namespace Coalition.Domain.Planning;

/// <content>The exact solver behind <see cref="Allocate"/>: see the remarks on <see cref="BatchAllocator"/>.</content>
public static partial class BatchAllocator
{
    /// <summary>
    /// Min-cost flow on groups of identical needs, opening each offering's places in turn and cancelling the cheapest
    /// improving cycle through it (a reverse Dijkstra on reduced costs) until none is left.
    /// </summary>
    private sealed class GroupedFlow
    {
        private readonly Problem problem;
        private readonly int offerings;
        private readonly int groups;
        private readonly int sink;
        private readonly int[] groupOf;
        private readonly int[][] members;
        private readonly int[] multiplicity;
        private readonly int[] bypass;
        private readonly int[] edgeStart;
        private readonly int[] edgeOffering;
        private readonly Int128[] edgeCost;
        private readonly int[] edgeFlow;
        private readonly int[] edgeGroup;
        private readonly int[] incomingStart;
        private readonly int[] incomingEdge;
        private readonly int[] load;
        private readonly Int128[] potential;
        private readonly Int128[] distance;
        private readonly int[] stamp;
        private readonly bool[] done;
        private readonly int[] nextNode;
        private readonly int[] nextEdge;
        private readonly List<int> settled = [];
        private readonly PriorityQueue<int, Int128> queue = new();
        private int round;

        internal GroupedFlow(Problem problem)
        {
            this.problem = problem;
            offerings = problem.Capacity.Length;

            // Group identical needs; groups and their members follow case order, so the result is order-independent.
            var index = new Dictionary<NeedNode, int>(NeedNodeComparer.Instance);
            groupOf = new int[problem.Needs.Length];
            var memberLists = new List<List<int>>();
            for (var n = 0; n < problem.Needs.Length; n++)
            {
                if (problem.Needs[n].Edges.Length == 0)
                {
                    groupOf[n] = -1;
                    continue;
                }

                if (!index.TryGetValue(problem.Needs[n], out var g))
                {
                    g = memberLists.Count;
                    index.Add(problem.Needs[n], g);
                    memberLists.Add([]);
                }

                groupOf[n] = g;
                memberLists[g].Add(n);
            }

            groups = memberLists.Count;
            sink = offerings + groups;
            members = [.. memberLists.Select(m => m.ToArray())];
            multiplicity = [.. members.Select(m => m.Length)];
            bypass = [.. multiplicity];
            var representatives = members.Select(m => problem.Needs[m[0]]).ToArray();

            // Exact lexicographic values: immediate needs, then needs met, then score (shifted to be non-negative).
            var scores = representatives.SelectMany(r => r.Edges).Select(e => e.Score).DefaultIfEmpty(0).ToArray();
            var scoreShift = Math.Max(0, -scores.Min());
            var maxScore = (Int128)Math.Max(1, scores.Max() + scoreShift);
            var total = (Int128)Math.Max(1, multiplicity.Sum(m => (long)m));
            var met = (total * maxScore) + 1;
            var immediate = (total * (met + maxScore)) + 1;
            // Path lengths stay below (nodes) x (largest cost); Int128 holds 1.7e38. Unreachable below ~10^8 needs.
            TooLarge = (double)(immediate + met + maxScore) * 4 * (sink + 1) > 1e37;

            edgeStart = new int[groups + 1];
            for (var g = 0; g < groups; g++)
            {
                edgeStart[g + 1] = edgeStart[g] + representatives[g].Edges.Length;
            }

            var edgeCount = edgeStart[groups];
            edgeOffering = new int[edgeCount];
            edgeCost = new Int128[edgeCount];
            edgeFlow = new int[edgeCount];
            edgeGroup = new int[edgeCount];
            var incomingCount = new int[offerings + 1];
            for (var g = 0; g < groups; g++)
            {
                var node = representatives[g];
                for (var k = 0; k < node.Edges.Length; k++)
                {
                    var e = edgeStart[g] + k;
                    edgeOffering[e] = node.Edges[k].Offering;
                    edgeCost[e] = -((node.Immediate ? immediate : 0) + met + node.Edges[k].Score + scoreShift);
                    edgeGroup[e] = g;
                    incomingCount[node.Edges[k].Offering + 1]++;
                }
            }

            incomingStart = new int[offerings + 1];
            for (var o = 0; o < offerings; o++)
            {
                incomingStart[o + 1] = incomingStart[o] + incomingCount[o + 1];
            }

            incomingEdge = new int[edgeCount];
            var fill = incomingStart[..offerings];
            for (var e = 0; e < edgeCount; e++)
            {
                incomingEdge[fill[edgeOffering[e]]++] = e;
            }

            load = new int[offerings];
            potential = new Int128[sink + 1];
            distance = new Int128[sink + 1];
            stamp = new int[sink + 1];
            done = new bool[sink + 1];
            nextNode = new int[sink + 1];
            nextEdge = new int[sink + 1];

            // With no places open every need is unassigned; these potentials make every reduced cost non-negative.
            for (var o = 0; o < offerings; o++)
            {
                for (var k = incomingStart[o]; k < incomingStart[o + 1]; k++)
                {
                    potential[o] = Int128.Min(potential[o], edgeCost[incomingEdge[k]]);
                }
            }
        }

        /// <summary>Gets a value indicating whether the batch is too large for exact 128-bit costs (about 10^8 needs).</summary>
        internal bool TooLarge { get; }

        internal int[] Solve()
        {
            for (var o = 0; o < offerings; o++)
            {
                if (incomingStart[o + 1] == incomingStart[o] || problem.Capacity[o] <= 0)
                {
                    continue;
                }

                // Unlimited places: no more than every eligible need can use.
                long demand = 0;
                for (var k = incomingStart[o]; k < incomingStart[o + 1]; k++)
                {
                    demand += multiplicity[edgeGroup[incomingEdge[k]]];
                }

                var remaining = (int)Math.Min(problem.Capacity[o], demand);
                while (remaining > 0)
                {
                    var pushed = CancelCheapestCycle(o, remaining);
                    if (pushed == 0)
                    {
                        break;
                    }

                    remaining -= pushed;
                }
            }

            CheckInvariant();
            return Distribute();
        }

        /// <summary>
        /// Finds the cheapest cycle "unassigned → … → <paramref name="start"/> → unassigned" and, if it improves the
        /// objective, pushes as many units round it as it allows, at most <paramref name="limit"/>.
        /// </summary>
        /// <returns>The units pushed: 0 when no improving cycle is left.</returns>
        private int CancelCheapestCycle(int start, int limit)
        {
            round++;
            settled.Clear();
            queue.Clear();
            Reach(start, 0, -1, -1);
            var reachedSink = false;
            while (queue.TryDequeue(out var node, out var d))
            {
                if (done[node])
                {
                    continue;
                }

                done[node] = true;
                settled.Add(node);
                if (node == sink)
                {
                    reachedSink = true;
                    break;
                }

                if (node < offerings)
                {
                    // Into an offering: any group eligible for it (forward edge); from "unassigned" if it holds units.
                    for (var k = incomingStart[node]; k < incomingStart[node + 1]; k++)
                    {
                        var e = incomingEdge[k];
                        var g = offerings + edgeGroup[e];
                        Reach(g, d + edgeCost[e] + potential[g] - potential[node], node, e);
                    }

                    // Includes the offering being opened: giving back one of its own places is the trivial cycle of cost 0,
                    // which keeps the potentials consistent with its places being both used and free.
                    if (load[node] > 0)
                    {
                        Reach(sink, d + potential[sink] - potential[node], node, -1);
                    }
                }
                else
                {
                    // Into a group: from "unassigned" if some of its units are; from an offering that holds some (backward edge).
                    var g = node - offerings;
                    if (bypass[g] > 0)
                    {
                        Reach(sink, d + potential[sink] - potential[node], node, -1);
                    }

                    for (var e = edgeStart[g]; e < edgeStart[g + 1]; e++)
                    {
                        if (edgeFlow[e] > 0)
                        {
                            var o = edgeOffering[e];
                            Reach(o, d - edgeCost[e] + potential[o] - potential[node], node, e);
                        }
                    }
                }
            }

            if (!reachedSink)
            {
                // Nothing outside the explored set can reach the offering, so raising the whole set's potentials by
                // one amount keeps every reduced cost non-negative, and makes the offering's unused places (an edge to
                // "unassigned" of cost 0) non-negative too.
                var raise = Int128.Max(0, potential[sink] - potential[start]);
                foreach (var node in settled)
                {
                    potential[node] += raise;
                }

                return 0;
            }

            // The cycle's true cost: the path's reduced length corrected by the potentials at its two ends.
            var bound = distance[sink];
            var cycle = bound - potential[sink] + potential[start];

            // Keep every reduced cost non-negative: nodes settled before the sink move up by how much closer they were.
            // This also makes the offering's unused places non-negative when no improving cycle is left.
            foreach (var node in settled)
            {
                if (distance[node] < bound)
                {
                    potential[node] += bound - distance[node];
                }
            }

            if (cycle >= 0)
            {
                return 0;
            }

            var amount = limit;
            for (var node = sink; node != start; node = nextNode[node])
            {
                amount = Math.Min(amount, Capacity(node, nextNode[node]));
            }

            for (var node = sink; node != start; node = nextNode[node])
            {
                Push(node, nextNode[node], amount);
            }

            load[start] += amount;
            return amount;
        }

        private void Reach(int node, Int128 d, int next, int edge)
        {
            if (stamp[node] != round)
            {
                stamp[node] = round;
                done[node] = false;
            }
            else if (done[node] || d >= distance[node])
            {
                return;
            }

            distance[node] = d;
            nextNode[node] = next;
            nextEdge[node] = edge;
            queue.Enqueue(node, d);
        }

        /// <summary>The residual capacity of the path's step from <paramref name="from"/> to <paramref name="to"/>.</summary>
        private int Capacity(int from, int to) =>
            from == sink ? (to < offerings ? load[to] : bypass[to - offerings])
            : from < offerings ? edgeFlow[nextEdge[from]]
            : int.MaxValue;

        /// <summary>Applies one step of the cycle: the path runs from "unassigned" to the offering being opened.</summary>
        private void Push(int from, int to, int amount)
        {
            if (from == sink)
            {
                // Units leave "unassigned", or an offering gives up a place it held.
                if (to < offerings)
                {
                    load[to] -= amount;
                }
                else
                {
                    bypass[to - offerings] -= amount;
                }
            }
            else if (from < offerings)
            {
                // An offering hands back units of the next group (backward edge).
                edgeFlow[nextEdge[from]] -= amount;
            }
            else
            {
                // A group's units move to the next offering (forward edge).
                edgeFlow[nextEdge[from]] += amount;
            }
        }

        /// <summary>Debug builds check the optimality certificate: every residual edge has a non-negative reduced cost.</summary>
        [System.Diagnostics.Conditional("DEBUG")]
        private void CheckInvariant()
        {
            for (var e = 0; e < edgeCost.Length; e++)
            {
                var g = offerings + edgeGroup[e];
                var o = edgeOffering[e];
                System.Diagnostics.Debug.Assert(edgeCost[e] + potential[g] - potential[o] >= 0, "forward edge");
                if (edgeFlow[e] > 0)
                {
                    System.Diagnostics.Debug.Assert(-edgeCost[e] + potential[o] - potential[g] >= 0, "backward edge");
                }
            }

            for (var g = 0; g < groups; g++)
            {
                if (bypass[g] > 0)
                {
                    System.Diagnostics.Debug.Assert(potential[sink] - potential[offerings + g] >= 0, "unassigned to group");
                }

                System.Diagnostics.Debug.Assert(potential[offerings + g] - potential[sink] >= 0, "group to unassigned");
            }

            for (var o = 0; o < offerings; o++)
            {
                if (load[o] > 0)
                {
                    System.Diagnostics.Debug.Assert(potential[sink] - potential[o] >= 0, "unassigned to offering");
                }
            }
        }

        /// <summary>Hands each group's flows to its needs in case order, best-scored offering first.</summary>
        private int[] Distribute()
        {
            var assigned = new int[problem.Needs.Length];
            Array.Fill(assigned, -1);
            for (var g = 0; g < groups; g++)
            {
                var next = 0;
                for (var e = edgeStart[g]; e < edgeStart[g + 1]; e++)
                {
                    for (var k = 0; k < edgeFlow[e]; k++)
                    {
                        assigned[members[g][next++]] = edgeOffering[e];
                    }
                }
            }

            return assigned;
        }
    }

    /// <summary>Needs are identical for allocation when urgency, options and scores are.</summary>
    private sealed class NeedNodeComparer : IEqualityComparer<NeedNode>
    {
        internal static readonly NeedNodeComparer Instance = new();

        public bool Equals(NeedNode? x, NeedNode? y) =>
            x is not null && y is not null && x.Immediate == y.Immediate && x.Edges.AsSpan().SequenceEqual(y.Edges);

        public int GetHashCode(NeedNode obj)
        {
            var hash = new HashCode();
            hash.Add(obj.Immediate);
            foreach (var (offering, score) in obj.Edges)
            {
                hash.Add(offering);
                hash.Add(score);
            }

            return hash.ToHashCode();
        }
    }
}
