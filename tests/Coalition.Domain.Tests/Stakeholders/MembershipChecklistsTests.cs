using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Tests.Stakeholders;

public sealed class MembershipChecklistsTests
{
    [Fact]
    public void There_are_the_three_checklists_of_seeds_000_001_and_002()
    {
        Assert.Equal(["ohio-coalition-members", "ojp-partnership-members", "nebraska-formation-members"], MembershipChecklists.Catalogue.Codes.ToArray());
        Assert.Equal(["000", "001", "002"], MembershipChecklists.Catalogue.Select(c => c.Source.SeedFile[..3]));
    }

    [Fact]
    public void Every_category_on_a_checklist_cites_the_checklists_source()
    {
        Assert.All(MembershipChecklists.Catalogue, checklist =>
            Assert.All(checklist.Categories, category => Assert.Contains(checklist.Source, category.Sources)));
    }

    [Fact]
    public void Each_checklist_names_what_its_seed_names()
    {
        Assert.True(MembershipChecklists.Ohio.Recommends(StakeholderCategories.JobsAndFamilyServices));
        Assert.True(MembershipChecklists.Ohio.Recommends(StakeholderCategories.RegulatoryInspection));
        Assert.True(MembershipChecklists.Ohio.Recommends(StakeholderCategories.SubstanceUseTreatment));
        Assert.True(MembershipChecklists.Ojp.Recommends(StakeholderCategories.RapeCrisisCenters));
        Assert.True(MembershipChecklists.Ojp.Recommends(StakeholderCategories.PublicDefenders));
        Assert.True(MembershipChecklists.Ojp.Recommends(StakeholderCategories.StudentGroups));
        Assert.True(MembershipChecklists.Ojp.Recommends(StakeholderCategories.ServiceClubs));
        Assert.True(MembershipChecklists.Nebraska.Recommends(StakeholderCategories.Hospitality));
        Assert.True(MembershipChecklists.Nebraska.Recommends(StakeholderCategories.Survivors));
        Assert.True(MembershipChecklists.Nebraska.Recommends(StakeholderCategories.Media));
        Assert.True(MembershipChecklists.Nebraska.Recommends(StakeholderCategories.Mayor));
        Assert.False(MembershipChecklists.Nebraska.Recommends(StakeholderCategories.PublicDefenders));
    }

    [Fact]
    public void Checklists_list_each_category_once()
    {
        Assert.All(MembershipChecklists.Catalogue, c => Assert.Equal(c.Categories.Length, c.Categories.Distinct().Count()));
        Assert.Equal(30, MembershipChecklists.Ohio.Categories.Length);
        Assert.Equal(23, MembershipChecklists.Ojp.Categories.Length);
        Assert.Equal(16, MembershipChecklists.Nebraska.Categories.Length);
    }
}
