using BenchmarkDotNet.Attributes;
using Coalition.Domain.Benchmarks.Referrals;
using Coalition.Domain.Planning;

namespace Coalition.Domain.Benchmarks.Planning;

/// <summary>
/// Allocates places for 1,000 clients among 500 providers, and 10,000 clients among 2,000 providers: first come, first
/// served (the baseline a coordinator would do by hand) against the optimal min-cost-flow allocation. Target: the larger
/// case optimal in under 2 seconds.
/// </summary>
[MemoryDiagnoser]
public class BatchAllocationBenchmarks
{
    private AllocationScenario scenario = null!;

    [Params("1000x500", "10000x2000")]
    public string Scenario { get; set; } = "1000x500";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Scenario.Split('x');
        scenario = new AllocationScenario(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Benchmark(Baseline = true, Description = "First come, first served")]
    public AllocationResult Greedy() => BatchAllocator.AllocateFirstComeFirstServed(scenario.Matcher, scenario.Requests, NetworkGenerator.At);

    [Benchmark(Description = "Optimal (min-cost flow)")]
    public AllocationResult Optimal() => BatchAllocator.Allocate(scenario.Matcher, scenario.Requests, NetworkGenerator.At);
}
