using System.Text.Json;
using Coalition.Domain.Tests;
using Coalition.Domain.Tests.Referrals;
using FsCheck.Fluent;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Coalition.Domain.OpenReferral.Tests;

/// <summary>
/// Every FHIR resource the library writes is parsed by the official Firely .NET SDK (Hl7.Fhir.R4) in its strict mode:
/// unknown elements, wrong types and invalid codes of required bindings are errors. The SDK is a test dependency only.
/// </summary>
public sealed class FhirConformanceTests
{
    private static readonly FhirJsonDeserializer Strict = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    /// <summary>Parses a resource strictly; fails with every issue Firely reports.</summary>
    internal static Resource ParseStrict(string json)
    {
        if (!Strict.TryDeserializeResource(json, out var resource, out var issues))
        {
            Assert.Fail($"Firely (strict) rejected the resource: {string.Join("; ", issues!.Select(i => i.Message))}");
        }

        Assert.Empty(issues ?? []);
        return resource!;
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\",\"unknownElement\":1}")]
    [InlineData("{\"resourceType\":\"Task\",\"status\":\"not-a-status\",\"intent\":\"order\"}")]
    [InlineData("{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\",\"input\":[]}")]
    [InlineData("{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\",\"priority\":7}")]
    public void The_strict_parser_rejects_unknown_elements_invalid_required_codes_empty_arrays_and_wrong_types(string json) =>
        Assert.False(Strict.TryDeserializeResource(json, out _, out var issues) && !(issues ?? []).Any());

    [Fact]
    public void The_sample_networks_healthcare_service_bundle_parses_strictly_with_the_complex_capacity_extension()
    {
        var bundle = Assert.IsType<Bundle>(ParseStrict(FhirHealthcareServiceExporter.ExportBundle(SampleData.Network)));
        Assert.Equal(SampleData.Network.OfferingCount, bundle.Entry.Count);
        var services = bundle.Entry.Select(e => Assert.IsType<HealthcareService>(e.Resource)).ToList();
        var capacity = services.SelectMany(s => s.Extension).Where(e => e.Url == FhirHealthcareServiceExporter.CapacityExtensionUrl).ToList();
        Assert.NotEmpty(capacity);
        Assert.All(capacity, e =>
        {
            Assert.Null(e.Value);
            var status = Assert.IsType<CodeableConcept>(Assert.Single(e.Extension, x => x.Url == "capacityStatus").Value);
            Assert.Equal(FhirHealthcareServiceExporter.CapacityCodeSystem, status.Coding[0].System);
        });
    }

    [Fact]
    public void Every_generated_networks_bundle_parses_strictly() =>
        Properties.ForAll(ReferralGenerators.Networks.ToArbitrary(), network =>
        {
            var bundle = Assert.IsType<Bundle>(ParseStrict(FhirHealthcareServiceExporter.ExportBundle(network)));
            Assert.Equal(network.OfferingCount, bundle.Entry.Count);
        });
}
