using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using Coalition.Domain.Tests.Referrals;
using Coalition.Domain.Tests;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.OpenReferral.Tests;

public sealed class HsdsRoundTripTests
{
    private static readonly HsdsImportOptions Options = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));

    [Fact]
    public void Export_then_import_gives_an_equal_network() =>
        Properties.ForAll(ReferralGenerators.Networks.ToArbitrary(), network =>
        {
            var json = HsdsExporter.Export(network, includeConfidentialAddresses: true);
            var result = HsdsImporter.Import(json, Options);
            Assert.Empty(result.Issues);
            Assert.Equal(network, result.Network);
            Assert.Equal(network.OfferingCount, result.ServicesImported);
        });

    [Fact]
    public void A_malformed_accreditation_is_reported_and_never_qualifies_the_provider()
    {
        var provider = new Provider("immigration-clinic", "Example Immigration Clinic", StakeholderCategories.LegalServicesImmigration, [new ServiceOffering("t-visa", [ServiceNeeds.LegalRepresentationImmigration])])
        {
            ImmigrationPractice = new() { Accreditations = [new Accreditation(AccreditationScope.Full, new LocalDate(2027, 1, 31))], HasSupervisedStudents = true },
        };
        var json = HsdsExporter.Export(new ReferralNetwork([provider]));
        Assert.Contains("\"full/2027-01-31\"", json, StringComparison.Ordinal);
        Assert.Equal(provider, HsdsImporter.Import(json, Options).Network.Providers.Single());

        var result = HsdsImporter.Import(json.Replace("full/2027-01-31", "lifetime/2027-01-31", StringComparison.Ordinal), Options);
        var issue = Assert.Single(result.Issues);
        Assert.False(issue.Skipped);
        Assert.Equal("organization", issue.RecordType);
        Assert.Contains("does not qualify", issue.Reason, StringComparison.Ordinal);
        var imported = result.Network.Providers.Single();
        Assert.Empty(imported.ImmigrationPractice!.Accreditations);
        Assert.True(imported.ImmigrationPractice.HasSupervisedStudents);
    }

    [Fact]
    public void A_confidential_address_is_left_out_of_the_export_by_default()
    {
        var shelter = new Provider("safe-house", "Example Safe House", StakeholderCategories.Shelters,
            [new ServiceOffering("beds", [ServiceNeeds.HousingEmergency]) { Languages = [new LanguageCode("en")], Schedule = WeeklySchedule.AlwaysOpen("America/Chicago"), Cost = CostKind.Free, ReferralMethods = ReferralMethods.Phone }])
        {
            AdheresToStandardOfCare = true,
            HasTraffickingTrainedStaff = true,
            HasLicensedSocialWorkers = true,
            Visibility = LocationVisibility.Confidential,
            Address = "1 Hidden Lane",
            IntakeContact = "+1-555-0100",
        };
        var network = new ReferralNetwork([shelter]);
        var json = HsdsExporter.Export(network);
        Assert.DoesNotContain("Hidden Lane", json, StringComparison.Ordinal);
        var back = HsdsImporter.Import(json, Options).Network.Providers.Single();
        Assert.Null(back.Address);
        Assert.Equal(LocationVisibility.Confidential, back.Visibility);
        Assert.True(back.Services[0].Schedule!.IsAlwaysOpen);
    }

    [Fact]
    public void A_generated_directory_of_ten_thousand_services_round_trips()
    {
        var needs = ServiceNeeds.Catalogue.Entries;
        var providers = Enumerable.Range(0, 5_000).Select(p => new Provider(
            $"org-{p:D5}",
            $"Organisation {p}",
            StakeholderCategories.Catalogue[p % StakeholderCategories.Catalogue.Count],
            [.. Enumerable.Range(0, 2).Select(s => new ServiceOffering($"svc-{s}", [needs[(p + s) % needs.Length]])
            {
                Languages = [new LanguageCode(s == 0 ? "en" : "es")],
                ProvidesInterpretation = s == 1,
                Area = p % 3 == 0 ? ServiceArea.Anywhere : ServiceArea.Of($"county-{p % 50:D2}"),
                Schedule = s == 0 ? WeeklySchedule.AlwaysOpen("America/Chicago") : null,
                Capacity = new Capacity(CapacityStatus.Available, p % 10, 10),
                Cost = CostKind.Free,
                ReferralMethods = ReferralMethods.Phone | ReferralMethods.Email,
            })])
        {
            IsLawEnforcementAffiliated = p % 7 == 0,
            ReportingDuties = p % 5 == 0 ? [ReportingDuties.ChildAbuseOrNeglect.Code] : [],
            AdheresToStandardOfCare = p % 2 == 0,
            HasTraffickingTrainedStaff = p % 3 == 0,
            HasLicensedSocialWorkers = p % 4 == 0,
            Visibility = p % 11 == 0 ? LocationVisibility.Confidential : LocationVisibility.Public,
            Address = $"{p} Example Road",
            IntakeContact = $"+1-555-{p:D4}",
        }).ToImmutableArray();
        var network = new ReferralNetwork(providers);
        var result = HsdsImporter.Import(HsdsExporter.Export(network, includeConfidentialAddresses: true), Options);
        Assert.Equal(10_000, result.ServicesRead);
        Assert.Equal(10_000, result.ServicesImported);
        Assert.Equal(network, result.Network);
    }

    [Fact]
    public void One_bad_record_never_loses_the_others_and_every_issue_says_why()
    {
        var good = HsdsExporter.Export(new ReferralNetwork([new Provider("org", "Example Org", StakeholderCategories.FaithBased,
            [new ServiceOffering("pantry", [ServiceNeeds.Food]) { Cost = CostKind.Free, ReferralMethods = ReferralMethods.Phone }]) { IntakeContact = "+1-555-0101" }]));
        var goodService = JsonDocument.Parse(good).RootElement[0].GetRawText();
        var page = $$$"""
            {"total_items": 5, "contents": [
              {{{goodService}}},
              {"name": "no id"},
              {"id": "closed", "status": "defunct", "organization": {"id": "x", "name": "X"}},
              {"id": "unmapped", "organization": {"id": "y", "name": "Y"}, "attributes": [{"link_type": "service_taxonomy", "taxonomy_term": {"code": "zzz", "taxonomy": "Local"}}]},
              {"id": "bad-flag", "organization": {"id": "z", "name": "Z"}, "attributes": [{"link_type": "coalition-domain", "value": "food", "taxonomy_term": {"code": "need"}}, {"link_type": "coalition-domain", "value": "aliens", "taxonomy_term": {"code": "genders"}}]}
            ]}
            """;
        var result = HsdsImporter.Import(page, Options);
        Assert.Equal(5, result.ServicesRead);
        Assert.Equal(1, result.ServicesImported);
        Assert.Equal(["org"], result.Network.Providers.Select(p => p.Id).ToArray());
        Assert.Equal(["contents[1]", "contents[2]", "contents[3]", "contents[4]"], result.Issues.Select(i => i.Path).ToArray());
        Assert.All(result.Issues, i => Assert.True(i.Skipped));
        Assert.Contains("no id", result.Issues[0].Reason, StringComparison.Ordinal);
        Assert.Contains("defunct", result.Issues[1].Reason, StringComparison.Ordinal);
        Assert.Contains("taxonomy mapping", result.Issues[2].Reason, StringComparison.Ordinal);
        Assert.Contains("aliens", result.Issues[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_mapping_table_maps_local_taxonomy_terms_to_needs()
    {
        var json = """{"id": "s1", "organization": {"id": "o1", "name": "Org"}, "attributes": [{"link_type": "service_taxonomy", "taxonomy_term": {"code": "SHELTER-1", "taxonomy": "County 211"}}]}""";
        var mapped = HsdsImporter.Import(json, HsdsImportOptions.Create("UTC", new LocalDate(2026, 1, 1), [new("county 211|shelter-1", "housing.emergency")]));
        Assert.Equal([ServiceNeeds.HousingEmergency], mapped.Network.Providers.Single().Services.Single().Needs.ToArray());
        Assert.Empty(HsdsImporter.Import(json, HsdsImportOptions.Create("UTC", new LocalDate(2026, 1, 1))).Network.Providers);
        Assert.Equal("extraMapping", Assert.Throws<ArgumentException>(() => HsdsImportOptions.Create("UTC", new LocalDate(2026, 1, 1), [new("x", "not-a-need")])).ParamName);
    }

    [Fact]
    public void Open_eligibility_terms_map_by_default()
    {
        var json = """[{"id": "s1", "organization": {"id": "o1", "name": "Org"}, "attributes": [{"link_type": "service_taxonomy", "taxonomy_term": {"code": "1121", "taxonomy": "Open Eligibility"}}]}]""";
        Assert.Equal([ServiceNeeds.HousingEmergency], HsdsImporter.Import(json, Options).Network.Providers.Single().Services.Single().Needs.ToArray());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    public void Malformed_input_gives_a_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => HsdsImporter.Import(json, Options));
    }
}
