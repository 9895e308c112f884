using System.Text.Json;
using Coalition.Domain.Coalitions;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Serialization;
using Coalition.Domain.Tests.Referrals;
using NodaTime;

namespace Coalition.Domain.Tests.Coalitions;

/// <summary>The CoalitionCheckup sample's fictional coalition produces a complete report.</summary>
public sealed class SampleCoalitionTests
{
    internal static CoalitionProfile LoadCoalition()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Coalition.Domain.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "samples", "CoalitionCheckup", "Data", "riverbend-coalition.json");
        return JsonSerializer.Deserialize(File.ReadAllText(path), CoalitionJsonContext.Default.CoalitionProfile)!;
    }

    [Fact]
    public void The_sample_report_covers_every_section()
    {
        var scope = new NetworkAssessmentScope(["riverbend-north", "riverbend-south", "riverbend-central", "lakeside"], "America/Chicago", new LocalDate(2026, 11, 16));
        var report = CoalitionReport.Create(LoadCoalition(), SampleData.Network, scope);
        var markdown = report.ToMarkdown();
        foreach (var heading in new[] { "## The four pillars", "## Who is missing from the table", "## Best practices", "## Needs-assessment questions not yet answered", "## Next steps", "# Referral-network needs assessment", "## Gaps, most severe first", "## Coverage by need" })
        {
            Assert.Contains(heading, markdown, StringComparison.Ordinal);
        }

        Assert.Equal(6, report.Coalition.UnansweredQuestions.Length);
        Assert.DoesNotContain(report.Coalition.Checklists.Single(c => c.Checklist == global::Coalition.Domain.Stakeholders.MembershipChecklists.Nebraska).Missing, c => c == global::Coalition.Domain.Stakeholders.StakeholderCategories.Survivors);
        Assert.Contains(report.Network!.Gaps, g => g.Kind == GapKind.No24x7 && g.Need == global::Coalition.Domain.Needs.ServiceNeeds.DentalCareEmergency);
    }
}
