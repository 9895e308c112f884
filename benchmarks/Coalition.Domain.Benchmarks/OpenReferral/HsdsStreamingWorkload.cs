using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalition.Domain.Benchmarks.Referrals;
using Coalition.Domain.OpenReferral;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Benchmarks.OpenReferral;

/// <summary>
/// The national streaming-import measurement: the HSDS export of the national directory written to temporary files (a
/// JSON array and NDJSON), then read back as plain DTOs (the baseline, streamed with System.Text.Json) and imported with
/// <see cref="HsdsImporter.ImportAsync"/>. Peak managed memory is sampled every 5 ms while importing.
/// </summary>
public static class HsdsStreamingWorkload
{
    private static readonly HsdsImportOptions Options = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));
    private static readonly JsonSerializerOptions DtoOptions = new() { PropertyNameCaseInsensitive = true };

    public static List<string> Measure(int offerings)
    {
        var folder = Directory.CreateTempSubdirectory("coalition-hsds-");
        try
        {
            var arrayPath = Path.Combine(folder.FullName, "services.json");
            var linesPath = Path.Combine(folder.FullName, "services.ndjson");
            Write(offerings, arrayPath, linesPath);
            Collect();
            var result = new List<string> { $"{offerings:N0} services; JSON array {new FileInfo(arrayPath).Length / 1048576.0:N0} MB, NDJSON {new FileInfo(linesPath).Length / 1048576.0:N0} MB." };

            var (dtoTime, dtos) = Dtos(arrayPath);
            result.Add($"Baseline, plain DTOs streamed with System.Text.Json: {dtoTime.TotalSeconds:0.00} s ({dtos:N0} records).");
            foreach (var (name, path) in new[] { ("JSON array", arrayPath), ("NDJSON", linesPath) })
            {
                var (time, imported, issues) = Time(path);
                var (network, peak) = Memory(path);
                result.Add($"HsdsImporter.ImportAsync, {name}: {time.TotalSeconds:0.00} s ({time / dtoTime:0.00}x the DTO baseline); {imported:N0} imported, {issues} issues; " +
                    $"resulting network {network / 1048576.0:N0} MB of live managed memory, live peak during import {peak / 1048576.0:N0} MB ({(double)peak / network:0.00}x the network).");
            }

            return result;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Writes the export in chunks of 20,000 providers (a national export is larger than one .NET string).</summary>
    public static void Write(int offerings, string arrayPath, string linesPath)
    {
        var providers = NationalDirectory.Generate(offerings).Providers;
        using var array = new StreamWriter(arrayPath);
        using var lines = new StreamWriter(linesPath);
        array.Write('[');
        var first = true;
        foreach (var chunk in providers.Chunk(20_000))
        {
            foreach (var service in JsonNode.Parse(HsdsExporter.Export(new ReferralNetwork([.. chunk]), includeConfidentialAddresses: true))!.AsArray())
            {
                var text = service!.ToJsonString();
                array.Write(first ? text : "," + text);
                lines.WriteLine(text);
                first = false;
            }
        }

        array.Write(']');
    }

    private static (TimeSpan Time, int Count) Dtos(string arrayPath)
    {
        Collect();
        var watch = Stopwatch.StartNew();
        var count = 0;
        using var file = File.OpenRead(arrayPath);
        foreach (var dto in JsonSerializer.DeserializeAsyncEnumerable<HsdsImportBenchmarks.ServiceDto>(file, DtoOptions).ToBlockingEnumerable())
        {
            count += dto is null ? 0 : 1;
        }

        return (watch.Elapsed, count);
    }

    private static (TimeSpan Time, int Imported, int Issues) Time(string path)
    {
        Collect();
        var watch = Stopwatch.StartNew();
        using var file = File.OpenRead(path);
        var imported = HsdsImporter.ImportAsync(file, Options).GetAwaiter().GetResult();
        return (watch.Elapsed, imported.ServicesImported, imported.Issues.Length);
    }

    /// <summary>Live memory: the sampler forces a full collection every 250 ms, so garbage never counts.</summary>
    private static (long Network, long Peak) Memory(string path)
    {
        Collect();
        var before = GC.GetTotalMemory(true);
        long peak = 0;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
                Thread.Sleep(250);
            }
        });
        HsdsImportResult imported;
        using (var file = File.OpenRead(path))
        {
            imported = HsdsImporter.ImportAsync(file, Options).GetAwaiter().GetResult();
        }

        done.Cancel();
        sampler.GetAwaiter().GetResult();
        var network = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(imported);
        return (network, Math.Max(peak, network));
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
