using System.Text.Json;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Tests.Referrals;
using Coalition.Domain.Tests;
using FsCheck.Fluent;

namespace Coalition.Domain.OpenReferral.Tests;

/// <summary>
/// Checks the FHIR output against the structure of the R4 HealthcareService resource, written from the specification:
/// only R4 HealthcareService elements at the top level, the required resourceType, valid ids, and the documented code systems.
/// </summary>
public sealed class FhirExportTests
{
    private static readonly HashSet<string> R4HealthcareServiceElements =
    [
        "resourceType", "id", "meta", "implicitRules", "language", "text", "contained", "extension", "modifierExtension", "identifier", "active",
        "providedBy", "category", "type", "specialty", "location", "name", "comment", "extraDetails", "photo", "telecom", "coverageArea",
        "serviceProvisionCode", "eligibility", "program", "characteristic", "communication", "referralMethod", "appointmentRequired",
        "availableTime", "notAvailable", "availabilityExceptions", "endpoint",
    ];

    private static readonly HashSet<string> Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly HashSet<string> ReferralCodes = ["fax", "phone", "elec", "semail", "mail"];
    private static readonly HashSet<string> CapacityCodes = ["capacity", "no-capacity", "waitlist", "additional-assessment-required"];

    [Fact]
    public void Every_resource_follows_the_r4_healthcare_service_structure() =>
        Properties.ForAll(ReferralGenerators.Networks.ToArbitrary(), network =>
        {
            using var bundle = JsonDocument.Parse(FhirHealthcareServiceExporter.ExportBundle(network));
            var root = bundle.RootElement;
            Assert.Equal("Bundle", root.GetProperty("resourceType").GetString());
            Assert.Equal("collection", root.GetProperty("type").GetString());
            var entries = Items(root, "entry").Select(e => e.GetProperty("resource")).ToList();
            Assert.Equal(network.OfferingCount, entries.Count);
            foreach (var resource in entries)
            {
                Assert.Equal("HealthcareService", resource.GetProperty("resourceType").GetString());
                foreach (var property in resource.EnumerateObject())
                {
                    Assert.Contains(property.Name, R4HealthcareServiceElements);
                }

                Assert.Matches("^[A-Za-z0-9\\-\\.]{1,64}$", resource.GetProperty("id").GetString()!);
                foreach (var time in Items(resource, "availableTime"))
                {
                    Assert.All(time.GetProperty("daysOfWeek").EnumerateArray(), d => Assert.Contains(d.GetString()!, Days));
                    if (time.TryGetProperty("availableStartTime", out var start))
                    {
                        Assert.Matches("^\\d{2}:\\d{2}:\\d{2}$", start.GetString()!);
                    }
                }

                foreach (var method in Items(resource, "referralMethod"))
                {
                    var coding = method.GetProperty("coding")[0];
                    Assert.Equal(FhirHealthcareServiceExporter.ReferralMethodSystem, coding.GetProperty("system").GetString());
                    Assert.Contains(coding.GetProperty("code").GetString()!, ReferralCodes);
                }

                foreach (var language in Items(resource, "communication"))
                {
                    Assert.Equal(FhirHealthcareServiceExporter.LanguageSystem, language.GetProperty("coding")[0].GetProperty("system").GetString());
                }

                foreach (var extension in Items(resource, "extension"))
                {
                    // The SDOH Clinical Care capacity extension is complex: sub-extensions, and no value of its own.
                    Assert.Equal(FhirHealthcareServiceExporter.CapacityExtensionUrl, extension.GetProperty("url").GetString());
                    Assert.DoesNotContain(extension.EnumerateObject(), p => p.Name.StartsWith("value", StringComparison.Ordinal));
                    var parts = extension.GetProperty("extension").EnumerateArray().ToList();
                    var status = Assert.Single(parts, p => p.GetProperty("url").GetString() == "capacityStatus");
                    var coding = status.GetProperty("valueCodeableConcept").GetProperty("coding")[0];
                    Assert.Equal(FhirHealthcareServiceExporter.CapacityCodeSystem, coding.GetProperty("system").GetString());
                    Assert.Contains(coding.GetProperty("code").GetString()!, CapacityCodes);
                    Assert.All(parts, p => Assert.Contains(p.GetProperty("url").GetString(), new[] { "capacityStatus", "capacityNotes" }));
                }

                foreach (var type in Items(resource, "type").Where(t => t.TryGetProperty("coding", out _)))
                {
                    Assert.All(type.GetProperty("coding").EnumerateArray(), c => Assert.Equal(FhirHealthcareServiceExporter.ServiceTypeSystem, c.GetProperty("system").GetString()));
                }
            }

            foreach (var provider in network.Providers.Where(p => p.Visibility == LocationVisibility.Confidential && p.Address is not null))
            {
                Assert.DoesNotContain(provider.Address!, root.GetRawText(), StringComparison.Ordinal);
            }
        });

    private static IEnumerable<JsonElement> Items(JsonElement resource, string name) =>
        resource.TryGetProperty(name, out var array) ? array.EnumerateArray() : [];
}
