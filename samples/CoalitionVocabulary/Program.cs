// Prints the coalition vocabulary: the 4P cycle, the stakeholder tree and the service-need catalogue by horizon.
// Run it with: dotnet run --project samples/CoalitionVocabulary
using Coalition.Domain.FourP;
using Coalition.Domain.Needs;
using Coalition.Domain.Stakeholders;

Console.WriteLine("THE 4P CYCLE (seed 000)");
foreach (var step in Pillars.Cycle.WalkFrom(Pillars.Prevention))
{
    Console.WriteLine($"  {step.From.DisplayName,-11} -> {step.To.DisplayName,-11} {step.Outcome}");
}

Console.WriteLine($"  Enabled throughout by {Pillars.Cycle.Enabler.DisplayName}: {Pillars.Partnership.Description}");
Console.WriteLine();

Console.WriteLine($"STAKEHOLDER TREE ({StakeholderCategories.Catalogue.Count} categories)");
foreach (var root in StakeholderCategories.Roots)
{
    PrintCategory(root, indent: "  ");
    foreach (var child in root.Children)
    {
        PrintCategory(child, indent: "      ");
    }
}

Console.WriteLine();
Console.WriteLine("MEMBERSHIP CHECKLISTS");
foreach (var checklist in MembershipChecklists.Catalogue)
{
    Console.WriteLine($"  {checklist.DisplayName} ({checklist.Code}, seed {checklist.Source.SeedFile[..3]}): {checklist.Categories.Length} categories");
}

Console.WriteLine();
Console.WriteLine($"SERVICE NEEDS BY HORIZON ({ServiceNeeds.Catalogue.Count} needs)");
foreach (var horizon in Enum.GetValues<NeedHorizon>())
{
    Console.WriteLine($"  {horizon}");
    foreach (var group in ServiceNeeds.WithHorizon(horizon).GroupBy(n => n.Group).OrderBy(g => g.Key))
    {
        Console.WriteLine($"    {group.Key}");
        foreach (var need in group)
        {
            var codes = need.HasPublicCode
                ? string.Join(", ", need.PublicCodes.Select(c => $"{c.System} {c.Code}"))
                : "no public code";
            Console.WriteLine($"      {need.Code,-34} {need.DisplayName,-40} [{codes}]");
        }
    }
}

static void PrintCategory(StakeholderCategory category, string indent)
{
    var pillars = string.Join("/", category.Pillars.Select(p => p.Code));
    Console.WriteLine($"{indent}{category.Code,-44} {category.DisplayName} [{category.Sector}; {category.JurisdictionLevels}; {pillars}]");
}
