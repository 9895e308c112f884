using BenchmarkDotNet.Attributes;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>
/// Matches a client with eight needs against generated networks of 1,000, 10,000 and 100,000 offerings: the naive LINQ
/// matcher (baseline), the same query in SQLite with HSDS-shaped tables, and the compiled <see cref="ReferralMatcher"/>.
/// </summary>
[MemoryDiagnoser]
public class ReferralMatcherBenchmarks
{
    private ReferralNetwork network = ReferralNetwork.Empty;
    private ReferralMatcher matcher = ReferralMatcher.Compile(ReferralNetwork.Empty);
    private SqliteDirectory? sqlite;

    [Params(1_000, 10_000, 100_000)]
    public int Offerings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        network = NetworkGenerator.Generate(Offerings);
        matcher = ReferralMatcher.Compile(network);
        sqlite = new SqliteDirectory(network);

        // All three must give the same answer, or the comparison means nothing.
        var compiled = Compiled();
        var naive = NaiveLinq();
        var sql = Sqlite();
        for (var i = 0; i < compiled.Needs.Length; i++)
        {
            var ids = compiled.Needs[i].Candidates.Select(c => (c.ProviderId, c.OfferingId)).ToList();
            if (!ids.SequenceEqual(naive[i]) || !ids.SequenceEqual(sql[i]))
            {
                throw new InvalidOperationException($"The matchers disagree on need {compiled.Needs[i].Need}.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => sqlite?.Dispose();

    [Benchmark(Baseline = true, Description = "Naive LINQ over the network")]
    public List<List<(string Provider, string Offering)>> NaiveLinq() =>
        NaiveLinqMatcher.Match(network, NetworkGenerator.Client, NetworkGenerator.At, ReferralPolicy.Default);

    [Benchmark(Description = "SQLite, HSDS-shaped tables")]
    public List<List<(string Provider, string Offering)>> Sqlite() =>
        sqlite!.Match(NetworkGenerator.Client, NetworkGenerator.At, ReferralPolicy.Default);

    [Benchmark(Description = "ReferralMatcher (compiled)")]
    public MatchResult Compiled() => matcher.Match(NetworkGenerator.Client, NetworkGenerator.At);
}
