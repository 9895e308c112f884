using Coalition.Domain.FourP;
using Coalition.Domain.Needs;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Tests.Needs;

public sealed class ServiceNeedsTests
{
    [Fact]
    public void The_catalogue_has_at_least_35_needs()
    {
        Assert.True(ServiceNeeds.Catalogue.Count >= 35, $"only {ServiceNeeds.Catalogue.Count} needs");
    }

    [Fact]
    public void Immediate_needs_are_seed_003s_list_plus_crisis_intervention_emergency_variants_and_the_forensic_exam()
    {
        string[] expected =
        [
            "clothing", "crisis-intervention", "dental-care.emergency", "food", "housing.emergency",
            "medical-care", "medical-care.emergency", "mental-health-care.emergency", "safety-planning", "sexual-assault-forensic-exam",
        ];
        Assert.Equal(expected, ServiceNeeds.WithHorizon(NeedHorizon.Immediate).Select(n => n.Code));
    }

    [Fact]
    public void Every_emergency_variant_is_immediate_and_every_long_term_variant_is_not()
    {
        Assert.All(ServiceNeeds.Catalogue.Where(n => n.Code.EndsWith(".emergency", StringComparison.Ordinal)), n => Assert.Equal(NeedHorizon.Immediate, n.Horizon));
        Assert.All(ServiceNeeds.Catalogue.Where(n => n.Code.EndsWith(".long-term", StringComparison.Ordinal)), n => Assert.Equal(NeedHorizon.LongerTerm, n.Horizon));
    }

    [Fact]
    public void Variants_know_their_parent_and_parents_list_their_variants()
    {
        Assert.Equal(ServiceNeeds.Housing, ServiceNeeds.HousingEmergency.Parent);
        Assert.Equal(["housing.emergency", "housing.permanent", "housing.transitional"], ServiceNeeds.Housing.Variants.Select(v => v.Code));
        Assert.Equal(["legal-representation.civil", "legal-representation.criminal", "legal-representation.immigration"], ServiceNeeds.LegalRepresentation.Variants.Select(v => v.Code));
        Assert.All(ServiceNeeds.Catalogue, need =>
        {
            Assert.Equal(need.Parent is not null, need.IsVariant);
            if (need.Parent is { } parent)
            {
                Assert.StartsWith(parent.Code + ".", need.Code, StringComparison.Ordinal);
                Assert.Contains(need, parent.Variants);
                Assert.True(need.IsOrDescendsFrom(parent));
                Assert.False(parent.IsOrDescendsFrom(need));
            }

            Assert.All(need.Variants, v => Assert.Equal(need, v.Parent));
        });
    }

    [Fact]
    public void Filters_by_group_and_horizon_partition_the_catalogue()
    {
        var byGroup = Enum.GetValues<ServiceNeedGroup>().SelectMany(g => ServiceNeeds.InGroup(g)).ToList();
        var byHorizon = Enum.GetValues<NeedHorizon>().SelectMany(h => ServiceNeeds.WithHorizon(h)).ToList();
        var byPillar = Pillars.Catalogue.SelectMany(p => ServiceNeeds.ServingPillar(p)).ToList();
        Assert.Equal(ServiceNeeds.Catalogue.OrderBy(n => n.Code), byGroup.OrderBy(n => n.Code));
        Assert.Equal(ServiceNeeds.Catalogue.OrderBy(n => n.Code), byHorizon.OrderBy(n => n.Code));
        Assert.Equal(ServiceNeeds.Catalogue.OrderBy(n => n.Code), byPillar.OrderBy(n => n.Code));
        Assert.All(ServiceNeeds.InGroup(ServiceNeedGroup.Housing), n => Assert.Equal(ServiceNeedGroup.Housing, n.Group));
    }

    [Fact]
    public void Every_survivor_need_serves_protection_and_witness_support_is_a_criminal_justice_need()
    {
        // Seed 001 lists "witness support for victims and nonvictims" among the needs of the criminal justice process.
        Assert.Equal(ServiceNeeds.Catalogue.Count, ServiceNeeds.ServingPillar(Pillars.Protection).Length);
        Assert.False(ServiceNeeds.Catalogue.Contains("witness-support"));
        Assert.Equal(Pillars.Prosecution, CriminalJusticeNeeds.Get("witness-support").Pillar);
    }

    [Fact]
    public void Public_codes_map_to_the_documented_open_eligibility_and_hl7_codes()
    {
        Assert.Equal([ServiceNeeds.HousingEmergency], ServiceNeeds.WithPublicCode(PublicCodeSystem.OpenEligibility, "1121").ToArray());
        Assert.Equal([ServiceNeeds.HousingEmergency], ServiceNeeds.WithPublicCode(PublicCodeSystem.Hl7ServiceType, "126").ToArray());
        Assert.Equal([ServiceNeeds.TranslationInterpretation], ServiceNeeds.WithPublicCode(PublicCodeSystem.OpenEligibility, "1390").ToArray());
        Assert.Equal([ServiceNeeds.IdentificationDocuments], ServiceNeeds.WithPublicCode(PublicCodeSystem.OpenEligibility, "1384").ToArray());
        Assert.Empty(ServiceNeeds.WithPublicCode(PublicCodeSystem.OpenEligibility, "9999"));
    }

    [Fact]
    public void A_need_without_a_public_code_says_so()
    {
        Assert.All(ServiceNeeds.Catalogue, n => Assert.Equal(!n.PublicCodes.IsEmpty, n.HasPublicCode));
        Assert.False(ServiceNeeds.FinancialLiteracy.HasPublicCode);
        Assert.True(ServiceNeeds.Food.HasPublicCode);
    }

    [Fact]
    public void Every_need_cites_seed_001_or_004()
    {
        Assert.All(ServiceNeeds.Catalogue, n => Assert.True(
            n.Sources.Contains(SourceDocuments.OjpBuildingCollaborations) || n.Sources.Contains(SourceDocuments.OhioReferralNetworkGuidelines),
            $"{n.Code} cites neither seed 001 nor seed 004"));
    }

    [Fact]
    public void Unknown_code_message_suggests_the_nearest_codes()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceNeeds.Get("housng.emergency"));
        Assert.StartsWith("Unknown service need code 'housng.emergency'. Nearest known codes: 'housing.emergency'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_prefer_codes_that_start_with_the_input()
    {
        Assert.Equal(["housing", "housing.emergency", "housing.permanent"], ServiceNeeds.Catalogue.SuggestCodes("housing").ToArray());
        Assert.Equal(["medical-care"], ServiceNeeds.Catalogue.SuggestCodes("medical-car", 1).ToArray());
        Assert.Equal("maxSuggestions", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceNeeds.Catalogue.SuggestCodes("x", 0)).ParamName);
    }

    [Fact]
    public void Undefined_enum_values_are_rejected_by_the_filters()
    {
        Assert.Equal("group", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceNeeds.InGroup((ServiceNeedGroup)99)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceNeeds.WithHorizon((NeedHorizon)0)).ParamName);
    }

    [Fact]
    public void Criminal_justice_needs_are_the_sixteen_of_seed_001()
    {
        Assert.Equal(16, CriminalJusticeNeeds.Catalogue.Count);
        Assert.Equal("Informed judiciary", CriminalJusticeNeeds.Get("informed-judiciary").DisplayName);
        Assert.All(CriminalJusticeNeeds.Catalogue, n => Assert.Equal(SourceDocuments.OjpBuildingCollaborations, n.Source));
    }
}
