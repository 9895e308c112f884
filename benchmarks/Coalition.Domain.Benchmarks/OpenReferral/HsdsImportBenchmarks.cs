using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Coalition.Domain.Benchmarks.Referrals;
using Coalition.Domain.OpenReferral;
using NodaTime;

namespace Coalition.Domain.Benchmarks.OpenReferral;

/// <summary>
/// Imports 10,000 HSDS services (the HSDS export of a generated network). The baseline deserialises the same JSON into
/// plain HSDS DTOs with System.Text.Json, which is what an application does before it has mapped anything.
/// </summary>
[MemoryDiagnoser]
public class HsdsImportBenchmarks
{
    private static readonly HsdsImportOptions Options = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));
    private static readonly JsonSerializerOptions DtoOptions = new() { PropertyNameCaseInsensitive = true };
    private byte[] json = [];

    [GlobalSetup]
    public void Setup()
    {
        json = Encoding.UTF8.GetBytes(HsdsExporter.Export(NetworkGenerator.Generate(10_000), includeConfidentialAddresses: true));
        if (HsdsImporter.Import(json, Options).ServicesImported != 10_000 || PlainDtos().Count != 10_000)
        {
            throw new InvalidOperationException("The import lost services; the comparison would be meaningless.");
        }
    }

    [Benchmark(Baseline = true, Description = "Deserialise to plain HSDS DTOs")]
    public List<ServiceDto> PlainDtos() => JsonSerializer.Deserialize<List<ServiceDto>>(json, DtoOptions)!;

    [Benchmark(Description = "HsdsImporter.Import (mapped network and report)")]
    public HsdsImportResult Import() => HsdsImporter.Import(json, Options);

#pragma warning disable CA1819, CA2227 // DTOs mirror the JSON.
    public sealed class ServiceDto
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Status { get; set; }

        [JsonPropertyName("interpretation_services")]
        public string? InterpretationServices { get; set; }

        [JsonPropertyName("minimum_age")]
        public decimal? MinimumAge { get; set; }

        [JsonPropertyName("maximum_age")]
        public decimal? MaximumAge { get; set; }

        public OrganizationDto? Organization { get; set; }

        public List<LanguageDto>? Languages { get; set; }

        [JsonPropertyName("service_areas")]
        public List<AreaDto>? ServiceAreas { get; set; }

        public List<ScheduleDto>? Schedules { get; set; }

        public List<CapacityDto>? Capacities { get; set; }

        [JsonPropertyName("service_at_locations")]
        public List<JsonElement>? ServiceAtLocations { get; set; }

        public List<AttributeDto>? Attributes { get; set; }
    }

    public sealed class OrganizationDto
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public List<PhoneDto>? Phones { get; set; }
    }

    public sealed class PhoneDto
    {
        public string? Id { get; set; }

        public string? Number { get; set; }

        public string? Description { get; set; }
    }

    public sealed class LanguageDto
    {
        public string? Id { get; set; }

        public string? Code { get; set; }
    }

    public sealed class AreaDto
    {
        public string? Id { get; set; }

        public string? Name { get; set; }
    }

    public sealed class ScheduleDto
    {
        public string? Id { get; set; }

        public string? Freq { get; set; }

        public string? Byday { get; set; }

        [JsonPropertyName("opens_at")]
        public string? OpensAt { get; set; }

        [JsonPropertyName("closes_at")]
        public string? ClosesAt { get; set; }
    }

    public sealed class CapacityDto
    {
        public string? Id { get; set; }

        public int? Available { get; set; }

        public int? Maximum { get; set; }

        public string? Updated { get; set; }

        public JsonElement Unit { get; set; }
    }

    public sealed class AttributeDto
    {
        public string? Id { get; set; }

        [JsonPropertyName("link_type")]
        public string? LinkType { get; set; }

        [JsonPropertyName("link_entity")]
        public string? LinkEntity { get; set; }

        public string? Value { get; set; }

        [JsonPropertyName("taxonomy_term")]
        public JsonElement TaxonomyTerm { get; set; }
    }
#pragma warning restore CA1819, CA2227
}
