using System.Text.Json;
using Coalition.Domain.Coalitions;
using Coalition.Domain.FourP;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Coalitions;

public sealed class CoalitionHealthCheckTests
{
    private static CoalitionProfile WithMembers(IEnumerable<StakeholderCategory> categories) => new(
        "Example Coalition", "example-county",
        [.. categories.Select((c, i) => new CoalitionMember($"Member {i}", c, []))],
        [], Leadership.None, false, MeetingCadence.None, false, [], MediaEngagement.None, SurvivorParticipation.None, [], [], null);

    public static TheoryData<string> ChecklistCodes() => [.. MembershipChecklists.Catalogue.Codes];

    [Theory]
    [MemberData(nameof(ChecklistCodes))]
    public void A_coalition_whose_members_are_exactly_a_checklist_has_no_gap_against_it(string code)
    {
        var checklist = MembershipChecklists.Get(code);
        var assessment = CoalitionHealthCheck.Assess(WithMembers(checklist.Categories));
        var gap = assessment.Checklists.Single(g => g.Checklist == checklist);
        Assert.True(gap.IsComplete);
        Assert.Equal(checklist.Categories.Length, gap.Covered);
        Assert.DoesNotContain(assessment.NextSteps, s => s.Contains(checklist.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_coalition_misses_every_checklist_category_and_every_pillar()
    {
        var assessment = CoalitionHealthCheck.Assess(WithMembers([]));
        Assert.All(assessment.Checklists, g => Assert.Equal(g.Checklist.Categories.ToArray(), g.Missing.ToArray()));
        Assert.All(assessment.Pillars, p => Assert.True(p.IsUncovered));
        Assert.Equal(NeedsAssessmentQuestions.Catalogue.Count, assessment.UnansweredQuestions.Length);
        Assert.StartsWith("Nobody works on prevention", assessment.NextSteps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_of_a_sub_category_fills_its_parents_slot_but_not_the_reverse()
    {
        Assert.True(CoalitionHealthCheck.Fills(StakeholderCategories.Shelters, StakeholderCategories.VictimServices));
        Assert.False(CoalitionHealthCheck.Fills(StakeholderCategories.LawEnforcement, StakeholderCategories.LawEnforcementLocal));
    }

    [Fact]
    public void The_pillar_score_follows_the_documented_formula()
    {
        Assert.Equal(0, PillarCoverage.ScoreOf(0, 0, 4));
        Assert.Equal(50, PillarCoverage.ScoreOf(3, 0, 4));
        Assert.Equal(100, PillarCoverage.ScoreOf(5, 4, 4));
        Assert.Equal(67, PillarCoverage.ScoreOf(2, 0, 0));
        Assert.Equal(0, BestPractices.Catalogue.Count(p => p.Pillar == Pillars.Prosecution));
    }

    [Fact]
    public void Practices_report_their_evidence()
    {
        var coalition = WithMembers([StakeholderCategories.SocialServiceCaseManagement]);
        var declared = new CoalitionProfile(coalition.Name, coalition.Area, coalition.Members, [], new Leadership(["chair"], LeadershipSelection.TransparentElection), true, MeetingCadence.Monthly, true,
            [new FundingSource("County grant", FundingKind.Government, true), new FundingSource("Foundation", FundingKind.Foundation, false)], MediaEngagement.Planned, new SurvivorParticipation(2, true),
            [BestPractices.Get("victim-services-first"), BestPractices.Get("safety-protocols")], [], new NodaTime.LocalDate(2026, 3, 1));
        var results = CoalitionHealthCheck.Assess(declared).Practices.ToDictionary(r => r.Practice.Code);
        Assert.True(results["transparent-leadership"].IsMet);
        Assert.True(results["victim-services-first"].IsMet);
        Assert.True(results["safety-protocols"].IsMet);
        Assert.Equal("Declared adopted by the coalition.", results["safety-protocols"].Evidence);
        Assert.False(results["clear-messaging"].IsMet);
        Assert.True(results["survivors-included"].IsMet);
        Assert.True(results["sustainable-funding"].IsMet);
        Assert.Contains("2026-03-01", results["needs-assessment"].Evidence, StringComparison.Ordinal);
        Assert.False(results["formation.mission-and-committees"].IsMet);
    }

    [Fact]
    public void Adding_a_member_never_lowers_any_pillars_coverage() =>
        Properties.ForAll(CoalitionGenerators.Profiles.SelectMany(_ => CoalitionGenerators.Members, (p, m) => (p, m)).ToArbitrary(), input =>
        {
            var before = CoalitionHealthCheck.Assess(input.p);
            var after = CoalitionHealthCheck.Assess(input.p.WithMember(input.m));
            for (var i = 0; i < before.Pillars.Length; i++)
            {
                Assert.True(after.Pillars[i].Members >= before.Pillars[i].Members);
                Assert.True(after.Pillars[i].Score >= before.Pillars[i].Score, $"{before.Pillars[i].Pillar}: {before.Pillars[i].Score} -> {after.Pillars[i].Score}");
                Assert.True(after.Pillars[i].PracticesMet >= before.Pillars[i].PracticesMet);
            }

            for (var i = 0; i < before.Checklists.Length; i++)
            {
                Assert.True(after.Checklists[i].Covered >= before.Checklists[i].Covered);
            }
        });

    [Fact]
    public void The_assessment_is_deterministic_and_round_trips_through_json() =>
        Properties.ForAll(CoalitionGenerators.Profiles.ToArbitrary(), profile =>
        {
            var report = CoalitionReport.Create(profile);
            Assert.Equal(report, CoalitionReport.Create(profile));
            Assert.Equal(report.ToMarkdown(), CoalitionReport.Create(profile).ToMarkdown());
            var profileJson = JsonSerializer.Serialize(profile, CoalitionJsonContext.Default.CoalitionProfile);
            Assert.Equal(profile, JsonSerializer.Deserialize(profileJson, CoalitionJsonContext.Default.CoalitionProfile));
            var reportJson = JsonSerializer.Serialize(report, CoalitionJsonContext.Default.CoalitionReport);
            Assert.Equal(report, JsonSerializer.Deserialize(reportJson, CoalitionJsonContext.Default.CoalitionReport));
        });

    [Fact]
    public void Unanswered_questions_are_listed_in_the_guides_order()
    {
        var profile = WithMembers([]);
        var answered = new CoalitionProfile(profile.Name, profile.Area, [], [], Leadership.None, false, MeetingCadence.None, false, [], MediaEngagement.None, SurvivorParticipation.None, [],
            [new QuestionAnswer(NeedsAssessmentQuestions.Get("obstacles"), "Transport to the county seat.", null), new QuestionAnswer(NeedsAssessmentQuestions.Get("identification"), "Hospitals and schools.", null)], null);
        var unanswered = CoalitionHealthCheck.Assess(answered).UnansweredQuestions;
        Assert.Equal(8, unanswered.Length);
        Assert.DoesNotContain(NeedsAssessmentQuestions.Get("obstacles"), unanswered);
        Assert.Equal(NeedsAssessmentQuestions.Catalogue.Where(q => unanswered.Contains(q)), unanswered);
        Assert.Equal(10, NeedsAssessmentQuestions.Catalogue.Count);
    }

    [Fact]
    public void Bad_profiles_are_rejected_with_the_field_named()
    {
        Assert.Equal("compensated", Assert.Throws<ArgumentOutOfRangeException>(() => new SurvivorParticipation(0, true)).ParamName);
        Assert.Equal("Roles", Assert.Throws<ArgumentException>(() => new Leadership([" "], LeadershipSelection.Appointed)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new CoalitionProfile(" ", "example-county", [], [], Leadership.None, false, MeetingCadence.None, false, [], MediaEngagement.None, SurvivorParticipation.None, [], [], null)).ParamName);
    }
}

public sealed class BestPracticeLawTests : Coalition.Domain.Tests.Catalogues.CatalogueLawTests<BestPractice>;

public sealed class NeedsAssessmentQuestionLawTests : Coalition.Domain.Tests.Catalogues.CatalogueLawTests<NeedsAssessmentQuestion>;
