using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>
/// Compiling the national directory of 1,000,000 offerings (target: at most 3 s). The baseline is what a developer
/// writes first: a LINQ lookup of (provider, offering) pairs by need, which indexes nothing else. Each operation takes
/// seconds, so the job measures three single runs after one warm-up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class NationalCompileBenchmarks
{
    private ReferralNetwork network = ReferralNetwork.Empty;

    [GlobalSetup]
    public void Setup() => network = NationalDirectory.Generate(1_000_000);

    [Benchmark(Baseline = true, Description = "LINQ ToLookup by need, 1,000,000 offerings")]
    public ILookup<ServiceNeed, (Provider, ServiceOffering)> NaiveLookup() =>
        network.Providers.SelectMany(p => p.Services.SelectMany(s => s.Needs.Select(n => (Need: n, Pair: (p, s))))).ToLookup(x => x.Need, x => x.Pair);

    [Benchmark(Description = "ReferralMatcher.Compile, 1,000,000 offerings")]
    public ReferralMatcher Compile() => ReferralMatcher.Compile(network);
}

/// <summary>
/// A needs assessment of the national directory over all 3,000 counties (target: at most 2 s). The baseline is the naive
/// LINQ assessment: for each need, the offerings that serve it, then every hour of the week and every county checked
/// against them. Three single runs after one warm-up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class NationalNeedsAssessmentBenchmarks
{
    private static readonly NetworkAssessmentScope Scope = new([.. Enumerable.Range(0, NationalDirectory.CountyCount).Select(NationalDirectory.County)], "America/Chicago", new LocalDate(2026, 11, 16));
    private ReferralNetwork network = ReferralNetwork.Empty;

    [GlobalSetup]
    public void Setup() => network = NationalDirectory.Generate(1_000_000);

    [Benchmark(Baseline = true, Description = "Naive LINQ per need, every hour and county")]
    public List<(int Providers, int OpenHours, int UncoveredAreas)> Naive() => NaiveNeedsAssessment.Run(network, Scope);

    [Benchmark(Description = "NetworkNeedsAssessment.Assess")]
    public NetworkNeedsReport Assess() => NetworkNeedsAssessment.Assess(network, Scope);
}
