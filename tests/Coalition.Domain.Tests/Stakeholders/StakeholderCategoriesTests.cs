using Coalition.Domain.FourP;
using Coalition.Domain.Needs;
using Coalition.Domain.Sources;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Tests.Stakeholders;

public sealed class StakeholderCategoriesTests
{
    /// <summary>Every stakeholder the seeds name, in the seeds' words, with the category that holds it.</summary>
    public static TheoryData<string, string, string> SeedStakeholders => new()
    {
        // Seed 000, Ohio.
        { "000", "Local police department", "law-enforcement.local" },
        { "000", "FBI", "law-enforcement.federal" },
        { "000", "Homeland Security Investigations", "law-enforcement.federal" },
        { "000", "US Attorney's Office", "prosecution.federal" },
        { "000", "State highway patrol", "law-enforcement.state" },
        { "000", "Bureau of Criminal Investigation", "law-enforcement.state" },
        { "000", "County prosecutor", "prosecution.county" },
        { "000", "Licensed social workers", "victim-services.case-management" },
        { "000", "Nonprofits", "civic.nonprofits" },
        { "000", "Universities", "education.university" },
        { "000", "Faith-based groups", "faith-based" },
        { "000", "Criminal cases", "legal-services.criminal" },
        { "000", "Civil cases", "legal-services.civil" },
        { "000", "Immigration cases", "legal-services.immigration" },
        { "000", "Federal", "government.federal" },
        { "000", "State", "government.state" },
        { "000", "City", "government.local" },
        { "000", "Volunteers", "community.volunteers" },
        { "000", "Advocates", "community.volunteers" },
        { "000", "Probation officers", "courts.probation" },
        { "000", "Judges", "courts.judges" },
        { "000", "Court specialty dockets", "courts.specialty-dockets" },
        { "000", "Jobs and Family Services", "government.jobs-family-services" },
        { "000", "Child Advocacy Centers", "victim-services.child-advocacy-center" },
        { "000", "Child welfare organizations", "child-welfare" },
        { "000", "Immigration services", "community.immigrant-serving" },
        { "000", "Domestic violence advocates", "victim-services.domestic-violence" },
        { "000", "Crime victim advocates", "victim-services.crime-victim-advocacy" },
        { "000", "Medical providers", "health.medical" },
        { "000", "Mental health providers", "health.mental-health" },
        { "000", "Alcohol and Other Drug treatment providers", "health.substance-use-treatment" },
        { "000", "Shelter providers", "victim-services.shelter" },
        { "000", "County boards of health", "government.regulatory-inspection" },

        // Seed 001, OJP.
        { "001", "Child welfare", "child-welfare" },
        { "001", "Juvenile justice systems", "juvenile-justice" },
        { "001", "Child advocacy centers", "victim-services.child-advocacy-center" },
        { "001", "Rape crisis centers", "victim-services.rape-crisis-center" },
        { "001", "Domestic violence shelters", "victim-services.domestic-violence" },
        { "001", "Civil legal service providers", "legal-services.civil" },
        { "001", "Immigrant-serving agencies", "community.immigrant-serving" },
        { "001", "Youth and mentoring programs", "community.youth-mentoring" },
        { "001", "Courts", "courts" },
        { "001", "Public defenders", "public-defenders" },
        { "001", "Human trafficking service programs", "victim-services.human-trafficking-program" },
        { "001", "Hospitals", "health.hospital-urgent-care" },
        { "001", "Urgent care clinics", "health.hospital-urgent-care" },
        { "001", "Schools", "education.schools" },
        { "001", "School resource officers", "law-enforcement.school-resource-officer" },
        { "001", "School counselors", "education.schools" },
        { "001", "Student groups", "education.student-groups" },
        { "001", "Tribal", "law-enforcement.tribal" },
        { "001", "Rotary", "civic.service-clubs" },
        { "001", "Kiwanis", "civic.service-clubs" },
        { "001", "Chamber of Commerce", "civic.chamber-of-commerce" },
        { "001", "Churches", "faith-based" },
        { "001", "Mosques", "faith-based" },
        { "001", "Temples", "faith-based" },
        { "001", "Synagogues", "faith-based" },
        { "001", "Business leaders", "business.leaders" },

        // Seed 002, Nebraska.
        { "002", "Mayor", "government.mayor" },
        { "002", "Sheriff", "law-enforcement.local" },
        { "002", "State patrol", "law-enforcement.state" },
        { "002", "City council", "government.city-council" },
        { "002", "Survivors of human trafficking", "survivors" },
        { "002", "Victim service providers", "victim-services" },
        { "002", "Shelters", "victim-services.shelter" },
        { "002", "Hospitality managers", "business.hospitality" },
        { "002", "Hotels", "business.hospitality" },
        { "002", "Restaurants", "business.hospitality" },
        { "002", "Transportation providers", "business.transportation" },
        { "002", "Health care providers", "health" },
        { "002", "Junior League", "civic.service-clubs" },
        { "002", "Salvation Army", "civic.service-clubs" },
        { "002", "Knights of Columbus", "civic.service-clubs" },
        { "002", "Interested businesses", "business" },
        { "002", "Media", "media" },

        // Seed 003, TIP report.
        { "003", "Survivors", "survivors" },
        { "003", "Private funders", "private-funders" },
        { "003", "Labor inspectors", "government.labor-inspection" },
        { "003", "Attorney General", "prosecution.state" },

        // Seed 004, outreach partners for foreign-national victims.
        { "004", "Health clinics", "health.community-clinic" },
        { "004", "Refugee service agencies", "community.refugee-services" },
        { "004", "Labor rights networks", "community.labor-rights" },
        { "004", "Culturally-specific organizations", "community.culturally-specific" },
        { "004", "Migrant farmworker outreach", "community.migrant-farmworker-outreach" },
        { "004", "Health outreach programs", "health.community-clinic" },
        { "004", "Community legal programs", "legal-services.community" },
        { "004", "Sexual assault response teams", "health.sexual-assault-response-team" },
        { "004", "Educational programs", "education.programs" },
        { "004", "Immigration assistance programs", "community.immigrant-serving" },
    };

    [Theory]
    [MemberData(nameof(SeedStakeholders))]
    public void Every_stakeholder_the_seeds_name_is_in_the_taxonomy(string seed, string term, string code)
    {
        var category = StakeholderCategories.Get(code);
        Assert.True(
            category.DisplayName.Contains(term, StringComparison.OrdinalIgnoreCase) ||
            category.Examples.Any(e => e.Contains(term, StringComparison.OrdinalIgnoreCase)) ||
            category.Description.Contains(term, StringComparison.OrdinalIgnoreCase),
            $"'{term}' (seed {seed}) is not named by '{code}'");
        Assert.Contains(category.Sources, s => s.SeedFile.StartsWith(seed, StringComparison.Ordinal));
    }

    [Fact]
    public void The_taxonomy_has_at_least_45_categories()
    {
        Assert.True(StakeholderCategories.Catalogue.Count >= 45, $"only {StakeholderCategories.Catalogue.Count} categories");
    }

    [Fact]
    public void The_tree_is_two_levels_with_parents_before_children()
    {
        var seen = new HashSet<StakeholderCategory>();
        foreach (var category in StakeholderCategories.Catalogue)
        {
            if (category.Parent is { } parent)
            {
                Assert.Contains(parent, seen);
                Assert.Null(parent.Parent);
                Assert.Contains(category, parent.Children);
                Assert.True(category.IsOrDescendsFrom(parent));
            }

            seen.Add(category);
        }

        Assert.Equal(StakeholderCategories.Catalogue.Where(c => c.Parent is null), StakeholderCategories.Roots);
        Assert.Equal(
            ["law-enforcement.local", "law-enforcement.state", "law-enforcement.tribal", "law-enforcement.federal", "law-enforcement.school-resource-officer"],
            StakeholderCategories.LawEnforcement.Children.Select(c => c.Code));
    }

    [Fact]
    public void Survivors_are_key_stakeholders_compensated_for_their_expertise()
    {
        var survivors = StakeholderCategories.Survivors;
        Assert.Equal(StakeholderSector.Survivor, survivors.Sector);
        Assert.Contains("compensated", survivors.Description, StringComparison.Ordinal);
        Assert.Contains(SourceDocuments.TipReportLocalSolutions, survivors.Sources);
        Assert.Contains(Pillars.Partnership, survivors.Pillars);
    }

    [Fact]
    public void Jurisdiction_levels_follow_the_category()
    {
        Assert.Equal(JurisdictionLevels.Tribal, StakeholderCategories.LawEnforcementTribal.JurisdictionLevels);
        Assert.Equal(JurisdictionLevels.Federal, StakeholderCategories.LawEnforcementFederal.JurisdictionLevels);
        Assert.Equal(JurisdictionLevels.All, StakeholderCategories.LawEnforcement.JurisdictionLevels);
        Assert.All(StakeholderCategories.Catalogue, c => Assert.NotEqual(JurisdictionLevels.None, c.JurisdictionLevels));
    }

    [Fact]
    public void Every_htcds_organisation_type_maps_onto_the_taxonomy()
    {
        Assert.All(Enum.GetValues<HtcdsOrganisationType>(), type =>
        {
            var categories = StakeholderCategories.ForHtcdsType(type);
            Assert.NotEmpty(categories);
            Assert.All(categories, c => Assert.Equal(type, c.HtcdsType));
        });
        Assert.Equal(StakeholderCategories.LawEnforcement, StakeholderCategories.ForHtcdsType(HtcdsOrganisationType.LawEnforcement)[0]);
        Assert.Contains(StakeholderCategories.ImmigrationAgencies, StakeholderCategories.ForHtcdsType(HtcdsOrganisationType.ImmigrationService));
        Assert.Null(StakeholderCategories.Survivors.HtcdsType);
    }

    [Fact]
    public void Categories_that_meet_a_need_include_its_specialists()
    {
        Assert.Contains(StakeholderCategories.Shelters, StakeholderCategories.TypicallyMeeting(ServiceNeeds.HousingEmergency));
        Assert.Contains(StakeholderCategories.Shelters, StakeholderCategories.TypicallyMeeting(ServiceNeeds.Housing));
        Assert.Contains(StakeholderCategories.LegalServicesImmigration, StakeholderCategories.TypicallyMeeting(ServiceNeeds.LegalRepresentationImmigration));
        Assert.DoesNotContain(StakeholderCategories.Media, StakeholderCategories.TypicallyMeeting(ServiceNeeds.Food));
    }

    [Fact]
    public void Filters_by_pillar_and_sector_agree_with_the_entries()
    {
        Assert.All(StakeholderCategories.ContributingTo(Pillars.Prosecution), c => Assert.Contains(Pillars.Prosecution, c.Pillars));
        Assert.All(Pillars.Catalogue, p => Assert.NotEmpty(StakeholderCategories.ContributingTo(p)));
        var bySector = Enum.GetValues<StakeholderSector>().SelectMany(s => StakeholderCategories.InSector(s));
        Assert.Equal(StakeholderCategories.Catalogue.OrderBy(c => c.Code), bySector.OrderBy(c => c.Code));
        Assert.Equal("sector", Assert.Throws<ArgumentOutOfRangeException>(() => StakeholderCategories.InSector((StakeholderSector)0)).ParamName);
    }
}
