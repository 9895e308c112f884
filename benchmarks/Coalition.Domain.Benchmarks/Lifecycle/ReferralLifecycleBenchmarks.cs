using BenchmarkDotNet.Attributes;
using Coalition.Domain.Referrals.Lifecycle;

namespace Coalition.Domain.Benchmarks.Lifecycle;

/// <summary>
/// Issue 13's target: replay 1,000,000 events across 100,000 referrals and compute the metrics in under one second.
/// Baseline: the naive way, rebuilding each referral through its constructor after every event and computing the metrics
/// with LINQ group-bys (<see cref="ReferralEventLog.NaiveReplayAndMeasure"/>). Both give the same metrics (checked in setup).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ReferralLifecycleBenchmarks
{
    private ReferralEventLog log = null!;

    [GlobalSetup]
    public void Setup()
    {
        log = new ReferralEventLog();
        if (log.EventCount != 1_000_000)
        {
            throw new InvalidOperationException($"The log has {log.EventCount} events.");
        }

        if (!log.ReplayAndMeasure().Rows.SequenceEqual(log.NaiveReplayAndMeasure()))
        {
            throw new InvalidOperationException("The replays disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive: constructor per event, LINQ metrics")]
    public List<ProviderNeedMetrics> Naive() => log.NaiveReplayAndMeasure();

    [Benchmark(Description = "Referral.Replay + ReferralMetrics.Compute")]
    public ReferralMetrics Replay() => log.ReplayAndMeasure();
}
