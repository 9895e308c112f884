using Coalition.Domain.Coalitions;
using Coalition.Domain.Needs;
using Coalition.Domain.Screening;
using Coalition.Domain.Sources;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Tests.Needs;

/// <summary>The corrections found in the catalogue review, each with the test that would have caught it.</summary>
public sealed class CatalogueReviewTests
{
    /// <summary>
    /// Codes and displays of the HL7 service-type code system (http://terminology.hl7.org/CodeSystem/service-type) that the
    /// catalogue may use, copied from the published list so that a wrong code or a drifted display fails.
    /// </summary>
    private static readonly Dictionary<string, string> Hl7ServiceTypes = new(StringComparer.Ordinal)
    {
        ["70"] = "Crisis Counselling",
        ["80"] = "Sexual Assault Counselling",
        ["81"] = "Trauma Counselling",
        ["82"] = "Victims of Crime Counselling",
        ["105"] = "Drug and/or Alcohol Counselling",
        ["116"] = "Training & Vocational Education",
        ["117"] = "Emergency Medical",
        ["118"] = "Employment Placement and/or Support",
        ["126"] = "Crisis/Emergency Accommodation",
        ["130"] = "Interpreting/Multilingual Service",
        ["135"] = "Mental Health Assess/Triage/Crisis Response",
        ["548"] = "Food Relief/Food/Meals",
    };

    [Fact]
    public void Every_hl7_code_is_in_the_hl7_service_type_list_with_its_display()
    {
        var used = ServiceNeeds.Catalogue.SelectMany(n => n.PublicCodes).Where(c => c.System == PublicCodeSystem.Hl7ServiceType).ToList();
        Assert.NotEmpty(used);
        Assert.All(used, code => Assert.Equal(Hl7ServiceTypes[code.Code], code.Display));
    }

    [Fact]
    public void Employment_maps_to_job_services_and_not_to_workplace_rights()
    {
        Assert.DoesNotContain(ServiceNeeds.Employment.PublicCodes, c => c.Code == "1386");
        Assert.Contains(ServiceNeeds.Employment.PublicCodes, c => c.System == PublicCodeSystem.Hl7ServiceType && c.Code == "118");
        Assert.Contains(ServiceNeeds.Employment.PublicCodes, c => c.System == PublicCodeSystem.OpenEligibility && c.Display == "Help Find Work");
        Assert.Contains(ServiceNeeds.MedicalCareEmergency.PublicCodes, c => c.System == PublicCodeSystem.Hl7ServiceType && c.Code == "117");
        Assert.Contains(ServiceNeeds.SexualAssaultTraumaServices.PublicCodes, c => c.System == PublicCodeSystem.Hl7ServiceType && c.Code == "80");
    }

    [Fact]
    public void The_forensic_exam_is_its_own_immediate_need_and_trauma_services_no_longer_claim_it()
    {
        Assert.Equal(NeedHorizon.Immediate, ServiceNeeds.SexualAssaultForensicExam.Horizon);
        Assert.Null(ServiceNeeds.SexualAssaultForensicExam.Parent);
        Assert.DoesNotContain("Forensic exams", ServiceNeeds.SexualAssaultTraumaServices.Description, StringComparison.Ordinal);
        Assert.All(ServiceNeeds.WithHorizon(NeedHorizon.Immediate), n => Assert.True(
            n.Group is ServiceNeedGroup.Safety or ServiceNeedGroup.BasicNeeds or ServiceNeedGroup.Health || n == ServiceNeeds.HousingEmergency,
            $"{n.Code} is immediate but is not safety, food and clothing, shelter or care"));
    }

    [Fact]
    public void Immigration_agencies_decide_and_immigrant_serving_agencies_serve_as_seed_000_lists_them()
    {
        var agencies = StakeholderCategories.ImmigrationAgencies;
        Assert.Equal(StakeholderSector.Government, agencies.Sector);
        Assert.Empty(agencies.TypicalNeeds);
        Assert.Contains("USCIS decides", agencies.Description, StringComparison.Ordinal);
        Assert.Contains("at the request of federal law enforcement", agencies.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(SourceDocuments.OhioCoalitionModel, agencies.Sources);
        Assert.Contains(StakeholderCategories.ImmigrantServing, MembershipChecklists.Ohio.Categories);
        Assert.Equal(StakeholderSector.Community, StakeholderCategories.ImmigrantServing.Sector);
    }

    [Fact]
    public void Only_attorneys_and_accredited_representatives_are_typed_as_meeting_immigration_legal_representation()
    {
        // Legal service providers (attorneys) and immigration legal services (attorneys and DOJ-accredited representatives), nobody else.
        var typed = StakeholderCategories.TypicallyMeeting(ServiceNeeds.LegalRepresentationImmigration).ToList();
        Assert.Contains(StakeholderCategories.LegalServicesImmigration, typed);
        Assert.All(typed, c => Assert.True(c.IsOrDescendsFrom(StakeholderCategories.LegalServices), $"{c.Code} is typed as giving immigration legal representation"));
        Assert.DoesNotContain(ServiceNeeds.LegalRepresentationImmigration, StakeholderCategories.ImmigrantServing.TypicalNeeds);
    }

    [Fact]
    public void A_document_that_names_no_author_is_credited_to_nobody()
    {
        Assert.Equal(SourceDocument.PublisherNotNamed, SourceDocuments.OhioCoalitionModel.Publisher);
        Assert.Equal(SourceDocument.PublisherNotNamed, SourceDocuments.OhioReferralNetworkGuidelines.Publisher);
        Assert.Contains("Office of Justice Programs", SourceDocuments.OjpBuildingCollaborations.Publisher, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_no_seed_gives_are_the_librarys_configurable_defaults()
    {
        var coalition = new CoalitionProfile(
            "Example", "county",
            [new CoalitionMember("A", StakeholderCategories.Shelters, []), new CoalitionMember("B", StakeholderCategories.LawEnforcementLocal, []), new CoalitionMember("C", StakeholderCategories.Hospitals, [])],
            [], Leadership.None, false, MeetingCadence.Monthly, false, [new FundingSource("Grant", FundingKind.Foundation, true)], MediaEngagement.None, SurvivorParticipation.None, [], [], null);
        var partners = BestPractices.Get("formation.community-partners");
        Assert.False(partners.Check(coalition).IsMet);
        Assert.True(partners.Check(coalition, new HealthCheckThresholds { MinimumMembers = 3, MinimumSectors = 3 }).IsMet);
        var funding = BestPractices.Get("sustainable-funding");
        Assert.False(funding.Check(coalition).IsMet);
        Assert.True(funding.Check(coalition, new HealthCheckThresholds { MinimumFundingSources = 1 }).IsMet);
        var strict = CoalitionHealthCheck.Assess(coalition, new HealthCheckThresholds { MembersForFullPillarCoverage = 10 });
        Assert.True(strict.Pillars.Sum(p => p.Score) < CoalitionHealthCheck.Assess(coalition).Pillars.Sum(p => p.Score));
        Assert.Equal(10, strict.Thresholds.MembersForFullPillarCoverage);
        Assert.Equal("MinimumSectors", Assert.Throws<ArgumentOutOfRangeException>(() => new HealthCheckThresholds { MinimumSectors = 0 }).ParamName);
        Assert.Contains("library's default", CoalitionReport.Create(coalition).ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_003_and_seed_002_thresholds_say_they_are_defaults_not_seed_text()
    {
        Assert.DoesNotContain("at least five members from at least three sectors", BestPractices.Get("formation.community-partners").Description, StringComparison.Ordinal);
        Assert.Contains("library's default", BestPractices.Get("formation.community-partners").Description, StringComparison.Ordinal);
        Assert.Contains("library's default", BestPractices.Get("sustainable-funding").Description, StringComparison.Ordinal);
        Assert.All(Indicators.Catalogue, i => Assert.False(i.SuggestedFacts.IsEmpty && i.PromptedFacts.IsEmpty));
    }
}
