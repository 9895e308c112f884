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
/// (in hundredths). Among optimal allocations the result depends only on the set of requests, never on their order: needs
/// with identical options share their places in order of case reference, earlier cases taking the better-scored
/// offerings.</para>
/// <para><b>Method (exact).</b> A min-cost flow on a transportation network. Needs with the same urgency, the same
/// eligible offerings and the same scores are one <i>group</i> with a multiplicity, so a thousand identical requests are
/// one node, not a thousand. Each group's units go to eligible offerings (cost: minus the lexicographic value of meeting
/// the need there) or stay unassigned (cost 0); offerings have their places as capacity. Costs are exact 128-bit integers
/// that encode the lexicographic objective, so there is no rounding and no overflow below a hundred million needs.</para>
/// <para>The solver starts with every need unassigned, which is optimal when no offering has a place, and then opens the
/// offerings' places one offering at a time. Opening places at an offering can only create improving cycles through
/// that offering, and the cheapest such cycle is a shortest path (Dijkstra on reduced costs, with node potentials) from
/// the offering back to the "unassigned" node; the solver pushes as many units round the cycle as it allows (not one at a
/// time) and repeats until no improving cycle is left or the places are used. Each step keeps every reduced cost
/// non-negative, so the flow stays optimal for the places opened so far, and is optimal when all are open. The number of
/// shortest-path searches follows the number of places and distinct groups, not the number of requests, and each search
/// starts from a single offering; that removes the quadratic behaviour of adding needs one unit at a time. Written here
/// rather than taken from a package: the registry has no maintained .NET min-cost-flow library, and the core stays
/// NodaTime-only.</para>
/// </remarks>
public static partial class BatchAllocator
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
    /// <exception cref="ArgumentException">A request is null, a case reference repeats, or the batch has more than about 10^8 needs (beyond exact 128-bit costs).</exception>
    public static AllocationResult Allocate(ReferralMatcher matcher, IEnumerable<AllocationRequest> requests, Instant at)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(requests);
        var problem = Problem.Build(matcher, requests, at, sortByCase: true);
        var flow = new GroupedFlow(problem);
        if (flow.TooLarge)
        {
            throw new ArgumentException($"A batch of {problem.Needs.Length} needs is too large for exact 128-bit costs.", nameof(requests));
        }

        var assigned = flow.Solve();
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
            foreach (var (offering, _) in problem.Needs[n].Edges)
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

    /// <summary>One need of one client: its eligible offerings with places, best first, with scores in hundredths.</summary>
    private sealed record NeedNode(int Request, int NeedIndex, bool Immediate, (int Offering, long Score)[] Edges, int EligibleCount);

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

            var needs = new List<NeedNode>();
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
                    needs.Add(new NeedNode(r, n, client.Needs[n].Urgency == NeedUrgency.Immediate, [.. edges.Where(e => capacity[e.Offering] > 0)], edges.Length));
                }
            }

            return new Problem(matcher, ordered, [.. needs], capacity);
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
}
