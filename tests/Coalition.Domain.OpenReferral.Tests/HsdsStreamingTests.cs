using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalition.Domain.Tests;
using Coalition.Domain.Tests.Referrals;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.OpenReferral.Tests;

/// <summary>Issue 12: streaming import from a JSON array or NDJSON equals the document import, record for record.</summary>
public sealed class HsdsStreamingTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "openreferral-hsds-3.1", "examples");
    private static readonly HsdsImportOptions Options = HsdsImportOptions.Create("Europe/London", new LocalDate(2005, 1, 1), [new("taxonomy|code", "mental-health-care.long-term")]);

    public static TheoryData<string> Files() => ["service_full.json", "service_list.json", "organization_full.json", "schedules_field_guidance.json", "service_at_location_full.json"];

    /// <summary>The service records of a document, as the document import sees them, each with its organization inlined.</summary>
    private static List<string> Records(string json)
    {
        var root = JsonNode.Parse(json)!;
        IEnumerable<JsonNode?> services = root switch
        {
            JsonArray array => array,
            JsonObject o when o["contents"] is JsonArray contents => contents,
            JsonObject o when o["services"] is JsonArray nested => nested.Select(s =>
            {
                var copy = s!.DeepClone().AsObject();
                var organization = o.DeepClone().AsObject();
                organization.Remove("services");
                copy["organization"] ??= organization;
                return (JsonNode?)copy;
            }),
            _ => [root],
        };
        return [.. services.Select(s => s?.ToJsonString() ?? "null")];
    }

    private static async Task<HsdsImportResult> Stream(string text, HsdsImportOptions options, IProgress<HsdsImportProgress>? progress = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await HsdsImporter.ImportAsync(stream, options, progress);
    }

    private static void AssertSame(HsdsImportResult expected, HsdsImportResult actual)
    {
        Assert.Equal(expected.Network, actual.Network);
        Assert.Equal(expected.Issues.ToList(), actual.Issues.ToList());
        Assert.Equal(expected.ServicesRead, actual.ServicesRead);
        Assert.Equal(expected.ServicesImported, actual.ServicesImported);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Streaming_an_example_file_as_an_array_or_as_lines_equals_the_document_import(string file)
    {
        var records = Records(File.ReadAllText(Path.Combine(Folder, file)));
        var array = "[" + string.Join(",", records) + "]";
        var expected = HsdsImporter.Import(array, Options);
        Assert.True(expected.ServicesRead > 0);
        AssertSame(expected, await Stream(array, Options));
        AssertSame(expected, await Stream(string.Join("\n", records) + "\n", Options));
        AssertSame(expected, await Stream("\uFEFF  " + string.Join("\r\n\r\n", records), Options));
    }

    [Fact]
    public void Streaming_a_generated_directory_equals_the_document_import() =>
        Properties.ForAll(ReferralGenerators.Networks.ToArbitrary(), network =>
        {
            var options = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));
            var json = HsdsExporter.Export(network, includeConfidentialAddresses: true);
            var expected = HsdsImporter.Import(json, options);
            var lines = string.Join("\n", JsonNode.Parse(json)!.AsArray().Select(s => s!.ToJsonString()));
            AssertSame(expected, Stream(json, options).GetAwaiter().GetResult());
            AssertSame(expected, Stream(lines, options).GetAwaiter().GetResult());
        });

    [Fact]
    public async Task A_bad_line_is_one_reported_record_and_the_import_goes_on()
    {
        var records = Records(File.ReadAllText(Path.Combine(Folder, "service_list.json")));
        var lines = string.Join("\n", records.Take(1).Append("{\"id\": \"broken\", 1990-01-01").Concat(records.Skip(1)));
        var result = await Stream(lines, Options);
        var issue = Assert.Single(result.Issues, i => i.Path == "[1]");
        Assert.Equal("(unreadable)", issue.RecordId);
        Assert.Contains("not valid JSON", issue.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("1990", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(records.Count + 1, result.ServicesRead);
    }

    [Fact]
    public async Task Malformed_arrays_and_unknown_starts_are_json_exceptions_that_quote_nothing()
    {
        var ex = await Assert.ThrowsAsync<JsonException>(() => Stream("[{\"id\": \"a\"}, {\"id\": 1990-01-01", Options));
        Assert.DoesNotContain("1990", ex.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<JsonException>(() => Stream("1990-01-01", Options));
        Assert.Equal(0, (await Stream(" \n ", Options)).ServicesRead);
        await Assert.ThrowsAsync<JsonException>(() => Stream("[{\"id\": \"a\"}] trailing", Options));
        await Assert.ThrowsAsync<JsonException>(() => Stream("[{\"id\": \"a\"}, ", Options));
        var deep = "[" + new string('[', 100) + new string(']', 100) + "]";
        Assert.Contains("deeper than 64", (await Assert.ThrowsAsync<JsonException>(() => Stream(deep, Options))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_is_reported_as_records_are_read_and_at_the_end()
    {
        var record = Records(File.ReadAllText(Path.Combine(Folder, "service_full.json"))).Single();
        var count = (HsdsImporter.ProgressInterval * 2) + 5;
        var text = string.Join("\n", Enumerable.Range(0, count).Select(i => record.Replace("\"id\":\"", $"\"id\":\"r{i}-", StringComparison.Ordinal)));
        var reports = new List<HsdsImportProgress>();
        var result = await Stream(text, Options, new SynchronousProgress(reports));
        Assert.Equal([HsdsImporter.ProgressInterval, HsdsImporter.ProgressInterval * 2, count], reports.Select(r => r.Records));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), reports[^1].Bytes);
        Assert.Equal(count, result.ServicesRead);
    }

    [Fact]
    public async Task Array_elements_split_across_reads_are_reassembled()
    {
        var records = Records(File.ReadAllText(Path.Combine(Folder, "service_list.json")));
        var array = "[" + string.Join(" ,\n ", Enumerable.Range(0, 200).Select(i => records[i % records.Count].Replace("\"id\":\"", $"\"id\":\"r{i}-", StringComparison.Ordinal))) + "]  \n";
        var expected = HsdsImporter.Import(array, Options);
        using var trickle = new TrickleStream(Encoding.UTF8.GetBytes(array), 7);
        var actual = await HsdsImporter.ImportAsync(trickle, Options);
        AssertSame(expected, actual);
        Assert.Equal(200, actual.ServicesRead);
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_reported_and_skipped()
    {
        var record = Records(File.ReadAllText(Path.Combine(Folder, "service_full.json"))).Single();
        var huge = "{\"id\": \"" + new string('x', HsdsImporter.MaxRecordBytes) + "\"}";
        var result = await Stream(record + "\n" + huge + "\n" + record.Replace("\"id\":\"", "\"id\":\"again-", StringComparison.Ordinal), Options);
        Assert.Equal(3, result.ServicesRead);
        Assert.Contains(result.Issues, i => i.Path == "[1]" && i.Reason.Contains("longer than", StringComparison.Ordinal));
        Assert.Equal(2, result.ServicesImported);
    }

    [Fact]
    public async Task Cancellation_and_null_arguments_are_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[{\"id\": \"a\"}]"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => HsdsImporter.ImportAsync(stream, Options, null, cancelled.Token));
        // Checked at the call, before any task exists.
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => { _ = HsdsImporter.ImportAsync(null!, Options); }).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => { _ = HsdsImporter.ImportAsync(System.IO.Stream.Null, null!); }).ParamName);
    }

    /// <summary>Returns at most a few bytes per read, so that records straddle every buffer boundary.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }

    private sealed class SynchronousProgress(List<HsdsImportProgress> reports) : IProgress<HsdsImportProgress>
    {
        public void Report(HsdsImportProgress value) => reports.Add(value);
    }
}
