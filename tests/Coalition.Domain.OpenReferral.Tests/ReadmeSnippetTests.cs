using NodaTime;

namespace Coalition.Domain.OpenReferral.Tests;

/// <summary>The README's Open Referral snippet, compiled and run on the bundled fictional directory.</summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void Readme_open_referral_snippet_imports_exports_and_converts()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Coalition.Domain.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory.FullName, "samples", "DirectoryImport", "Data", "riverbend-hsds.json");
        var services = Path.Combine(Path.GetTempPath(), $"services-{Guid.NewGuid():N}.json");
        File.Copy(path, services);
        try
        {
            // --- README snippet (with the file name replaced) ---
            var options = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));
            HsdsImportResult imported = HsdsImporter.Import(File.ReadAllBytes(services), options);
            string hsds = HsdsExporter.Export(imported.Network);
            string fhir = FhirHealthcareServiceExporter.ExportBundle(imported.Network);
            // --- end of snippet ---

            Assert.Empty(imported.Issues);
            Assert.Equal(Coalition.Domain.Tests.Referrals.SampleData.Network.OfferingCount, imported.ServicesImported);
            Assert.Equal(imported.Network, HsdsImporter.Import(hsds, options).Network);
            Assert.Contains("\"resourceType\":\"Bundle\"", fhir, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(services);
        }
    }

    [Fact]
    public async Task Readme_streaming_snippet_imports_newline_delimited_services_with_progress()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Coalition.Domain.sln")))
        {
            directory = directory.Parent;
        }

        var json = File.ReadAllText(Path.Combine(directory.FullName, "samples", "DirectoryImport", "Data", "riverbend-hsds.json"));
        var path = Path.Combine(Path.GetTempPath(), $"services-{Guid.NewGuid():N}.ndjson");
        File.WriteAllLines(path, System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray().Select(s => s!.ToJsonString()));
        var options = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));
        var cancellationToken = CancellationToken.None;
        var reports = new List<HsdsImportProgress>();
        try
        {
            // --- README streaming snippet (with the file name replaced, and progress collected instead of printed) ---
            await using var file = File.OpenRead(path);
            var progress = new SynchronousProgress(reports);
            HsdsImportResult national = await HsdsImporter.ImportAsync(file, options, progress, cancellationToken);
            // --- end of snippet ---

            Assert.Equal(HsdsImporter.Import(json, options).Network, national.Network);
            Assert.Equal(Coalition.Domain.Tests.Referrals.SampleData.Network.OfferingCount, reports.Single().Records);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class SynchronousProgress(List<HsdsImportProgress> reports) : IProgress<HsdsImportProgress>
    {
        public void Report(HsdsImportProgress value) => reports.Add(value);
    }
}
