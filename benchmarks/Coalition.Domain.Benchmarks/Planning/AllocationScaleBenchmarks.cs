using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Coalition.Domain.Benchmarks.Referrals;
using Coalition.Domain.Legacy;
using Coalition.Domain.Planning;

namespace Coalition.Domain.Benchmarks.Planning;

/// <summary>
/// Issue 12's allocation workloads, in one run, with the solver before issue 12 (successive shortest paths, one need at
/// a time) as the baseline:
/// <list type="bullet">
/// <item>100,000 requests for emergency housing competing for 2 shelters with 25,000 places each (target: under 2 s);</item>
/// <item>1,000 clients with 40 needs each, all served by two multi-service centres with places for half the needs (target: under 1 s);</item>
/// <item>10,000 clients among 2,000 providers (target: no slower than the old solver).</item>
/// </list>
/// The old solver takes minutes on the first workload, so every case runs once per iteration, cold, with one iteration:
/// a measurement of seconds, not microseconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class AllocationScaleBenchmarks
{
    /// <summary>The workload names.</summary>
    public static IEnumerable<string> Workloads => ["competing-100000", "clients-1000x40", "clients-10000x2000"];

    private AllocationScenario scenario = null!;

    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "clients-10000x2000";

    /// <summary>Creates a workload by name.</summary>
    public static AllocationScenario Create(string name) => name switch
    {
        "competing-100000" => AllocationScenario.Competing(100_000),
        "clients-1000x40" => AllocationScenario.ManyNeeds(1_000, 40),
        "clients-10000x2000" => new AllocationScenario(10_000, 2_000),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown workload."),
    };

    [GlobalSetup]
    public void Setup() => scenario = Create(Workload);

    [Benchmark(Baseline = true, Description = "Old solver (one unit per shortest path)")]
    public (int, int, long) Old() => LegacyBatchAllocator.Allocate(scenario.Matcher, scenario.Requests, NetworkGenerator.At);

    [Benchmark(Description = "New solver (grouped, opening places)")]
    public AllocationResult New() => BatchAllocator.Allocate(scenario.Matcher, scenario.Requests, NetworkGenerator.At);
}
