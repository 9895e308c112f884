using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Tests.Referrals;

public sealed class ReferralMatcherTests
{
    private const string Zone = "America/Chicago";

    // Tuesday 2026-11-17 at 03:00 in Chicago (09:00 UTC), and 15:00 in Chicago (21:00 UTC).
    private static readonly Instant Night = Instant.FromUtc(2026, 11, 17, 9, 0);
    private static readonly Instant Afternoon = Instant.FromUtc(2026, 11, 17, 21, 0);

    private static readonly WeeklySchedule OfficeHours = new(
        Zone, false, [.. Enumerable.Range(1, 5).Select(d => new OpeningHours((IsoDayOfWeek)d, new LocalTime(9, 0), new LocalTime(17, 0)))], []);

    private static ServiceOffering Offering(
        ServiceNeed need,
        string id = "service",
        Eligibility? eligibility = null,
        string[]? languages = null,
        bool interpretation = false,
        WeeklySchedule? schedule = null,
        Capacity? capacity = null,
        ServiceArea? area = null) =>
        new(id, [need])
        {
            Eligibility = eligibility ?? Eligibility.Everyone,
            Languages = [.. (languages ?? ["en"]).Select(l => new LanguageCode(l))],
            ProvidesInterpretation = interpretation,
            Area = area ?? ServiceArea.Anywhere,
            Schedule = schedule,
            Capacity = capacity ?? Capacity.Unknown,
            Cost = CostKind.Free,
            ReferralMethods = ReferralMethods.Phone,
        };

    private static Provider Provider(
        string id,
        StakeholderCategory category,
        bool lawEnforcement = false,
        string[]? duties = null,
        bool standard = false,
        LocationVisibility visibility = LocationVisibility.Public,
        params ServiceOffering[] services) =>
        new(id, $"Example {id}", category, [.. services])
        {
            IsLawEnforcementAffiliated = lawEnforcement,
            ReportingDuties = [.. duties ?? []],
            AdheresToStandardOfCare = standard,
            Visibility = visibility,
            Address = $"1 {id} Road",
            IntakeContact = $"intake@{id}.example",
        };

    private static ClientProfile Client(decimal? age, ClientConsent consent, params ClientNeed[] needs) =>
        new([.. needs], consent) { AgeYears = age, Gender = Genders.Female, Languages = [new LanguageCode("en")], TraffickingTypes = TraffickingTypes.Sex };

    private static ClientNeed Immediate(ServiceNeed need) => new(need, NeedUrgency.Immediate);

    private static ClientNeed Routine(ServiceNeed need) => new(need, NeedUrgency.Routine);

    [Fact]
    public void A_sixteen_year_old_who_declined_police_still_gets_the_emergency_department_with_its_notices()
    {
        // The ReferralDesk case that the first release got wrong: the only 24/7 emergency department is a mandatory reporter.
        var network = new ReferralNetwork(
        [
            Provider("er", StakeholderCategories.Hospitals, duties: [ReportingDuties.ChildAbuseOrNeglect.Code, ReportingDuties.InjuryFromViolence.Code],
                services: Offering(ServiceNeeds.MedicalCareEmergency, schedule: WeeklySchedule.AlwaysOpen(Zone))),
            Provider("police", StakeholderCategories.LawEnforcementLocal, lawEnforcement: true, duties: [ReportingDuties.LawEnforcementCrimeReport.Code],
                services: Offering(ServiceNeeds.MedicalCareEmergency, schedule: WeeklySchedule.AlwaysOpen(Zone))),
        ]);
        var result = ReferralMatcher.Compile(network).Match(Client(16, ClientConsent.DeclinesLawEnforcement, Immediate(ServiceNeeds.MedicalCareEmergency)), Night);
        var need = result.Needs[0];
        var er = Assert.Single(need.Candidates);
        Assert.Equal("er", er.ProviderId);
        Assert.Equal(UrgencyTier.OpenNow, er.Tier);
        Assert.Equal([ReportingDuties.ChildAbuseOrNeglect.Code, ReportingDuties.InjuryFromViolence.Code], er.Notices.Select(n => n.DutyCode).ToArray());
        Assert.All(er.Notices, n => Assert.Equal(DutyCertainty.MayApply, n.Certainty));
        Assert.Contains("child protective services or law enforcement", er.Notices[0].Sentence, StringComparison.Ordinal);
        Assert.Null(er.MandatoryRule);

        // The police stay visible to the advocate, never a candidate.
        var police = Assert.Single(need.EmergencyOptions);
        Assert.Equal("police", police.ProviderId);
        Assert.Equal([HardRuleCodes.ConsentLawEnforcement], police.Rules.ToArray());
        Assert.StartsWith("Excluded at the client's request: emergency option", police.Explanation, StringComparison.Ordinal);

        Assert.Equal(AgeTreatment.Minor, result.AgeTreatment);
        var action = Assert.Single(result.RequiredActions);
        Assert.Equal(MandatoryRoutingRule.MinorToChildProtection.Code, action.RuleCode);
        Assert.Equal(RequiredActionStatus.MayBeRequired, action.Status);
        Assert.Contains("within 24 hours", action.FollowUpNotice, StringComparison.Ordinal);
        Assert.Equal([ReportingDuties.ChildAbuseOrNeglect.Code, ReportingDuties.InjuryFromViolence.Code, ReportingDuties.LawEnforcementCrimeReport.Code], result.Notices.Select(n => n.DutyCode).ToArray());
    }

    [Fact]
    public void A_mandatory_rule_admits_a_law_enforcement_affiliated_protective_agency_only_for_a_known_minor()
    {
        // A child advocacy center housed in a sheriff's office: affiliated with law enforcement, named by the minor rule.
        var network = new ReferralNetwork(
        [
            Provider("cac", StakeholderCategories.ChildAdvocacyCenters, lawEnforcement: true, duties: [ReportingDuties.ChildAbuseOrNeglect.Code], services: Offering(ServiceNeeds.CrisisIntervention)),
            Provider("police", StakeholderCategories.LawEnforcementLocal, lawEnforcement: true, services: Offering(ServiceNeeds.CrisisIntervention)),
        ]);
        var matcher = ReferralMatcher.Compile(network);

        var minor = matcher.Match(Client(15, ClientConsent.DeclinesLawEnforcement, Routine(ServiceNeeds.CrisisIntervention)), Afternoon).Needs[0];
        var candidate = Assert.Single(minor.Candidates);
        Assert.Equal("cac", candidate.ProviderId);
        Assert.Equal("minor-to-child-protection", candidate.MandatoryRule);
        Assert.Contains("mandatory routing rule", candidate.Explanation, StringComparison.Ordinal);

        foreach (var age in new decimal?[] { null, 30 })
        {
            var result = matcher.Match(Client(age, ClientConsent.DeclinesLawEnforcement, Routine(ServiceNeeds.CrisisIntervention)), Afternoon, new MatchOptions(includeExclusions: true));
            var need = result.Needs[0];
            Assert.False(need.IsMet);
            Assert.Equal([new RuleCount(HardRuleCodes.ConsentLawEnforcement, 2)], need.ExclusionCounts.ToArray());
            Assert.All(need.Exclusions, e => Assert.Equal([HardRuleCodes.ConsentLawEnforcement], e.Rules.ToArray()));
        }

        var possibleMinor = matcher.Match(Client(null, ClientConsent.DeclinesLawEnforcement, Routine(ServiceNeeds.CrisisIntervention)), Afternoon);
        Assert.Equal(AgeTreatment.PossibleMinor, possibleMinor.AgeTreatment);
        Assert.Equal(RequiredActionStatus.MayBeRequiredConfirmAge, Assert.Single(possibleMinor.RequiredActions).Status);
        Assert.Contains("possible minor", possibleMinor.AgeExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mandatory_rule_may_name_only_protective_agencies()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MandatoryRoutingRule("minor-to-police", "Report.", true, [StakeholderCategories.LawEnforcementLocal]));
        Assert.Equal("Categories", ex.ParamName);
        Assert.Contains("law-enforcement.local", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_that_states_a_duty_as_certain_says_applies_and_requires_the_action_for_a_known_minor()
    {
        var network = new ReferralNetwork([Provider("clinic", StakeholderCategories.MedicalProviders, duties: [ReportingDuties.ChildAbuseOrNeglect.Code], services: Offering(ServiceNeeds.MedicalCare))]);
        var policy = ReferralPolicy.Default with { CertainDuties = [ReportingDuties.ChildAbuseOrNeglect.Code] };
        var minor = ReferralMatcher.Compile(network, policy).Match(Client(15, ClientConsent.Full, Routine(ServiceNeeds.MedicalCare)), Afternoon);
        Assert.Equal(DutyCertainty.Applies, minor.Needs[0].Candidates[0].Notices[0].Certainty);
        Assert.Equal(RequiredActionStatus.Required, minor.RequiredActions[0].Status);
        var unknown = ReferralMatcher.Compile(network, policy).Match(Client(null, ClientConsent.Full, Routine(ServiceNeeds.MedicalCare)), Afternoon);
        Assert.Equal(DutyCertainty.MayApply, unknown.Needs[0].Candidates[0].Notices[0].Certainty);
        var adult = ReferralMatcher.Compile(network, policy).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.MedicalCare)), Afternoon);
        Assert.Empty(adult.Needs[0].Candidates[0].Notices);
        Assert.Empty(adult.RequiredActions);
    }

    [Fact]
    public void An_adult_who_avoids_reporting_duties_is_honoured_and_shown_the_emergency_option()
    {
        var network = new ReferralNetwork(
        [
            Provider("er", StakeholderCategories.Hospitals, duties: [ReportingDuties.InjuryFromViolence.Code],
                services: [Offering(ServiceNeeds.MedicalCareEmergency, "emergency", schedule: WeeklySchedule.AlwaysOpen(Zone)), Offering(ServiceNeeds.MedicalCareLongTerm, "clinic")]),
        ]);
        var consent = ClientConsent.Full with { AvoidsReportingDuties = true };
        var adult = Client(30, consent, Immediate(ServiceNeeds.MedicalCareEmergency), Routine(ServiceNeeds.MedicalCareLongTerm)) with { Circumstances = ClientCircumstances.InjuryFromViolence };
        var result = ReferralMatcher.Compile(network).Match(adult, Night);
        var immediate = result.Needs[0];
        Assert.Empty(immediate.Candidates);
        var option = Assert.Single(immediate.EmergencyOptions);
        Assert.Equal([HardRuleCodes.ReportingDutyChoice], option.Rules.ToArray());
        Assert.Equal(ReportingDuties.InjuryFromViolence.Code, Assert.Single(option.Notices).DutyCode);
        Assert.Contains(FallbackContacts.Emergency911, immediate.Fallbacks);
        Assert.Equal([new RuleCount(HardRuleCodes.ReportingDutyChoice, 1)], result.Needs[1].ExclusionCounts.ToArray());
        Assert.Empty(result.Needs[1].EmergencyOptions);

        // When the injury is ruled out the duty does not apply, so the same provider is a candidate without a notice.
        var noInjury = adult with { Circumstances = ClientCircumstances.None, RuledOutCircumstances = ClientCircumstances.InjuryFromViolence };
        var candidate = Assert.Single(ReferralMatcher.Compile(network).Match(noInjury, Night).Needs[0].Candidates);
        Assert.Empty(candidate.Notices);
    }

    [Fact]
    public void A_minor_who_avoids_reporting_duties_keeps_the_emergency_department_ranked_after_providers_without_the_duty()
    {
        var network = new ReferralNetwork(
        [
            Provider("a-er", StakeholderCategories.Hospitals, duties: [ReportingDuties.ChildAbuseOrNeglect.Code, ReportingDuties.InjuryFromViolence.Code], standard: true,
                services: Offering(ServiceNeeds.MedicalCareEmergency, schedule: WeeklySchedule.AlwaysOpen(Zone))),
            Provider("b-clinic", StakeholderCategories.MedicalProviders, services: Offering(ServiceNeeds.MedicalCareEmergency, schedule: WeeklySchedule.AlwaysOpen(Zone))),
        ]);
        var consent = ClientConsent.Full with { AvoidsReportingDuties = true };
        foreach (var client in new[] { Client(16, consent, Immediate(ServiceNeeds.MedicalCareEmergency)), Client(null, consent, Immediate(ServiceNeeds.MedicalCareEmergency)), Client(40, consent, Immediate(ServiceNeeds.MedicalCareEmergency)) with { LacksDecisionCapacity = true } })
        {
            var need = ReferralMatcher.Compile(network).Match(client, Night).Needs[0];
            Assert.Equal(["b-clinic", "a-er"], need.Candidates.Select(c => c.ProviderId).ToArray());
            Assert.Contains(ReasonCodes.KeptForProtection, need.Candidates[1].Reasons);
            Assert.Contains("kept despite the client's consent setting", need.Candidates[1].Explanation, StringComparison.Ordinal);
            Assert.Empty(need.EmergencyOptions);
        }
    }

    [Fact]
    public void A_youth_shelter_for_ages_12_to_17_admits_a_17_and_a_half_year_old_until_the_18th_birthday()
    {
        var shelter = Offering(ServiceNeeds.HousingEmergency, eligibility: new Eligibility(new AgeRange(12, 17), Genders.Any, Populations.None, Populations.None, TraffickingTypes.Any));
        var matcher = ReferralMatcher.Compile(new ReferralNetwork([Provider("youth-haven", StakeholderCategories.Shelters, services: shelter)]));
        var dateOfBirth = new LocalDate(2009, 3, 10);
        decimal AgeOn(LocalDate date) => ClientProfile.AgeOn(dateOfBirth, date);
        Assert.True(matcher.Match(Client(17.5m, ClientConsent.Full, Routine(ServiceNeeds.HousingEmergency)), Afternoon).Needs[0].IsMet);
        Assert.True(matcher.Match(Client(AgeOn(new LocalDate(2027, 3, 9)), ClientConsent.Full, Routine(ServiceNeeds.HousingEmergency)), Afternoon).Needs[0].IsMet);
        Assert.False(matcher.Match(Client(AgeOn(new LocalDate(2027, 3, 10)), ClientConsent.Full, Routine(ServiceNeeds.HousingEmergency)), Afternoon).Needs[0].IsMet);
        Assert.True(new AgeRange(null, 17.5m).Contains(17.5m));
        Assert.False(new AgeRange(null, 17.5m).Contains(17.501m));
        Assert.Equal(new AgeRange(null, 17), AgeRange.Minors);
    }

    [Fact]
    public void The_clients_own_exclusions_hold_even_for_an_immediate_need_and_are_reported_as_client_choice()
    {
        var network = new ReferralNetwork(
        [
            Provider("mission", StakeholderCategories.FaithBased, services: Offering(ServiceNeeds.HousingEmergency, schedule: WeeklySchedule.AlwaysOpen(Zone))),
            Provider("known-agency", StakeholderCategories.Shelters, services: Offering(ServiceNeeds.HousingEmergency, schedule: WeeklySchedule.AlwaysOpen(Zone))),
        ]);
        var client = Client(16, ClientConsent.Full, Immediate(ServiceNeeds.HousingEmergency)) with
        {
            ExcludedCategories = [StakeholderCategories.FaithBased],
            ExcludedProviders = ["known-agency"],
        };
        var need = ReferralMatcher.Compile(network).Match(client, Night, new MatchOptions(includeExclusions: true)).Needs[0];
        Assert.False(need.IsMet);
        Assert.Empty(need.EmergencyOptions);
        Assert.Equal([new RuleCount(HardRuleCodes.ClientChoice, 2)], need.ExclusionCounts.ToArray());
        Assert.Equal(FallbackContacts.NationalHumanTraffickingHotline, need.Fallbacks[0]);
    }

    [Fact]
    public void A_duty_the_policy_does_not_define_still_gets_a_notice_to_ask_the_provider()
    {
        var network = new ReferralNetwork([Provider("clinic", StakeholderCategories.MedicalProviders, duties: ["county-ordinance"], services: Offering(ServiceNeeds.MedicalCare))]);
        var notice = Assert.Single(ReferralMatcher.Compile(network).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.MedicalCare)), Afternoon).Needs[0].Candidates[0].Notices);
        Assert.Equal("county-ordinance", notice.DutyCode);
        Assert.Equal(DutyCertainty.MayApply, notice.Certainty);
        Assert.Contains("ask the provider", notice.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_population_does_not_exclude_but_is_marked_to_confirm()
    {
        var offering = Offering(ServiceNeeds.HousingEmergency, eligibility: new Eligibility(AgeRange.Any, Genders.Any, Populations.None, Populations.WithChildren, TraffickingTypes.Any));
        var matcher = ReferralMatcher.Compile(new ReferralNetwork([Provider("shelter", StakeholderCategories.Shelters, services: offering)]));
        var unknown = Client(30, ClientConsent.Full, Routine(ServiceNeeds.HousingEmergency)) with { UnknownPopulations = Populations.WithChildren };
        Assert.Contains(ReasonCodes.ConfirmPopulation, Assert.Single(matcher.Match(unknown, Afternoon).Needs[0].Candidates).Reasons);
        var known = unknown with { UnknownPopulations = Populations.None, Populations = Populations.WithChildren };
        Assert.False(matcher.Match(known, Afternoon).Needs[0].IsMet);
    }

    [Fact]
    public void A_confidential_shelter_shows_its_intake_contact_but_never_its_address()
    {
        var network = new ReferralNetwork([Provider("safe-house", StakeholderCategories.Shelters, visibility: LocationVisibility.Confidential, services: Offering(ServiceNeeds.HousingEmergency))]);
        var candidate = ReferralMatcher.Compile(network).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.HousingEmergency)), Afternoon).Needs[0].Candidates[0];
        Assert.Null(candidate.Address);
        Assert.Equal("intake@safe-house.example", candidate.IntakeContact);
        Assert.Equal("1 safe-house Road", network.Providers[0].Address);
    }

    [Fact]
    public void For_an_immediate_need_an_open_provider_ranks_first_and_a_closed_one_shows_its_next_opening()
    {
        var network = new ReferralNetwork(
        [
            Provider("a-office", StakeholderCategories.MedicalProviders, standard: true, services: Offering(ServiceNeeds.MedicalCareEmergency, schedule: OfficeHours)),
            Provider("b-hospital", StakeholderCategories.Hospitals, services: Offering(ServiceNeeds.MedicalCareEmergency, schedule: WeeklySchedule.AlwaysOpen(Zone))),
        ]);
        var need = ReferralMatcher.Compile(network).Match(Client(30, ClientConsent.Full, Immediate(ServiceNeeds.MedicalCareEmergency)), Night).Needs[0];
        Assert.Equal(["b-hospital", "a-office"], need.Candidates.Select(c => c.ProviderId).ToArray());
        Assert.Equal([UrgencyTier.OpenNow, UrgencyTier.Closed], need.Candidates.Select(c => c.Tier!.Value).ToArray());
        Assert.Empty(need.Fallbacks);
        Assert.Equal(OpenState.Open, need.Candidates[0].OpenState);
        Assert.Contains("open 24/7", need.Candidates[0].Explanation, StringComparison.Ordinal);
        var closed = need.Candidates[1];
        Assert.Equal(OpenState.Closed, closed.OpenState);
        Assert.Contains(ReasonCodes.ClosedNow, closed.Reasons);
        Assert.Equal(Instant.FromUtc(2026, 11, 17, 15, 0), closed.NextOpening); // 09:00 in Chicago.

        var afternoon = ReferralMatcher.Compile(network).Match(Client(30, ClientConsent.Full, Immediate(ServiceNeeds.MedicalCareEmergency)), Afternoon).Needs[0];
        Assert.Equal("a-office", afternoon.Candidates[0].ProviderId); // Both open: standard of care decides.
        Assert.Null(afternoon.Candidates[0].NextOpening);
    }

    [Fact]
    public void A_closed_office_with_a_far_higher_score_never_outranks_an_open_service_for_an_immediate_need()
    {
        var network = new ReferralNetwork(
        [
            Provider("a-office", StakeholderCategories.MedicalProviders, standard: true, services: Offering(ServiceNeeds.MedicalCareEmergency, schedule: OfficeHours)),
            Provider("b-unknown-hours", StakeholderCategories.MedicalProviders, standard: true, services: Offering(ServiceNeeds.MedicalCareEmergency)),
            Provider("c-hospital", StakeholderCategories.Hospitals, services: Offering(ServiceNeeds.MedicalCareEmergency, schedule: WeeklySchedule.AlwaysOpen(Zone))),
        ]);
        var policy = ReferralPolicy.Default.WithWeights(new ScoringWeights(50, 2, 3, 2, 4, 2, 2, -3, 1.5));
        var client = Client(30, ClientConsent.Full, Immediate(ServiceNeeds.MedicalCareEmergency));

        // 03:00 on a Tuesday: the office opens at 09:00, six hours away.
        var night = ReferralMatcher.Compile(network, policy).Match(client, Night).Needs[0];
        Assert.Equal(["c-hospital", "b-unknown-hours", "a-office"], night.Candidates.Select(c => c.ProviderId).ToArray());
        Assert.Equal([ReasonCodes.HoursUnknown, ReasonCodes.ClosedNow], night.Candidates.Skip(1).Select(c => c.Reasons[0]).ToArray());

        // 08:00: the office opens within the two-hour window and ranks before hours unknown.
        var early = ReferralMatcher.Compile(network, policy).Match(client, Instant.FromUtc(2026, 11, 17, 14, 0)).Needs[0];
        Assert.Equal(["c-hospital", "a-office", "b-unknown-hours"], early.Candidates.Select(c => c.ProviderId).ToArray());
        Assert.Equal(UrgencyTier.OpeningSoon, early.Candidates[1].Tier);

        // The same providers for a routine need: the soft score alone.
        var routine = ReferralMatcher.Compile(network, policy).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.MedicalCareEmergency)), Night).Needs[0];
        Assert.Equal(["a-office", "b-unknown-hours", "c-hospital"], routine.Candidates.Select(c => c.ProviderId).ToArray());
        Assert.All(routine.Candidates, c => Assert.Null(c.Tier));
    }

    [Fact]
    public void An_immediate_need_with_only_closed_providers_or_none_carries_the_fallbacks_for_its_family()
    {
        var network = new ReferralNetwork([Provider("office", StakeholderCategories.MentalHealthProviders, services: Offering(ServiceNeeds.MentalHealthCareEmergency, schedule: OfficeHours))]);
        var result = ReferralMatcher.Compile(network).Match(
            Client(30, ClientConsent.Full, Immediate(ServiceNeeds.MentalHealthCareEmergency), Immediate(ServiceNeeds.SexualAssaultForensicExam), Routine(ServiceNeeds.Food)),
            Night);
        Assert.Equal([FallbackContacts.NationalHumanTraffickingHotline, FallbackContacts.SuicideAndCrisisLifeline], result.Needs[0].Fallbacks.ToArray());
        Assert.Equal([FallbackContacts.NationalHumanTraffickingHotline, FallbackContacts.Rainn], result.Needs[1].Fallbacks.ToArray());
        Assert.Empty(result.Needs[2].Fallbacks);
        Assert.Contains("imminent danger", FallbackContacts.NationalHumanTraffickingHotline.Notice, StringComparison.Ordinal);
        Assert.Contains("police", FallbackContacts.Emergency911.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Interpretation_is_acceptable_only_when_the_policy_says_so_and_direct_language_ranks_higher()
    {
        var network = new ReferralNetwork(
        [
            Provider("a-interpreted", StakeholderCategories.LegalServicesImmigration, services: Offering(ServiceNeeds.LegalRepresentationImmigration, languages: ["en"], interpretation: true)) with { ImmigrationPractice = new() { HasLicensedAttorney = true } },
            Provider("b-spanish", StakeholderCategories.LegalServicesImmigration, services: Offering(ServiceNeeds.LegalRepresentationImmigration, languages: ["es"])) with { ImmigrationPractice = new() { HasLicensedAttorney = true } },
        ]);
        var client = new ClientProfile([Routine(ServiceNeeds.LegalRepresentationImmigration)], ClientConsent.Full)
        {
            AgeYears = 30,
            Languages = [new LanguageCode("es")],
            Populations = Populations.ForeignNational,
            TraffickingTypes = TraffickingTypes.Labor,
        };
        var allowed = ReferralMatcher.Compile(network).Match(client, Afternoon).Needs[0];
        Assert.Equal(["b-spanish", "a-interpreted"], allowed.Candidates.Select(c => c.ProviderId).ToArray());
        Assert.Contains(ReasonCodes.Interpretation, allowed.Candidates[1].Reasons);

        var strict = new ReferralPolicy("strict-language", false, ScoringWeights.Default, []);
        var disallowed = ReferralMatcher.Compile(network, strict).Match(client, Afternoon).Needs[0];
        Assert.Equal(["b-spanish"], disallowed.Candidates.Select(c => c.ProviderId).ToArray());
    }

    [Fact]
    public void No_capacity_is_excluded_and_a_waitlist_ranks_below_available_places()
    {
        var network = new ReferralNetwork(
        [
            Provider("a-full", StakeholderCategories.Shelters, services: Offering(ServiceNeeds.HousingEmergency, capacity: new Capacity(CapacityStatus.NoCapacity, 0, 10))),
            Provider("b-waitlist", StakeholderCategories.Shelters, standard: true, services: Offering(ServiceNeeds.HousingEmergency, capacity: new Capacity(CapacityStatus.Waitlist))),
            Provider("c-open", StakeholderCategories.Shelters, services: Offering(ServiceNeeds.HousingEmergency, capacity: new Capacity(CapacityStatus.Available, 3, 12))),
        ]);
        var need = ReferralMatcher.Compile(network).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.HousingEmergency)), Afternoon).Needs[0];
        Assert.Equal(["c-open", "b-waitlist"], need.Candidates.Select(c => c.ProviderId).ToArray());
        Assert.Contains("3 of 12 places free", need.Candidates[0].Explanation, StringComparison.Ordinal);
        Assert.Equal([new RuleCount(HardRuleCodes.NoCapacity, 1)], need.ExclusionCounts.ToArray());
    }

    [Fact]
    public void Ties_are_broken_by_provider_id()
    {
        var network = new ReferralNetwork([.. new[] { "m", "c", "x", "a" }.Select(id => Provider(id, StakeholderCategories.FaithBased, services: Offering(ServiceNeeds.Food)))]);
        var need = ReferralMatcher.Compile(network).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.Food)), Afternoon, new MatchOptions(3)).Needs[0];
        Assert.Equal(["a", "c", "m"], need.Candidates.Select(c => c.ProviderId).ToArray());
    }

    [Fact]
    public void A_provider_that_covers_more_of_the_clients_needs_ranks_higher()
    {
        var both = new ServiceOffering("both", [ServiceNeeds.Food, ServiceNeeds.Clothing]) { Languages = [new LanguageCode("en")] };
        var network = new ReferralNetwork(
        [
            Provider("a-food-only", StakeholderCategories.FaithBased, services: Offering(ServiceNeeds.Food)),
            Provider("b-food-and-clothes", StakeholderCategories.FaithBased, services: both),
        ]);
        var result = ReferralMatcher.Compile(network).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.Food), Routine(ServiceNeeds.Clothing)), Afternoon);
        Assert.Equal("b-food-and-clothes", result.Needs[0].Candidates[0].ProviderId);
        Assert.Contains(ReasonCodes.CoversOtherNeeds, result.Needs[0].Candidates[0].Reasons);
    }

    [Fact]
    public void Unknown_client_attributes_do_not_exclude_but_are_marked_to_confirm()
    {
        var network = new ReferralNetwork([Provider("youth", StakeholderCategories.YouthMentoring, services: Offering(ServiceNeeds.Education, eligibility: new Eligibility(new AgeRange(12, 24), Genders.Any, Populations.None, Populations.None, TraffickingTypes.Any), area: ServiceArea.Of("north")))]);
        var client = new ClientProfile([Routine(ServiceNeeds.Education)], ClientConsent.Full);
        var candidate = Assert.Single(ReferralMatcher.Compile(network).Match(client, Afternoon).Needs[0].Candidates);
        Assert.Contains(ReasonCodes.ConfirmAge, candidate.Reasons);
        Assert.Contains(ReasonCodes.ConfirmArea, candidate.Reasons);
    }

    [Fact]
    public void A_need_nobody_offers_is_reported_as_not_offered()
    {
        var network = new ReferralNetwork([Provider("pantry", StakeholderCategories.FaithBased, services: Offering(ServiceNeeds.Food))]);
        var result = ReferralMatcher.Compile(network).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.RepatriationAssistance), Routine(ServiceNeeds.Food)), Afternoon);
        Assert.Equal(UnmetReason.NotOffered, result.Needs[0].Unmet);
        Assert.Equal([ServiceNeeds.RepatriationAssistance], result.UnmetNeeds.Select(n => n.Need).ToArray());
        Assert.Equal($"match at {Afternoon}: 1 needs met, 1 unmet", result.ToString());
    }

    [Fact]
    public void A_general_offering_serves_requests_for_its_variants_and_the_reverse()
    {
        var network = new ReferralNetwork([Provider("housing", StakeholderCategories.Shelters, services: Offering(ServiceNeeds.Housing)), Provider("shelter", StakeholderCategories.Shelters, services: Offering(ServiceNeeds.HousingEmergency))]);
        var result = ReferralMatcher.Compile(network).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.HousingEmergency), Routine(ServiceNeeds.Housing), Routine(ServiceNeeds.HousingPermanent)), Afternoon);
        Assert.Equal(2, result.Needs[0].Candidates.Length);
        Assert.Equal(2, result.Needs[1].Candidates.Length);
        Assert.Equal(["housing"], result.Needs[2].Candidates.Select(c => c.ProviderId).ToArray());
    }

    [Fact]
    public void Custom_rules_can_exclude_and_adjust_but_never_readmit()
    {
        var network = new ReferralNetwork(
        [
            Provider("a-pantry", StakeholderCategories.FaithBased, services: Offering(ServiceNeeds.Food)),
            Provider("b-pantry", StakeholderCategories.FaithBased, services: Offering(ServiceNeeds.Food)),
            Provider("c-police", StakeholderCategories.LawEnforcementLocal, lawEnforcement: true, services: Offering(ServiceNeeds.Food)),
        ]);
        var policy = ReferralPolicy.Default.WithRule(new PreferRule("b-pantry")).WithRule(new ExcludeRule("a-pantry"));
        var need = ReferralMatcher.Compile(network, policy).Match(Client(30, ClientConsent.DeclinesLawEnforcement, Routine(ServiceNeeds.Food)), Afternoon, new MatchOptions(includeExclusions: true)).Needs[0];
        Assert.Equal(["b-pantry"], need.Candidates.Select(c => c.ProviderId).ToArray());
        Assert.Contains(need.Exclusions, e => e.ProviderId == "a-pantry" && e.Rules.SequenceEqual(["exclude-a-pantry"]));
        Assert.Contains(need.Exclusions, e => e.ProviderId == "c-police" && e.Rules.Contains(HardRuleCodes.ConsentLawEnforcement));
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => policy.WithRule(new ExcludeRule("a-pantry"))).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => policy.WithRule(new NamedRule(HardRuleCodes.Age))).ParamName);
    }

    [Fact]
    public void Capacity_updates_for_unknown_offerings_are_rejected_and_nothing_is_applied()
    {
        var network = new ReferralNetwork([Provider("shelter", StakeholderCategories.Shelters, services: Offering(ServiceNeeds.HousingEmergency))]);
        var matcher = ReferralMatcher.Compile(network);
        var full = new Capacity(CapacityStatus.NoCapacity);
        var ex = Assert.Throws<ArgumentException>(() => matcher.WithCapacities([new CapacityUpdate("shelter", "service", full), new CapacityUpdate("shelter", "other", full)]));
        Assert.Equal("updates", ex.ParamName);
        Assert.Equal(Capacity.Unknown, matcher.CapacityOf("shelter", "service"));
        var updated = matcher.WithCapacities([new CapacityUpdate("shelter", "service", full)]);
        Assert.False(updated.Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.HousingEmergency)), Afternoon).Needs[0].IsMet);
        Assert.True(matcher.Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.HousingEmergency)), Afternoon).Needs[0].IsMet);
    }

    [Fact]
    public void Profiles_print_no_personal_data()
    {
        var client = new ClientProfile([Routine(ServiceNeeds.Food)], ClientConsent.Full)
        {
            AgeYears = 16.5m,
            Gender = Genders.Female,
            Languages = [new LanguageCode("vi")],
            Populations = Populations.Pregnant,
            TraffickingTypes = TraffickingTypes.Sex,
            Area = "north",
            Circumstances = ClientCircumstances.SexualAssault,
        };
        Assert.Equal("client profile (1 needs)", client.ToString());
        Assert.Equal(16.504m, ClientProfile.AgeOn(new LocalDate(2010, 5, 1), new LocalDate(2026, 11, 1))); // 184 of 365 days since the 16th birthday.
    }

    [Fact]
    public void Invalid_profiles_are_rejected_without_echoing_personal_values()
    {
        var age = Assert.Throws<ArgumentOutOfRangeException>(() => new ClientProfile([Routine(ServiceNeeds.Food)], ClientConsent.Full) { AgeYears = 131.5m });
        Assert.Equal("AgeYears", age.ParamName);
        Assert.DoesNotContain("131", age.Message, StringComparison.Ordinal);
        var gender = Assert.Throws<ArgumentOutOfRangeException>(() => new ClientProfile([Routine(ServiceNeeds.Food)], ClientConsent.Full) { Gender = Genders.Female | Genders.Male });
        Assert.Equal("Gender", gender.ParamName);
        Assert.DoesNotContain("Female", gender.Message, StringComparison.Ordinal);
        var both = Assert.Throws<ArgumentOutOfRangeException>(() => new ClientProfile([Routine(ServiceNeeds.Food)], ClientConsent.Full) { Populations = Populations.Pregnant, UnknownPopulations = Populations.Pregnant });
        Assert.Equal("UnknownPopulations", both.ParamName);
        Assert.DoesNotContain("pregnant", both.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{"providers":[{"id":"a","name":"A","category":"shelters"}]}""", "$.providers[0].category")]
    [InlineData("""{"providers":[{"id":"a","name":"A","category":"victim-services.shelter","visibility":"hidden"}]}""", "$.providers[0].visibility")]
    [InlineData("""{"providers":[],"extra":1}""", "$.extra")]
    public void Bad_network_json_gives_a_JsonException_with_the_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => { JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.ReferralNetwork); });
        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void Network_json_missing_a_required_field_names_it()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => { JsonSerializer.Deserialize("""{"providers":[{"id":"a","category":"victim-services.shelter","visibility":"public","services":[]}]}""", CoalitionJsonContext.Default.ReferralNetwork); });
        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void The_legacy_mandatory_reporter_flag_is_read_as_the_child_abuse_duty_and_never_written()
    {
        const string Json = """{"providers":[{"id":"a","name":"A","category":"victim-services.shelter","isMandatoryReporter":true,"services":[]}]}""";
        var provider = JsonSerializer.Deserialize(Json, CoalitionJsonContext.Default.ReferralNetwork)!.Providers[0];
        Assert.Equal([ReportingDuties.ChildAbuseOrNeglect.Code], provider.ReportingDuties.ToArray());
        Assert.Null(provider.IntakeContact);
        var written = JsonSerializer.Serialize(provider, CoalitionJsonContext.Default.Provider);
        Assert.DoesNotContain("isMandatoryReporter", written, StringComparison.Ordinal);
        Assert.Contains("\"reportingDuties\":[\"child-abuse-neglect\"]", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_without_an_intake_contact_is_a_candidate_that_says_so()
    {
        var provider = Provider("quiet", StakeholderCategories.Shelters, services: Offering(ServiceNeeds.Food)) with { IntakeContact = null };
        var candidate = ReferralMatcher.Compile(new ReferralNetwork([provider])).Match(Client(30, ClientConsent.Full, Routine(ServiceNeeds.Food)), Afternoon).Needs[0].Candidates[0];
        Assert.Null(candidate.IntakeContact);
        Assert.Contains("no intake contact listed", candidate.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Policies_round_trip_through_json_without_their_custom_rules()
    {
        var policy = new ReferralPolicy("strict", false, ScoringWeights.Default with { }, [MandatoryRoutingRule.MinorToChildProtection]);
        var json = JsonSerializer.Serialize(policy, CoalitionJsonContext.Default.ReferralPolicy);
        Assert.Equal(policy, JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.ReferralPolicy));
        Assert.Contains("\"code\":\"minor-to-child-protection\"", json, StringComparison.Ordinal);
        var withRule = policy.WithRule(new NamedRule("house-rule"));
        Assert.NotEqual(policy, withRule);
        Assert.Equal(json, JsonSerializer.Serialize(withRule, CoalitionJsonContext.Default.ReferralPolicy));
    }

    private sealed class ExcludeRule(string providerId) : IReferralRule
    {
        public string Code => $"exclude-{providerId}";

        public ReferralRuleOutcome Evaluate(in ReferralRuleContext context) =>
            context.Provider.Id == providerId ? ReferralRuleOutcome.Exclude : ReferralRuleOutcome.Pass;
    }

    private sealed class PreferRule(string providerId) : IReferralRule
    {
        public string Code => $"prefer-{providerId}";

        public ReferralRuleOutcome Evaluate(in ReferralRuleContext context) =>
            context.Provider.Id == providerId ? ReferralRuleOutcome.Adjust(10) : ReferralRuleOutcome.Pass;
    }

    private sealed class NamedRule(string code) : IReferralRule
    {
        public string Code => code;

        public ReferralRuleOutcome Evaluate(in ReferralRuleContext context) => ReferralRuleOutcome.Pass;
    }
}
