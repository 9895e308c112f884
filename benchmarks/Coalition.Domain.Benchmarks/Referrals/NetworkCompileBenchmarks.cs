using BenchmarkDotNet.Attributes;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>
/// Compiles a network of 100,000 offerings. The baseline is the index a user would build by hand: a LINQ lookup from need
/// to (provider, offering) pairs. The target is under one second.
/// </summary>
[MemoryDiagnoser]
public class NetworkCompileBenchmarks
{
    private ReferralNetwork network = ReferralNetwork.Empty;

    [Params(100_000)]
    public int Offerings { get; set; }

    [GlobalSetup]
    public void Setup() => network = NetworkGenerator.Generate(Offerings);

    [Benchmark(Baseline = true, Description = "LINQ ToLookup by need")]
    public ILookup<Needs.ServiceNeed, (Provider, ServiceOffering)> NaiveLookup() =>
        network.Providers.SelectMany(p => p.Services.SelectMany(s => s.Needs.Select(n => (Need: n, Pair: (p, s))))).ToLookup(x => x.Need, x => x.Pair);

    [Benchmark(Description = "ReferralMatcher.Compile")]
    public ReferralMatcher Compile() => ReferralMatcher.Compile(network);
}
