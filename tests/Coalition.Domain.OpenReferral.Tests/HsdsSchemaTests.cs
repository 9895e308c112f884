using System.Text.Json;
using Coalition.Domain.Tests;
using Coalition.Domain.Tests.Referrals;
using FsCheck.Fluent;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Coalition.Domain.OpenReferral.Tests;

/// <summary>
/// Every HSDS document the exporter writes is validated against the official HSDS 3.1 JSON schemas (in
/// <c>Data/openreferral-hsds-3.1/schema</c>, CC BY-SA 4.0, see its SOURCE.md) with NJsonSchema, a test dependency only;
/// the official examples pass the same check.
/// </summary>
public sealed class HsdsSchemaTests
{
    private static readonly string SchemaFolder = Path.Combine(AppContext.BaseDirectory, "Data", "openreferral-hsds-3.1", "schema");

    private static readonly Lazy<JsonSchema> ServiceSchema = new(() => JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, "service.json")).GetAwaiter().GetResult());

    /// <summary>Every schema error of every service in an HSDS array, as "path: kind".</summary>
    internal static List<string> Errors(string hsdsArray)
    {
        using var document = JsonDocument.Parse(hsdsArray);
        var errors = new List<string>();
        foreach (var service in document.RootElement.EnumerateArray())
        {
            foreach (var error in Flatten(ServiceSchema.Value.Validate(service.GetRawText())))
            {
                errors.Add($"{error.Path}: {error.Kind}");
            }
        }

        return errors;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child ? [e, .. Flatten(child.Errors.SelectMany(x => x.Value))] : new[] { e });

    [Fact]
    public void The_official_service_examples_pass_the_schema_so_the_check_is_sound()
    {
        var example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "openreferral-hsds-3.1", "examples", "service_full.json"));
        Assert.Empty(Flatten(ServiceSchema.Value.Validate(example)));
        Assert.NotEmpty(Errors("[{\"id\":\"not-a-uuid\",\"name\":\"x\",\"status\":\"active\"}]"));
    }

    [Fact]
    public void The_sample_networks_export_passes_the_hsds_schemas()
    {
        var errors = Errors(HsdsExporter.Export(SampleData.Network));
        Assert.True(errors.Count == 0, $"{errors.Count} schema errors, such as: {string.Join("; ", errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(15).Select(g => $"{g.Key} x{g.Count()}"))}");
    }

    [Fact]
    public void The_bundled_sample_directory_passes_the_hsds_schemas_and_reads_like_the_export_before_uuids()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Coalition.Domain.sln")))
        {
            directory = directory.Parent;
        }

        var bundled = File.ReadAllText(Path.Combine(directory.FullName, "samples", "DirectoryImport", "Data", "riverbend-hsds.json"));
        Assert.Empty(Errors(bundled));

        // Tolerant in what it reads: the export before UUIDs (codes as ids, structured addresses) gives the same network.
        var legacy = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "legacy-riverbend-hsds.json"));
        Assert.NotEmpty(Errors(System.Text.Encoding.UTF8.GetString(legacy)));
        var options = HsdsImportOptions.Create("America/Chicago", new NodaTime.LocalDate(2026, 11, 22));
        var fromLegacy = HsdsImporter.Import(legacy, options);
        var fromBundled = HsdsImporter.Import(System.Text.Encoding.UTF8.GetBytes(bundled), options);
        Assert.Empty(fromBundled.Issues);
        Assert.Equal(fromLegacy.Network, BeforeImmigrationPractice(fromBundled.Network));
        Assert.NotEqual(fromLegacy.Network, fromBundled.Network);
        Assert.Equal(SampleData.Network.Providers.Select(p => p.Id), fromBundled.Network.Providers.Select(p => p.Id));
        Assert.Equal(SampleData.Network.Providers.Select(p => p.ImmigrationPractice), fromBundled.Network.Providers.Select(p => p.ImmigrationPractice));
    }

    /// <summary>
    /// The sample network as it was before the migration of issue 14, which added providers' immigration practice, two
    /// immigration offerings (Casa Latina and the refugee services) and the <c>immigration-navigation</c> need.
    /// </summary>
    private static Referrals.Network.ReferralNetwork BeforeImmigrationPractice(Referrals.Network.ReferralNetwork network) =>
        new([.. network.Providers.Select(p => p with
        {
            ImmigrationPractice = null,
            Services = [.. p.Services
                .Where(s => s.Id is not ("immigration-help" or "immigration-legal"))
                .Select(s => s with { Needs = [.. s.Needs.Where(n => n != Needs.ServiceNeeds.ImmigrationNavigation)] })],
        })]);

    [Fact]
    public void Every_generated_networks_export_passes_the_hsds_schemas() =>
        Properties.ForAll(ReferralGenerators.Networks.ToArbitrary(), network =>
        {
            var errors = Errors(HsdsExporter.Export(network, includeConfidentialAddresses: true));
            Assert.True(errors.Count == 0, string.Join("; ", errors.Distinct().Take(10)));
        });
}
