using BenchmarkDotNet.Attributes;
using Coalition.Domain.Benchmarks.Referrals;
using Coalition.Domain.Legacy;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Testing;

namespace Coalition.Domain.Benchmarks.Planning;

/// <summary>
/// Issue 12's adversarial planning families (providers that each cover everything, disjoint pairs, nested coverage, random
/// coverage with 5 to 200 eligible providers per need) at sizes the old planner finishes: the old subset dynamic programme
/// is the baseline, side by side with the new branch and bound. Target: every family exact in under 50 ms.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PlannerFamilyBenchmarks
{
    private ReferralMatcher matcher = null!;
    private ClientProfile client = null!;

    public static IEnumerable<string> Families => PlannerFamilies.Names;

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = "random";

    [Params(12, 16)]
    public int Needs { get; set; } = 12;

    [GlobalSetup]
    public void Setup() => (matcher, client) = PlannerFamilies.Build(Family, Needs, seed: 1);

    [Benchmark(Baseline = true, Description = "Old planner (subset dynamic programme)")]
    public (int, long) Old() => LegacyReferralPlanner.Plan(matcher, client, NetworkGenerator.At);

    [Benchmark(Description = "New planner (branch and bound, exact)")]
    public ReferralPlan New() => ReferralPlanner.Plan(matcher, client, NetworkGenerator.At);
}

/// <summary>
/// The adversarial families at 20 needs, where the old planner takes up to minutes (187 s for three providers that each
/// cover all 20). The baseline is what a user would write instead: a greedy cover (most uncovered needs first), fast but
/// not exact. Target: the exact planner in under 50 ms for every family.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PlannerAtTwentyNeedsBenchmarks
{
    private ReferralMatcher matcher = null!;
    private ClientProfile client = null!;

    public static IEnumerable<string> Families => PlannerFamilies.Names;

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = "random";

    [GlobalSetup]
    public void Setup() => (matcher, client) = PlannerFamilies.Build(Family, 20, seed: 1);

    [Benchmark(Baseline = true, Description = "Greedy cover (inexact)")]
    public int Greedy()
    {
        var eligible = matcher.Eligible(client, NetworkGenerator.At);
        var coverage = eligible
            .SelectMany((list, need) => list.Select(e => (Provider: matcher.ProviderIndexOf(e.Offering), Need: need)))
            .GroupBy(x => x.Provider)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Need).ToHashSet());
        var uncovered = Enumerable.Range(0, eligible.Length).Where(n => eligible[n].Count > 0).ToHashSet();
        var chosen = 0;
        while (uncovered.Count > 0)
        {
            var best = coverage.OrderByDescending(c => c.Value.Count(uncovered.Contains)).ThenBy(c => c.Key).First();
            uncovered.ExceptWith(best.Value);
            chosen++;
        }

        return chosen;
    }

    [Benchmark(Description = "New planner (branch and bound, exact)")]
    public ReferralPlan New() => ReferralPlanner.Plan(matcher, client, NetworkGenerator.At);
}
