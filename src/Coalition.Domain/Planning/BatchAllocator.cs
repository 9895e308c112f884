using System.Collections.Immutable;
using System.Globalization;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Planning;

/// <summary>
/// Allocates scarce places among many clients at once, for example after an operation that identifies several survivors:
/// <see cref="Allocate"/> is optimal, <see cref="AllocateFirstComeFirstServed"/> is the greedy baseline.
/// </summary>
/// <remarks>
/// <para><b>Places.</b> Each referral of one need to one offering uses one place. An offering has
/// <see cref="Capacity.Available"/> places when it reports a count; no limit when it reports
/// <see cref="CapacityStatus.Available"/> without a count or reports nothing; and no place when it has a waitlist or no
/// capacity. Eligibility is the matcher's: every assignment passes its hard rules.</para>
/// <para><b>Objective</b>, in order: the most immediate needs met, then the most needs met, then the highest total score
/// (in hundredths). Ties keep the assignment found first when needs are processed by case reference.</para>
/// <para><b>Method (exact).</b> A min-cost flow: each need is a unit of supply; it flows to an eligible offering (cost: minus
/// its lexicographic value) or to an "unassigned" sink (cost 0); offerings have their places as capacity. Needs are added
/// one at a time, each by a shortest augmenting path (Dijkstra on reduced costs, node potentials kept non-negative,
/// stopping at the first offering with a free place or the sink). Successive shortest paths keep the flow at minimum
/// cost, so the final allocation is optimal whatever the order. Written here rather than taken from a package: the
/// registry has no maintained .NET min-cost-flow library, and this one is about a hundred lines.</para>
/// </remarks>
public static class BatchAllocator
{
    /// <summary>The method name reported by <see cref="Allocate"/>.</summary>
    public const string Optimal = "optimal";

    /// <summary>The method name reported by <see cref="AllocateFirstComeFirstServed"/>.</summary>
    public const string FirstComeFirstServed = "first-come-first-served";

    private const int Unlimited = int.MaxValue;

    /// <summary>Allocates optimally.</summary>
    /// <param name="matcher">The compiled network (with any capacity updates) and policy.</param>
    /// <param name="requests">The clients, with unique case references; their order does not change the optimal value.</param>
    /// <param name="at">The instant of the allocation.</param>
    /// <returns>The allocation, with every assignment and every unallocated need explained.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A request is null or a case reference repeats.</exception>
    public static AllocationResult Allocate(ReferralMatcher matcher, IEnumerable<AllocationRequest> requests, Instant at)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(requests);
        var problem = Problem.Build(matcher, requests, at, sortByCase: true);
        var assigned = new MinCostFlow(problem).Solve();
        return problem.Result(Optimal, assigned);
    }

    /// <summary>Allocates first come, first served: clients in the order given, each need to its best eligible offering with a free place.</summary>
    /// <param name="matcher">The compiled network and policy.</param>
    /// <param name="requests">The clients, in order of arrival, with unique case references.</param>
    /// <param name="at">The instant of the allocation.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A request is null or a case reference repeats.</exception>
    public static AllocationResult AllocateFirstComeFirstServed(ReferralMatcher matcher, IEnumerable<AllocationRequest> requests, Instant at)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(requests);
        var problem = Problem.Build(matcher, requests, at, sortByCase: false);
        var load = new int[problem.Capacity.Length];
        var assigned = new int[problem.Needs.Length];
        for (var n = 0; n < problem.Needs.Length; n++)
        {
            assigned[n] = -1;
            foreach (var (offering, _, _) in problem.Needs[n].Edges)
            {
                if (load[offering] < problem.Capacity[offering])
                {
                    load[offering]++;
                    assigned[n] = offering;
                    break;
                }
            }
        }

        return problem.Result(FirstComeFirstServed, assigned);
    }

    /// <summary>Returns the places an offering has for allocation (see the remarks on <see cref="BatchAllocator"/>).</summary>
    /// <param name="capacity">The capacity report.</param>
    /// <returns>The number of places, or <see cref="int.MaxValue"/> for no limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="capacity"/> is null.</exception>
    public static int PlacesOf(Capacity capacity)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        return capacity.Status switch
        {
            CapacityStatus.Available => capacity.Available ?? Unlimited,
            CapacityStatus.Unknown => Unlimited,
            _ => 0,
        };
    }

    /// <summary>One need of one client: its eligible offerings, best first, with scaled scores and flow costs.</summary>
    private sealed record NeedNode(int Request, int NeedIndex, bool Immediate, (int Offering, long Score, long Cost)[] Edges, int EligibleCount);

    private sealed class Problem
    {
        private readonly ReferralMatcher matcher;

        private Problem(ReferralMatcher matcher, AllocationRequest[] requests, NeedNode[] needs, int[] capacity)
        {
            this.matcher = matcher;
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
                capacity[o] = PlacesOf(matcher.CapacityAt(o));
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
            return new Problem(matcher, ordered, needs, capacity);
        }

        internal AllocationResult Result(string method, int[] assigned)
        {
            var assignments = ImmutableArray.CreateBuilder<Allocation>();
            var unallocated = ImmutableArray.CreateBuilder<UnallocatedNeed>();
            int immediateRequested = 0, immediateMet = 0, met = 0;
            long totalScore = 0;
            var order = Enumerable.Range(0, Needs.Length).OrderBy(n => Requests[Needs[n].Request].CaseId, StringComparer.Ordinal).ThenBy(n => Needs[n].NeedIndex);
            foreach (var n in order)
            {
                var node = Needs[n];
                var request = Requests[node.Request];
                var need = request.Client.Needs[node.NeedIndex];
                immediateRequested += node.Immediate ? 1 : 0;
                var offering = assigned[n];
                if (offering >= 0)
                {
                    met++;
                    immediateMet += node.Immediate ? 1 : 0;
                    var rank = Array.FindIndex(node.Edges, e => e.Offering == offering);
                    var score = node.Edges[rank].Score;
                    totalScore += score;
                    var provider = matcher.ProviderOf(offering);
                    var choice = rank == 0 ? "its best eligible option" : string.Create(CultureInfo.InvariantCulture, $"option {rank + 1} of {node.Edges.Length} with places (better-scored options went to needs ranked higher)");
                    assignments.Add(new Allocation(request.CaseId, need.Need, need.Urgency, provider.Id, matcher.OfferingAt(offering).Id, score / 100.0,
                        string.Create(CultureInfo.InvariantCulture, $"{provider.Name}: {choice}, score {score / 100.0:0.##}.")));
                }
                else
                {
                    var reason = node.EligibleCount == 0 ? UnallocatedReason.NoEligibleProvider : UnallocatedReason.CapacityExhausted;
                    unallocated.Add(new UnallocatedNeed(request.CaseId, need.Need, need.Urgency, reason, reason == UnallocatedReason.NoEligibleProvider
                        ? "No offering in the network is eligible for this client and need."
                        : string.Create(CultureInfo.InvariantCulture, $"All places at the {node.EligibleCount} eligible offering(s) were used, by needs the objective ranks at least as high.")));
                }
            }

            return new AllocationResult(method, assignments.ToImmutable(), unallocated.ToImmutable(),
                new AllocationSummary(immediateRequested, immediateMet, Needs.Length, met, totalScore / 100.0));
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
