using BenchmarkDotNet.Attributes;
using Coalition.Domain.Referrals.Matching;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>
/// Issue 12's national targets, in one run: a client with eight needs in one county, matched against the national
/// directory of 1,000,000 offerings, with SQLite at 100,000 offerings as the baseline.
/// <list type="bullet">
/// <item>Baseline: SQLite with HSDS-shaped tables and the indexes a careful developer writes (need, language and area
/// lookups by service, services by organization), one parameterised query per need.</item>
/// <item>The compiled matcher at 100,000 and at 1,000,000 offerings. Targets: at most 1 ms at 1,000,000, at least 500
/// times faster than the baseline, and allocation per match independent of the network's size.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class NationalMatcherBenchmarks
{
    private ReferralMatcher national = null!;
    private ReferralMatcher regional = null!;
    private SqliteDirectory? sqlite;

    [GlobalSetup]
    public void Setup()
    {
        national = ReferralMatcher.Compile(NationalDirectory.Generate(1_000_000));
        var network = NationalDirectory.Generate(100_000);
        regional = ReferralMatcher.Compile(network);
        sqlite = new SqliteDirectory(network);
        var compiled = regional.Match(NationalDirectory.Client, NetworkGenerator.At);
        var sql = sqlite.Match(NationalDirectory.Client, NetworkGenerator.At, ReferralPolicy.Default);
        for (var i = 0; i < compiled.Needs.Length; i++)
        {
            if (!compiled.Needs[i].Candidates.Select(c => (c.ProviderId, c.OfferingId)).SequenceEqual(sql[i]))
            {
                throw new InvalidOperationException($"SQLite and the compiled matcher disagree on need {compiled.Needs[i].Need}.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => sqlite?.Dispose();

    [Benchmark(Baseline = true, Description = "SQLite, indexed, 100,000 offerings")]
    public List<List<(string Provider, string Offering)>> Sqlite100K() =>
        sqlite!.Match(NationalDirectory.Client, NetworkGenerator.At, ReferralPolicy.Default);

    [Benchmark(Description = "ReferralMatcher, 100,000 offerings")]
    public MatchResult Compiled100K() => regional.Match(NationalDirectory.Client, NetworkGenerator.At);

    [Benchmark(Description = "ReferralMatcher, 1,000,000 offerings")]
    public MatchResult Compiled1M() => national.Match(NationalDirectory.Client, NetworkGenerator.At);
}
