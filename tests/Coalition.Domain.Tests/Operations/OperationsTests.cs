using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Coalitions;
using Coalition.Domain.Operations;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;
using NodaTime;
using static Coalition.Domain.Tests.Operations.OperationsExamples;

namespace Coalition.Domain.Tests.Operations;

/// <summary>Worked examples of the community response protocol, agreements, training coverage and campaigns.</summary>
public sealed class OperationsTests
{
    [Fact]
    public void The_hotel_programme_covering_40_of_120_hotels_with_60_percent_turnover_shows_todays_coverage_and_refresh_dates()
    {
        var coverage = ProgrammeCoverage.Compute(TrainingProgrammes.HotelMotel, Hotels, HotelRecords, Today, SixtyPercentTurnover);

        // 184 days since the training: each trained hotel keeps 0.4^(184 / 365.2425) = 63.0% of its trained staff.
        var retained = Math.Pow(1 - 0.6, 184 / 365.2425);
        Assert.Equal(0.6303, retained, 4);
        Assert.Equal(120, coverage.Venues.Length);
        Assert.Equal(40, coverage.VenuesEverTrained);
        Assert.Equal(40, coverage.VenuesCurrent);
        Assert.Equal(1.0 / 3, coverage.VenueShare, 12);
        Assert.Equal(40 * retained / 120, coverage.StaffShare, 12);
        Assert.Equal(new LocalDate(2027, 5, 23), coverage.NextRefreshDue);
        Assert.Equal(40, coverage.OrganizationsTrained);
        Assert.Equal(new LocalDate(2027, 5, 23), coverage.OrganizationsRefreshDue);
        Assert.Equal(retained, coverage.Venues.Single(v => v.Venue == "Example Hotel 001").StaffShare, 12);
        Assert.Equal(0, coverage.Venues.Single(v => v.Venue == "Example Hotel 041").StaffShare);
        Assert.Null(coverage.Venues.Single(v => v.Venue == "Example Hotel 041").RefreshDue);

        var afterRefreshDate = ProgrammeCoverage.Compute(TrainingProgrammes.HotelMotel, Hotels, HotelRecords, new LocalDate(2027, 5, 23), SixtyPercentTurnover);
        Assert.Equal(0, afterRefreshDate.VenuesCurrent);
        Assert.Equal(40, afterRefreshDate.VenuesEverTrained);
        Assert.Equal(40 * 0.4 / 120, afterRefreshDate.StaffShare, 3);

        var quarterly = SixtyPercentTurnover with { Refresh = ImmutableDictionary<TrainingProgramme, Period>.Empty.Add(TrainingProgrammes.HotelMotel, Period.FromMonths(3)) };
        Assert.Equal(new LocalDate(2026, 8, 23), ProgrammeCoverage.Compute(TrainingProgrammes.HotelMotel, Hotels, HotelRecords, Today, quarterly).NextRefreshDue);
    }

    [Fact]
    public void Turnover_defaults_to_the_documented_assumption_and_an_organisations_own_rate_wins()
    {
        Assert.Equal(0.5, TrainingPolicy.Default.AnnualTurnover);
        Assert.Equal(0.5, TrainingPolicy.Default.TurnoverOf("anyone"));
        var policy = TrainingPolicy.Default with { TurnoverByOrganization = ImmutableDictionary<string, double>.Empty.Add("Example Hotel 001", 0.9) };
        Assert.Equal(0.9, policy.TurnoverOf("Example Hotel 001"));
        Assert.Equal(1, TrainingPolicy.Retained(0.9, Today, Today));
        Assert.Equal(0, TrainingPolicy.Retained(0.5, Today.PlusDays(1), Today));
        Assert.Equal(0.5, TrainingPolicy.Retained(0.5, new LocalDate(2025, 1, 1), new LocalDate(2026, 1, 1)), 2);
        Assert.Equal("AnnualTurnover", Assert.Throws<ArgumentOutOfRangeException>(() => TrainingPolicy.Default with { AnnualTurnover = 1.5 }).ParamName);
        Assert.Equal("Refresh", Assert.Throws<ArgumentOutOfRangeException>(() => TrainingPolicy.Default with { Refresh = ImmutableDictionary<TrainingProgramme, Period>.Empty.Add(TrainingProgrammes.Public, Period.Zero) }).ParamName);
    }

    [Fact]
    public void An_expired_agreement_for_a_protocol_step_is_reported_and_the_step_lacks_an_agreement()
    {
        var coalition = ExampleCoalition();
        var agreements = AgreementCheck.Check(coalition.Operations!.Agreements, coalition, Today);
        var expired = Assert.Single(agreements);
        Assert.Equal((OperationsFindingCodes.AgreementExpired, "mou-police"), (expired.Code, expired.Subject));
        Assert.Contains("2026-10-31", expired.Finding, StringComparison.Ordinal);

        var findings = ProtocolCheck.Check(Protocol, coalition, coalition.Operations.IdentificationPoints, coalition.Operations.Agreements, Today);
        Assert.Contains(findings, f => f.Code == OperationsFindingCodes.AgreementMissing && f.Subject == "hotel-motel-staff/notify-law-enforcement");
        Assert.Contains(findings, f => f.Code == OperationsFindingCodes.AgreementMissing && f.Subject == "hotel-motel-staff/follow-up");
        Assert.Contains(findings, f => f.Code == OperationsFindingCodes.ProtocolMissing && f.Subject == "hotline-call");

        // While the police agreement was in force, the hand-offs it names were covered.
        var before = ProtocolCheck.Check(Protocol, coalition, coalition.Operations.IdentificationPoints, coalition.Operations.Agreements, new LocalDate(2026, 10, 1));
        Assert.DoesNotContain(before, f => f.Code == OperationsFindingCodes.AgreementMissing);
        Assert.Equal([OperationsFindingCodes.AgreementExpiring], AgreementCheck.Check(coalition.Operations.Agreements, coalition, new LocalDate(2026, 10, 1)).Select(f => f.Code).ToArray());
        Assert.Empty(AgreementCheck.Check(coalition.Operations.Agreements, coalition, new LocalDate(2026, 6, 1)));
    }

    [Fact]
    public void Agreements_report_overdue_reviews_and_parties_that_left()
    {
        var leftCoalition = ExampleCoalition() with { };
        var withoutPolice = new CoalitionProfile(leftCoalition.Name, leftCoalition.Area, [.. leftCoalition.Members.Where(m => m.Organization != Police)], leftCoalition.Committees, leftCoalition.Leadership, true, MeetingCadence.Monthly, true, [], MediaEngagement.None, SurvivorParticipation.None, [], [], null);
        var findings = AgreementCheck.Check([PoliceAgreement, ChildServicesAgreement], withoutPolice, new LocalDate(2027, 7, 1));
        Assert.Contains(findings, f => f.Code == OperationsFindingCodes.AgreementPartyLeft && f.Subject == "mou-police" && f.Finding.Contains(Police, StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == OperationsFindingCodes.AgreementReviewDue && f.Subject == "mou-child-services");
        Assert.Equal("warning", Assert.Throws<ArgumentOutOfRangeException>(() => AgreementCheck.Check([], withoutPolice, Today, Period.FromHours(1))).ParamName);
    }

    [Fact]
    public void A_step_that_sends_a_possible_adult_to_law_enforcement_needs_the_consent_basis()
    {
        var coalition = ExampleCoalition();
        ImmutableArray<OperationsFinding> Findings(ProtocolStep step) =>
            ProtocolCheck.Check(new ResponseProtocol("p", [new PointProtocol(IdentificationPoints.School, [step])]), coalition, [], [], Today);

        Assert.Contains(Findings(Step(ProtocolActions.NotifyLawEnforcement, StakeholderCategories.LawEnforcementLocal, 24)), f => f.Code == OperationsFindingCodes.LawEnforcementWithoutConsent);
        Assert.Contains(Findings(Step(ProtocolActions.NotifyLawEnforcement, StakeholderCategories.LawEnforcementLocal, 24, basis: LawEnforcementBasis.MandatoryRule)), f => f.Code == OperationsFindingCodes.LawEnforcementWithoutConsent);
        Assert.Contains(Findings(Step(ProtocolActions.NotifyLawEnforcement, StakeholderCategories.LawEnforcementLocal, 24, StepConditions.Minor | StepConditions.PossibleMinor, LawEnforcementBasis.MandatoryRule)), f => f.Code == OperationsFindingCodes.LawEnforcementWithoutConsent);
        Assert.DoesNotContain(Findings(Step(ProtocolActions.NotifyLawEnforcement, StakeholderCategories.LawEnforcementLocal, 24, StepConditions.Minor, LawEnforcementBasis.MandatoryRule)), f => f.Code == OperationsFindingCodes.LawEnforcementWithoutConsent);
        Assert.DoesNotContain(Findings(Step(ProtocolActions.NotifyLawEnforcement, StakeholderCategories.LawEnforcementLocal, 24, basis: LawEnforcementBasis.Consent)), f => f.Code == OperationsFindingCodes.LawEnforcementWithoutConsent);

        // Referring to a police unit is sending to law enforcement too, except where the police identified the survivor.
        var policeReferral = Step(ProtocolActions.MatchAndRefer, StakeholderCategories.LawEnforcementLocal, 24);
        Assert.True(policeReferral.InvolvesLawEnforcement(IdentificationPoints.School));
        Assert.False(policeReferral.InvolvesLawEnforcement(IdentificationPoints.LawEnforcementEncounter));
    }

    [Fact]
    public void Steps_for_minors_must_include_child_protection_and_protect_possible_minors()
    {
        var coalition = ExampleCoalition();
        ImmutableArray<OperationsFinding> Findings(params ProtocolStep[] steps) =>
            ProtocolCheck.Check(new ResponseProtocol("p", [new PointProtocol(IdentificationPoints.HealthcareVisit, [.. steps])]), coalition, [], [], Today);
        var safety = Step(ProtocolActions.EnsureSafety, StakeholderCategories.HumanTraffickingPrograms, 1);

        Assert.Contains(Findings(safety), f => f.Code == OperationsFindingCodes.ChildProtectionMissing);
        Assert.Contains(Findings(safety, Step(ProtocolActions.ReportToChildProtection, StakeholderCategories.ChildWelfare, 24, StepConditions.Minor)), f => f.Code == OperationsFindingCodes.PossibleMinorUnprotected);
        Assert.Contains(Findings(safety, Step(ProtocolActions.ReportToChildProtection, StakeholderCategories.Shelters, 24, StepConditions.Minor | StepConditions.PossibleMinor)), f => f.Code == OperationsFindingCodes.ChildProtectionMissing);
        var good = Findings(safety, Step(ProtocolActions.ReportToChildProtection, StakeholderCategories.ChildWelfare, 24, StepConditions.Minor | StepConditions.PossibleMinor));
        Assert.DoesNotContain(good, f => f.Code is OperationsFindingCodes.ChildProtectionMissing or OperationsFindingCodes.PossibleMinorUnprotected);

        // An adult-only protocol has no minors to protect.
        Assert.DoesNotContain(Findings(Step(ProtocolActions.EnsureSafety, StakeholderCategories.HumanTraffickingPrograms, 1, StepConditions.Adult)), f => f.Code == OperationsFindingCodes.ChildProtectionMissing);
    }

    [Fact]
    public void A_step_nobody_in_the_coalition_can_perform_is_reported()
    {
        var coalition = ExampleCoalition();
        var step = Step(ProtocolActions.Screen, StakeholderCategories.MedicalProviders, 24) with { Instrument = "an example screening tool" };
        var findings = ProtocolCheck.Check(new ResponseProtocol("p", [new PointProtocol(IdentificationPoints.HealthcareVisit, [step])]), coalition, [], [], Today);
        var unfilled = Assert.Single(findings, f => f.Code == OperationsFindingCodes.RoleUnfilled);
        Assert.Equal("healthcare-visit/screen", unfilled.Subject);
        Assert.Empty(ProtocolCheck.Check(new ResponseProtocol("p", [new PointProtocol(IdentificationPoints.HealthcareVisit, [step])]), coalition.WithMember(new("Example Clinic", StakeholderCategories.MedicalProviders, [])), [], [], Today)
            .Where(f => f.Code == OperationsFindingCodes.RoleUnfilled));
    }

    [Fact]
    public void The_protocol_prints_as_a_document_to_sign_and_reads_back_from_json()
    {
        var markdown = Protocol.ToMarkdown(Members.Select(m => m.Organization));
        Assert.StartsWith("# Example County response protocol", markdown, StringComparison.Ordinal);
        Assert.Contains("## Hotel or motel staff", markdown, StringComparison.Ordinal);
        Assert.Contains("5. **Notify law enforcement** — Local law enforcement; within 3 day(s); only with the survivor's consent.", markdown, StringComparison.Ordinal);
        Assert.Contains("when: minor, possible-minor", markdown, StringComparison.Ordinal);
        Assert.Contains($"| {Police} | | | |", markdown, StringComparison.Ordinal);
        Assert.Contains("within 7 day(s)", markdown, StringComparison.Ordinal);

        var json = JsonSerializer.Serialize(Protocol, CoalitionJsonContext.Default.ResponseProtocol);
        Assert.Contains("\"action\":\"notify-law-enforcement\"", json, StringComparison.Ordinal);
        Assert.Contains("\"basis\":\"consent\"", json, StringComparison.Ordinal);
        Assert.Equal(Protocol, JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.ResponseProtocol));
        Assert.Throws<ArgumentException>(() => new ResponseProtocol("p", [HotelProtocol, HotelProtocol]));
    }

    [Fact]
    public void Operations_and_the_profile_that_holds_them_round_trip_through_json()
    {
        var json = JsonSerializer.Serialize(ExampleOperations, CoalitionJsonContext.Default.CoalitionOperations);
        Assert.Contains("\"recordedOn\":\"2026-11-23\"", json, StringComparison.Ordinal);
        Assert.Contains("\"refresh\":{}", json, StringComparison.Ordinal);
        Assert.Equal(ExampleOperations, JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.CoalitionOperations));
        var quarterly = ExampleOperations with { TrainingPolicy = SixtyPercentTurnover with { Refresh = ImmutableDictionary<TrainingProgramme, Period>.Empty.Add(TrainingProgrammes.HotelMotel, Period.FromMonths(3)) } };
        var quarterlyJson = JsonSerializer.Serialize(quarterly, CoalitionJsonContext.Default.CoalitionOperations);
        Assert.Contains("\"hotel-motel\":\"P3M\"", quarterlyJson, StringComparison.Ordinal);
        Assert.Equal(quarterly, JsonSerializer.Deserialize(quarterlyJson, CoalitionJsonContext.Default.CoalitionOperations));

        var coalition = ExampleCoalition();
        Assert.Equal(coalition, JsonSerializer.Deserialize(JsonSerializer.Serialize(coalition, CoalitionJsonContext.Default.CoalitionProfile), CoalitionJsonContext.Default.CoalitionProfile));
        var report = CoalitionReport.Create(coalition);
        var reportJson = JsonSerializer.Serialize(report, CoalitionJsonContext.Default.CoalitionReport);
        Assert.Equal(report.Operations, JsonSerializer.Deserialize(reportJson, CoalitionJsonContext.Default.CoalitionReport)!.Operations);

        var bad = json.Replace("\"staffSize\":20", "\"staffSize\":0", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(bad, CoalitionJsonContext.Default.CoalitionOperations));
    }

    [Fact]
    public void The_health_check_shows_recorded_evidence_when_the_data_exists_and_declarations_otherwise()
    {
        var recorded = CoalitionHealthCheck.Assess(ExampleCoalition());
        string Evidence(CoalitionAssessment a, string code) => a.Practices.Single(p => p.Practice.Code == code).Evidence;
        bool Met(CoalitionAssessment a, string code) => a.Practices.Single(p => p.Practice.Code == code).IsMet;

        Assert.Equal("Recorded: 1 of 5 members have current training (latest 2026-03-01).", Evidence(recorded, "formation.member-education"));
        Assert.False(Met(recorded, "formation.member-education"));
        Assert.True(Met(recorded, "safety-protocols"));
        Assert.StartsWith("Recorded: worker-safety steps at Outreach", Evidence(recorded, "safety-protocols"), StringComparison.Ordinal);
        Assert.Equal("Recorded: 1 of 1 campaigns cite their data sources.", Evidence(recorded, "clear-messaging"));
        Assert.True(Met(recorded, "formation.community-education-event"));
        Assert.False(Met(recorded, "community-protocol"));
        Assert.Contains("covers 2 of 3 listed identification points", Evidence(recorded, "community-protocol"), StringComparison.Ordinal);
        Assert.True(Met(recorded, "hotel-motel-project"));
        Assert.Equal("Recorded: 40 of 120 listed hotels and motels trained, 21% of their staff trained and still there.", Evidence(recorded, "hotel-motel-project"));
        Assert.Contains("Hotel-Motel (hotel-motel)", Evidence(recorded, "formation.focus-areas"), StringComparison.Ordinal);

        var declared = CoalitionHealthCheck.Assess(ExampleCoalition() with { Operations = null });
        Assert.Equal("Not declared adopted.", Evidence(declared, "hotel-motel-project"));
        Assert.Equal("Not declared adopted.", Evidence(declared, "safety-protocols"));
    }

    [Fact]
    public void The_report_adds_protocol_agreements_training_campaigns_and_knowledge()
    {
        var markdown = CoalitionReport.Create(ExampleCoalition()).ToMarkdown();
        Assert.Contains("# How the coalition works (recorded on 2026-11-23)", markdown, StringComparison.Ordinal);
        Assert.Contains("| agreement-expired | mou-police |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Hotel-Motel project | 40 | 120 | 40 (33%) | 40 (33%) | 21% | 2027-05-23 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Community languages never used: vi.", markdown, StringComparison.Ordinal);
        Assert.Contains("| hotel-motel-staff | 2026-06-01 | 50 | 41 (82%) |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("# How the coalition works", CoalitionReport.Create(ExampleCoalition() with { Operations = null }).ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Campaign_gaps_name_audiences_and_languages_never_reached()
    {
        var gaps = CampaignGaps.Of(ExampleOperations.Campaigns, ExampleOperations.CommunityLanguages, Today);
        Assert.Equal([new LanguageCode("vi")], gaps.UnreachedLanguages.ToArray());
        Assert.DoesNotContain(Audience.Public, gaps.UnreachedAudiences);
        Assert.Contains(Audience.HotelMotelStaff, gaps.UnreachedAudiences);
        Assert.Equal(Enum.GetValues<Audience>().Length, CampaignGaps.Of(ExampleOperations.Campaigns, [], new LocalDate(2025, 1, 1)).UnreachedAudiences.Length);
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => new AwarenessCampaign("x", Audience.Public, CampaignChannels.None, Today, Today, Domain.FourP.Pillars.Prevention)).ParamName);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("trained", Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingRecord("x", TrainingProgrammes.Public, Today, 21, 20)).ParamName);
        Assert.Equal("Modules", Assert.Throws<ArgumentException>(() => new TrainingRecord("x", TrainingProgrammes.HotelMotel, Today, 1, 20) { Modules = ["Relax"] }).ParamName);
        Assert.Equal(["Realize", "Respond"], new TrainingRecord("x", TrainingProgrammes.HotelMotel, Today, 1, 20) { Modules = ["Respond", "Realize"] }.Modules.ToArray());
        Assert.Equal("parties", Assert.Throws<ArgumentException>(() => new Agreement("a", [Advocates, Advocates], Today, AgreementDataSharing.None)).ParamName);
        Assert.Equal("End", Assert.Throws<ArgumentException>(() => new Agreement("a", [Advocates, Police], Today, AgreementDataSharing.None) { End = Today.PlusDays(-1) }).ParamName);
        Assert.Equal("within", Assert.Throws<ArgumentOutOfRangeException>(() => new ProtocolStep(ProtocolActions.FollowUp, [StakeholderCategories.Shelters], Duration.Zero)).ParamName);
        Assert.Equal("performers", Assert.Throws<ArgumentException>(() => new ProtocolStep(ProtocolActions.FollowUp, [], Duration.FromHours(1))).ParamName);
        Assert.Equal("Agreements", Assert.Throws<ArgumentException>(() => ExampleOperations with { Agreements = [PoliceAgreement, PoliceAgreement] }).ParamName);
        Assert.Equal("TargetVenues", Assert.Throws<ArgumentException>(() => ExampleOperations with { TargetVenues = [Hotels[0], Hotels[0]] }).ParamName);
        Assert.Equal("Passed", Assert.Throws<ArgumentOutOfRangeException>(() => new KnowledgeAssessment(Audience.Public, Today, 3, 4)).ParamName);
    }
}
