using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Coalition.Domain.OpenReferral;
using NodaTime;

namespace Coalition.Domain.Benchmarks.OpenReferral;

/// <summary>
/// Streams the HSDS export of the national directory (1,000,000 services, 4.8 GB per file) from temporary files. The
/// baseline deserialises the same array into plain HSDS DTOs with System.Text.Json's streaming API, which maps nothing;
/// target: the import within 2x of it. Each operation takes most of a minute, so the job measures two single runs.
/// Peak memory against the resulting network is measured by <c>--hsds-stream 1000000</c> (see <see cref="HsdsStreamingWorkload"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class HsdsStreamingBenchmarks
{
    private static readonly HsdsImportOptions Options = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));
    private static readonly JsonSerializerOptions DtoOptions = new() { PropertyNameCaseInsensitive = true };
    private DirectoryInfo? folder;
    private string arrayPath = string.Empty;
    private string linesPath = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("coalition-hsds-bench-");
        arrayPath = Path.Combine(folder.FullName, "services.json");
        linesPath = Path.Combine(folder.FullName, "services.ndjson");
        HsdsStreamingWorkload.Write(1_000_000, arrayPath, linesPath);
    }

    [GlobalCleanup]
    public void Cleanup() => folder?.Delete(recursive: true);

    [Benchmark(Baseline = true, Description = "Plain HSDS DTOs, streamed (JSON array)")]
    public int PlainDtos()
    {
        using var file = File.OpenRead(arrayPath);
        return JsonSerializer.DeserializeAsyncEnumerable<HsdsImportBenchmarks.ServiceDto>(file, DtoOptions).ToBlockingEnumerable().Count(d => d is not null);
    }

    [Benchmark(Description = "HsdsImporter.ImportAsync, JSON array")]
    public HsdsImportResult ImportArray()
    {
        using var file = File.OpenRead(arrayPath);
        return HsdsImporter.ImportAsync(file, Options).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "HsdsImporter.ImportAsync, NDJSON")]
    public HsdsImportResult ImportLines()
    {
        using var file = File.OpenRead(linesPath);
        return HsdsImporter.ImportAsync(file, Options).GetAwaiter().GetResult();
    }
}
