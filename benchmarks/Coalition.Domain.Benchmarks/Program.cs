// Runs the benchmarks. Examples:
//   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --filter '*'
//   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --filter '*ReferralMatcher*' --job short
//   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --verify 1000   (compare the matchers' answers, no timing)
using BenchmarkDotNet.Running;
using Coalition.Domain.Benchmarks.Referrals;
using Coalition.Domain.Referrals.Matching;

if (args is ["--release", var releaseSizeText])
{
    // One aggregate release over N generated case records, timed after a warm-up, with what each crossing suppressed and
    // the share of cases its published counts hold (not a benchmark; AggregateReleaseBenchmarks is).
    //   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --release 1000000
    var generated = Coalition.Domain.Benchmarks.Reporting.CaseRecordGenerator.Generate(int.Parse(releaseSizeText, System.Globalization.CultureInfo.InvariantCulture));
    var definition = new Coalition.Domain.Reporting.ReportDefinition("Cases", [Coalition.Domain.Reporting.ReportDimension.Area, Coalition.Domain.Reporting.ReportDimension.ExploitationType, Coalition.Domain.Reporting.ReportDimension.AgeBand, Coalition.Domain.Reporting.ReportDimension.Gender]);
    // The first run includes the JIT's warm-up; the last one is reported.
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var release = Coalition.Domain.Reporting.AggregateReporter.Publish(generated, new Coalition.Domain.Reporting.ReleaseRequest("National release", definition));
    for (var run = 0; run < 3; run++)
    {
        clock.Restart();
        release = Coalition.Domain.Reporting.AggregateReporter.Publish(generated, new Coalition.Domain.Reporting.ReleaseRequest("National release", definition));
    }

    Console.WriteLine($"{release.Tables[0].Cells.Length} cells, {release.Tables[0].Cells.Count(c => c.IsSuppressed)} suppressed, in {clock.ElapsedMilliseconds} ms");
    // Per crossing (which dimensions a count fixes): how many counts are suppressed, and what share of the cases the published ones hold.
    foreach (var crossing in release.Tables[0].Cells.GroupBy(c => string.Join(" x ", c.Categories.Select((k, i) => k == Coalition.Domain.Reporting.ReleaseTable.Total ? null : definition.Dimensions[i].ToString()).OfType<string>())).OrderByDescending(g => g.Key.Length))
    {
        Console.WriteLine($"  {(crossing.Key.Length == 0 ? "grand total" : crossing.Key)}: {crossing.Count(c => c.IsSuppressed)} of {crossing.Count()} suppressed, published counts hold {crossing.Where(c => !c.IsSuppressed).Sum(c => (long)c.Count!.Value) / (double)generated.Length:P1} of the cases");
    }

    Console.WriteLine(release.Protection);
    return;
}

if (args is ["--match-profile", var profileSizeText, ..])
{
    // What the national matcher examines per need, and its time per match after a warm-up (for perf record; not a benchmark).
    //   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --match-profile 1000000 [seconds]
    var profileSize = int.Parse(profileSizeText, System.Globalization.CultureInfo.InvariantCulture);
    var seconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
    var matcher = ReferralMatcher.Compile(NationalDirectory.Generate(profileSize));
    var client = NationalDirectory.Client;
    var eligible = matcher.Eligible(client, NetworkGenerator.At);
    var result = matcher.Match(client, NetworkGenerator.At);
    for (var i = 0; i < client.Needs.Length; i++)
    {
        var need = result.Needs[i];
        Console.WriteLine($"{need.Need.Code} ({need.Urgency}): {eligible[i].Count} eligible, {need.Candidates.Length} candidates, {need.EmergencyOptions.Length} emergency options; excluded {string.Join(", ", need.ExclusionCounts.Select(c => $"{c.Rule} {c.Count}"))}");
    }

    var watch = System.Diagnostics.Stopwatch.StartNew();
    var runs = 0;
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        matcher.Match(client, NetworkGenerator.At);
        runs++;
    }

    watch.Restart();
    for (var r = 0; r < runs; r++)
    {
        matcher.Match(client, NetworkGenerator.At);
    }

    Console.WriteLine($"match: {watch.Elapsed.TotalMicroseconds / runs:0.0} us per match over {runs} matches");
    return;
}

if (args is ["--verify", var size])
{
    var network = NetworkGenerator.Generate(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
    var compiled = ReferralMatcher.Compile(network).Match(NetworkGenerator.Client, NetworkGenerator.At);
    var naive = NaiveLinqMatcher.Match(network, NetworkGenerator.Client, NetworkGenerator.At, ReferralPolicy.Default);
    using var sqlite = new SqliteDirectory(network);
    var sql = sqlite.Match(NetworkGenerator.Client, NetworkGenerator.At, ReferralPolicy.Default);
    for (var i = 0; i < compiled.Needs.Length; i++)
    {
        Console.WriteLine(compiled.Needs[i].Need);
        Console.WriteLine("  compiled: " + string.Join(" ", compiled.Needs[i].Candidates.Select(c => $"{c.ProviderId}/{c.OfferingId}:{c.Score}")));
        Console.WriteLine("  naive:    " + string.Join(" ", naive[i].Select(c => $"{c.Provider}/{c.Offering}")));
        Console.WriteLine("  sqlite:   " + string.Join(" ", sql[i].Select(c => $"{c.Provider}/{c.Offering}")));
    }

    return;
}

if (args is ["--allocation-headline", ..])
{
    // How many more needs the optimum meets than first come, first served, on several generated operations.
    foreach (var (clients, providers) in new[] { (1_000, 500), (10_000, 2_000) })
    {
        for (var seed = 1; seed <= 3; seed++)
        {
            var scenario = new Coalition.Domain.Benchmarks.Planning.AllocationScenario(clients, providers, seed);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var optimal = Coalition.Domain.Planning.BatchAllocator.Allocate(scenario.Matcher, scenario.Requests, NetworkGenerator.At).Summary;
            var elapsed = watch.Elapsed;
            var greedy = Coalition.Domain.Planning.BatchAllocator.AllocateFirstComeFirstServed(scenario.Matcher, scenario.Requests, NetworkGenerator.At).Summary;
            Console.WriteLine($"{clients} clients x {providers} providers, seed {seed}: needs {optimal.NeedsRequested}; greedy met {greedy.NeedsMet} ({greedy.ImmediateNeedsMet} immediate), optimal met {optimal.NeedsMet} ({optimal.ImmediateNeedsMet} immediate): +{optimal.NeedsMet - greedy.NeedsMet} needs, +{optimal.ImmediateNeedsMet - greedy.ImmediateNeedsMet} immediate; optimal in {elapsed.TotalMilliseconds:0} ms");
        }
    }

    return;
}

if (args is ["--allocation-check", ..])
{
    // Times the new solver on issue 12's workloads and compares its objective with the old solver's (--legacy).
    var legacy = args.Contains("--legacy");
    foreach (var name in Coalition.Domain.Benchmarks.Planning.AllocationScaleBenchmarks.Workloads)
    {
        var scenario = Coalition.Domain.Benchmarks.Planning.AllocationScaleBenchmarks.Create(name);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var summary = Coalition.Domain.Planning.BatchAllocator.Allocate(scenario.Matcher, scenario.Requests, NetworkGenerator.At).Summary;
        Console.WriteLine($"{name}: {summary.NeedsRequested} needs, met {summary.NeedsMet} ({summary.ImmediateNeedsMet} immediate), score {summary.TotalScore} in {watch.ElapsedMilliseconds} ms");
        if (legacy)
        {
            watch.Restart();
            var old = Coalition.Domain.Legacy.LegacyBatchAllocator.Allocate(scenario.Matcher, scenario.Requests, NetworkGenerator.At);
            Console.WriteLine($"  legacy: {old} in {watch.ElapsedMilliseconds} ms; equal {old == (summary.ImmediateNeedsMet, summary.NeedsMet, (long)Math.Round(summary.TotalScore * 100))}");
        }
    }

    return;
}

if (args is ["--hsds-stream", var streamSizeText, ..])
{
    // Streams a national directory's HSDS export from a file (array and NDJSON): time against plain DTOs, and peak managed
    // memory against the resulting network. Writes benchmarks/results/HsdsStreaming-memory.md with --write.
    var streamSize = int.Parse(streamSizeText, System.Globalization.CultureInfo.InvariantCulture);
    var lines = Coalition.Domain.Benchmarks.OpenReferral.HsdsStreamingWorkload.Measure(streamSize);
    foreach (var line in lines)
    {
        Console.WriteLine(line);
    }

    if (args.Contains("--write"))
    {
        File.WriteAllLines(Path.Combine("benchmarks", "results", "HsdsStreaming-memory.md"), [$"# Streaming HSDS import (`dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --hsds-stream {streamSize} --write`)", "", .. lines.Select(l => "- " + l)]);
    }

    return;
}

if (args is ["--national", var countText, ..])
{
    // Generates the national directory, compiles it, reports the compiled network's retained managed memory, times one
    // match and one needs assessment, and writes benchmarks/results/NationalDirectory-memory.md with --write.
    var count = int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var national = NationalDirectory.Generate(count);
    var generated = watch.Elapsed;
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var before = GC.GetTotalMemory(forceFullCollection: true);
    watch.Restart();
    var compiledNational = ReferralMatcher.Compile(national);
    var compileTime = watch.Elapsed;
    var after = GC.GetTotalMemory(forceFullCollection: true);
    var match = compiledNational.Match(NationalDirectory.Client, NetworkGenerator.At);

    // Warm up for two seconds, so that tiered compilation has produced optimised code before timing.
    watch.Restart();
    while (watch.Elapsed < TimeSpan.FromSeconds(2))
    {
        match = compiledNational.Match(NationalDirectory.Client, NetworkGenerator.At);
    }

    watch.Restart();
    for (var i = 0; i < 100; i++)
    {
        match = compiledNational.Match(NationalDirectory.Client, NetworkGenerator.At);
    }

    var matchTime = watch.Elapsed / 100;
    if (args.Contains("--scanned"))
    {
        foreach (var need in NationalDirectory.Client.Needs)
        {
            var anywhere = 0;
            var local = 0;
            foreach (var offering in national.Providers.SelectMany(p => p.Services))
            {
                if (offering.Serves(need.Need))
                {
                    if (offering.Area.IsAnywhere) anywhere++;
                    else if (offering.Area.Areas.Contains(NationalDirectory.Client.Area!)) local++;
                }
            }

            Console.WriteLine($"{need.Need.Code}: anywhere {anywhere}, in the county {local}");
        }
    }

    watch.Restart();
    var report = Coalition.Domain.Referrals.NeedsAssessment.NetworkNeedsAssessment.Assess(national, new Coalition.Domain.Referrals.NeedsAssessment.NetworkAssessmentScope([.. Enumerable.Range(0, NationalDirectory.CountyCount).Select(NationalDirectory.County)], "America/Chicago", new NodaTime.LocalDate(2026, 11, 16)));
    var assessTime = watch.Elapsed;
    var lines = new[]
    {
        $"National directory: {national.Providers.Sum(p => p.Services.Length):N0} offerings, {national.Providers.Length:N0} providers (generated in {generated.TotalSeconds:0.0} s).",
        $"Compile: {compileTime.TotalSeconds:0.00} s; compiled network retains {(after - before) / 1048576.0:N0} MB of managed memory (GC.GetTotalMemory after a full collection, network excluded).",
        $"Match (8 needs, one county, after 2 s of warm-up, mean of 100): {matchTime.TotalMilliseconds:0.000} ms; candidates per need: {string.Join(", ", match.Needs.Select(n => n.Candidates.Length))}; emergency options per need: {string.Join(", ", match.Needs.Select(n => n.EmergencyOptions.Length))}; {AllocatedPerMatch(compiledNational):N0} bytes allocated per match.",
        $"Needs assessment (all 3,000 counties in scope): {assessTime.TotalSeconds:0.00} s; {report.Gaps.Length} gaps.",
    };
    foreach (var line in lines)
    {
        Console.WriteLine(line);
    }

    GC.KeepAlive(compiledNational);
    if (args.Contains("--write"))
    {
        File.WriteAllLines(Path.Combine("benchmarks", "results", "NationalDirectory-memory.md"), ["# National directory (`dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --national 1000000 --write`)", "", .. lines.Select(l => "- " + l)]);
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

static long AllocatedPerMatch(ReferralMatcher matcher)
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    for (var i = 0; i < 100; i++)
    {
        _ = matcher.Match(NationalDirectory.Client, NetworkGenerator.At);
    }

    return (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
}
