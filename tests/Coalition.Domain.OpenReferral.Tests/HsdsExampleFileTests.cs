using System.Text.Json;
using NodaTime;

namespace Coalition.Domain.OpenReferral.Tests;

/// <summary>
/// The Open Referral HSDS 3.1 example files (copies under Data/, CC BY-SA 4.0, with the licence and source notice beside
/// them): every example service either imports or is reported with a reason.
/// </summary>
public sealed class HsdsExampleFileTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "openreferral-hsds-3.1", "examples");

    // The examples use placeholder taxonomy terms ("code"); a coalition maps its own terms, as here.
    private static readonly HsdsImportOptions Options = HsdsImportOptions.Create("Europe/London", new LocalDate(2005, 1, 1), [new("taxonomy|code", "mental-health-care.long-term")]);

    public static TheoryData<string> ServiceFiles() => ["service_full.json", "service_list.json", "organization_full.json", "schedules_field_guidance.json", "service_at_location_full.json"];

    [Theory]
    [MemberData(nameof(ServiceFiles))]
    public void Every_example_service_imports_or_is_reported_with_a_reason(string file)
    {
        var json = File.ReadAllText(Path.Combine(Folder, file));
        var result = HsdsImporter.Import(json, Options);
        Assert.True(result.ServicesRead > 0, $"{file} held no service");
        var skipped = result.Issues.Count(i => i.Skipped);
        Assert.Equal(result.ServicesRead, result.ServicesImported + skipped);
        Assert.All(result.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
    }

    [Fact]
    public void The_full_service_example_maps_its_fields()
    {
        var result = HsdsImporter.Import(File.ReadAllText(Path.Combine(Folder, "service_full.json")), Options);
        var offering = result.Network.Providers.Single().Services.Single();
        Assert.Equal(12m, offering.Eligibility.Ages.Minimum);
        Assert.Equal(100m, offering.Eligibility.Ages.Maximum);
        Assert.Equal(["ur"], offering.Languages.Select(l => l.Value).ToArray());
        Assert.True(offering.ProvidesInterpretation);
        Assert.Equal("Example Organization Inc.", result.Network.Providers.Single().Name);

        // Its capacity reports 12 available of a maximum of 10: kept as a status, with the counts reported.
        Assert.Contains(result.Issues, i => i.RecordType == "service_capacity" && !i.Skipped);
    }

    [Fact]
    public void Weekly_and_monthly_schedule_rows_are_imported()
    {
        var options = HsdsImportOptions.Create("Europe/London", new LocalDate(2020, 6, 1), [new("ac148810-d857-441c-9679-408f346de14b", "mental-health-care.long-term")]);
        var json = File.ReadAllText(Path.Combine(Folder, "schedules_field_guidance.json"));
        var page = JsonDocument.Parse(json).RootElement.GetProperty("services")[0];
        var withTerm = page.GetRawText().Insert(1, "\"organization\": {\"id\": \"o\", \"name\": \"O\"}, \"attributes\": [{\"taxonomy_term\": {\"code\": \"ac148810-d857-441c-9679-408f346de14b\"}}],");
        var result = HsdsImporter.Import(withTerm, options);
        var schedule = result.Network.Providers.Single().Services.Single().Schedule!;
        Assert.Equal(8, schedule.Hours.Length); // Monday to Thursday, twice a day.
        var first = Assert.Single(schedule.MonthlyHours); // "First Saturday of the month from July-Nov, 9am-5pm".
        Assert.Equal((1, IsoDayOfWeek.Saturday, new LocalTime(9, 0), new LocalTime(17, 0)), (first.Ordinal, first.Day, first.Opens, first.Closes));
        Assert.DoesNotContain(result.Issues, i => i.RecordType == "schedule");
    }

    [Fact]
    public void The_copied_examples_keep_their_licence_notice()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Data", "openreferral-hsds-3.1");
        Assert.Contains("Creative Commons Attribution Share-Alike 4.0", File.ReadAllText(Path.Combine(root, "SOURCE.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(root, "LICENSE")));
    }
}
