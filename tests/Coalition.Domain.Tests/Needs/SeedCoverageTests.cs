using Coalition.Domain.Needs;

namespace Coalition.Domain.Tests.Needs;

/// <summary>
/// Walks the lists of survivor needs in seeds 001 and 004, item by item as the seeds word them, and finds every item in
/// the catalogue. Each item names the codes that encode it; an item with variants ("emergency and long-term") needs each.
/// </summary>
public sealed class SeedCoverageTests
{
    /// <summary>
    /// Needs the seeds name outside their lists: seed 004 counts "immigration assistance programs" among critical partners
    /// for outreach, and seed 003 asks that advocates ensure access to immigration relief. Navigation is not representation
    /// (issue 14), so it has its own code.
    /// </summary>
    private static readonly (string Item, string[] Codes)[] SeedPartnerItems =
    [
        ("Immigration assistance programs (004); access to immigration relief (003)", ["immigration-navigation"]),
    ];

    /// <summary>Seed 001, "Needs of victims of human trafficking may include—".</summary>
    private static readonly (string Item, string[] Codes)[] Seed001Items =
    [
        ("Case management", ["case-management"]),
        ("Child-specific (dependent) assistance", ["child-dependent-assistance"]),
        ("Clothing", ["clothing"]),
        ("Crisis intervention", ["crisis-intervention"]),
        ("Cultural and community support", ["cultural-community-support"]),
        ("Dental care (emergency and long-term)", ["dental-care", "dental-care.emergency", "dental-care.long-term"]),
        ("Education and GED classes", ["education"]),
        ("English as a Second Language classes", ["esl-classes"]),
        ("Financial literacy and education", ["financial-literacy"]),
        ("Family contact or reunification", ["family-reunification"]),
        ("Food", ["food"]),
        ("Housing (emergency, transitional, permanent)", ["housing", "housing.emergency", "housing.transitional", "housing.permanent"]),
        ("Identification documents", ["identification-documents"]),
        ("Job preparation and placement", ["job-preparation-placement"]),
        ("Legal representation (immigration, criminal, civil)", ["legal-representation", "legal-representation.immigration", "legal-representation.criminal", "legal-representation.civil"]),
        ("Medical care (emergency and long-term)", ["medical-care", "medical-care.emergency", "medical-care.long-term"]),
        ("Mental health care (emergency and long-term)", ["mental-health-care", "mental-health-care.emergency", "mental-health-care.long-term"]),
        ("Public benefits assistance", ["public-benefits"]),
        ("Religious and spiritual assistance", ["religious-spiritual-assistance"]),
        ("Repatriation assistance", ["repatriation-assistance"]),
        ("Safety planning", ["safety-planning"]),
        ("Sexual assault trauma services", ["sexual-assault-trauma-services", "sexual-assault-forensic-exam"]),
        ("Substance abuse services", ["substance-abuse-services"]),
        ("Translation and interpretation", ["translation-interpretation"]),
        ("Transportation", ["transportation"]),
        ("Victim advocacy", ["victim-advocacy"]),
    ];

    /// <summary>Seed 004, "The needs of a victim can include the following".</summary>
    private static readonly (string Item, string[] Codes)[] Seed004Items =
    [
        ("Case management", ["case-management"]),
        ("Child-specific (dependent) assistance", ["child-dependent-assistance"]),
        ("Clothing, food, housing (emergency, transitional, permanent)", ["clothing", "food", "housing.emergency", "housing.transitional", "housing.permanent"]),
        ("Criminal Justice Advocacy", ["criminal-justice-advocacy"]),
        ("Crisis intervention", ["crisis-intervention"]),
        ("Cultural community/support", ["cultural-community-support"]),
        ("Dental care (emergency and long-term)", ["dental-care.emergency", "dental-care.long-term"]),
        ("Education/GED classes, workforce development", ["education", "workforce-development"]),
        ("Employment", ["employment"]),
        ("English as a Second Language (ESL) classes", ["esl-classes"]),
        ("Family reunification", ["family-reunification"]),
        ("Identification documents", ["identification-documents"]),
        ("Legal representation (immigration, criminal, civil)", ["legal-representation.immigration", "legal-representation.criminal", "legal-representation.civil"]),
        ("Medical care (emergency and long-term)", ["medical-care.emergency", "medical-care.long-term"]),
        ("Mental health care (emergency and long-term)", ["mental-health-care.emergency", "mental-health-care.long-term"]),
        ("Personal Advocacy", ["personal-advocacy"]),
        ("Public assistance benefits", ["public-benefits"]),
        ("Safety and safety planning", ["safety-planning"]),
        ("Sexual assault trauma services", ["sexual-assault-trauma-services", "sexual-assault-forensic-exam"]),
        ("Substance abuse services", ["substance-abuse-services"]),
        ("Translation and interpretation", ["translation-interpretation"]),
        ("Transportation", ["transportation"]),
    ];

    /// <summary>Seed 001, "Needs of the criminal justice process include—".</summary>
    public static TheoryData<string> Seed001CriminalJusticeItems => new()
    {
        "Aggressive prosecution", "Appropriate authority", "Cross-jurisdictional cooperation", "Effective equipment",
        "Effective laws", "Evidence", "Expert witnesses", "Informed judiciary", "Interagency cooperation",
        "Operational intelligence", "Suspect identification", "Training (ongoing to address turnover, and more advanced topics)",
        "Understanding of victim-centered investigations", "Victim identification", "Victim support services",
        "Witness support for victims and nonvictims",
    };

    /// <summary>Both lists, each row named by its seed, so that an item both seeds list is two distinct cases.</summary>
    public static TheoryData<string, string, string[]> SeedItems()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var (item, codes) in Seed001Items)
        {
            data.Add("001", item, codes);
        }

        foreach (var (item, codes) in Seed004Items)
        {
            data.Add("004", item, codes);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedItems))]
    public void Every_survivor_need_in_the_seeds_is_in_the_catalogue(string seed, string seedItem, string[] codes)
    {
        // At least one of the codes cites the seed the item comes from.
        Assert.Contains(codes, code => ServiceNeeds.Get(code).Sources.Any(source => source.SeedFile.StartsWith(seed, StringComparison.Ordinal)));
        Assert.All(codes, code => Assert.True(ServiceNeeds.Catalogue.Contains(code), $"'{seedItem}' needs code '{code}'"));

        // The first code's display name shares the seed item's key word, so the mapping cannot silently drift.
        var keyWord = seedItem.Split(' ', '/', '(', ',')[0].TrimEnd('-');
        var displayNames = codes.Select(c => ServiceNeeds.Get(c).DisplayName);
        Assert.Contains(displayNames, name => name.Contains(keyWord, StringComparison.OrdinalIgnoreCase) || seedItem.Contains(name.Split(' ')[0], StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Seed001CriminalJusticeItems))]
    public void Every_criminal_justice_need_in_seed_001_is_in_its_catalogue(string seedItem)
    {
        Assert.Contains(CriminalJusticeNeeds.Catalogue, n => n.DisplayName == seedItem);
    }

    [Fact]
    public void Every_catalogued_need_comes_from_a_seed_list()
    {
        var listed = Seed001Items.Concat(Seed004Items).Concat(SeedPartnerItems).SelectMany(row => row.Codes).ToHashSet(StringComparer.Ordinal);
        Assert.All(ServiceNeeds.Catalogue, n => Assert.Contains(n.Code, listed));
    }
}
