using BenchmarkDotNet.Attributes;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>
/// The needs assessment of a generated network of 100,000 offerings (target: under one second). The baseline is the
/// naive version: for each need, LINQ over every offering, and every hour of the week tested for every offering.
/// </summary>
[MemoryDiagnoser]
public class NetworkNeedsAssessmentBenchmarks
{
    private static readonly NetworkAssessmentScope Scope = new([.. Enumerable.Range(0, NetworkGenerator.AreaCount).Select(i => $"county-{i:D2}")], "America/Chicago", new LocalDate(2026, 11, 16));
    private ReferralNetwork network = ReferralNetwork.Empty;

    [Params(100_000)]
    public int Offerings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        network = NetworkGenerator.Generate(Offerings);
        var naive = Naive();
        var report = Compiled();
        for (var i = 0; i < naive.Count; i++)
        {
            var coverage = report.Needs[i];
            if (naive[i].Providers != coverage.ProviderIds.Length || naive[i].OpenHours != coverage.OpenHours || naive[i].UncoveredAreas != coverage.UncoveredAreas.Length)
            {
                throw new InvalidOperationException($"The assessments disagree on {coverage.Need}.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Naive LINQ per need, every hour of every offering")]
    public List<(int Providers, int OpenHours, int UncoveredAreas)> Naive() => NaiveNeedsAssessment.Run(network, Scope);

    [Benchmark(Description = "NetworkNeedsAssessment.Assess")]
    public NetworkNeedsReport Compiled() => NetworkNeedsAssessment.Assess(network, Scope);
}

/// <summary>
/// The naive needs assessment a developer writes first, the baseline of the assessment benchmarks: for each need, the
/// offerings that serve it, then every hour of the week and every area of the scope checked against them.
/// </summary>
public static class NaiveNeedsAssessment
{
    public static List<(int Providers, int OpenHours, int UncoveredAreas)> Run(ReferralNetwork network, NetworkAssessmentScope scope)
    {
        var hourInstants = Enumerable.Range(0, 168)
            .Select(h => scope.WeekStarting.AtMidnight().PlusHours(h).PlusMinutes(30).InZoneLeniently(DateTimeZoneProviders.Tzdb[scope.TimeZoneId]).ToInstant())
            .ToArray();
        var results = new List<(int, int, int)>();
        foreach (var need in ServiceNeeds.Catalogue)
        {
            var serving = network.Providers.SelectMany(p => p.Services.Where(s => s.Serves(need)).Select(s => (p, s))).ToList();
            var providers = serving.Select(x => x.p.Id).Distinct().Count();
            var openHours = hourInstants.Count(h => serving.Any(x => x.s.Schedule?.StateAt(h) == OpenState.Open));
            var uncovered = serving.Any(x => x.s.Area.IsAnywhere) ? 0 : scope.Areas.Count(a => !serving.Any(x => x.s.Area.Covers(a)));
            results.Add((providers, openHours, uncovered));
        }

        return results;
    }
}
