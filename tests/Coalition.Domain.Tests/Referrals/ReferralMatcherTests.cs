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
        new(id, [need], eligibility ?? Eligibility.Everyone, [.. (languages ?? ["en"]).Select(l => new LanguageCode(l))], interpretation,
            area ?? ServiceArea.Anywhere, schedule, capacity ?? Capacity.Unknown, CostKind.Free, ReferralMethods.Phone, false);

    private static Provider Provider(
        string id,
        StakeholderCategory category,
        bool lawEnforcement = false,
        bool reporter = false,
        bool standard = false,
        LocationVisibility visibility = LocationVisibility.Public,
        params ServiceOffering[] services) =>
        new(id, $"Example {id}", category, lawEnforcement, reporter, standard, false, false, visibility, $"1 {id} Road", $"intake@{id}.example", [.. services]);

    private static ClientProfile Client(decimal? age, ClientConsent consent, params ClientNeed[] needs) =>
        new(age, Genders.Female, [new LanguageCode("en")], Populations.None, TraffickingTypes.Sex, null, [.. needs], consent);

    private static ClientNeed Immediate(ServiceNeed need) => new(need, NeedUrgency.Immediate);

    private static ClientNeed Routine(ServiceNeed need) => new(need, NeedUrgency.Routine);

    [Fact]
    public void A_minor_who_declined_law_enforcement_is_still_routed_to_a_child_advocacy_center_and_told_why()
    {
        var network = new ReferralNetwork(
        [
            Provider("cac", StakeholderCategories.ChildAdvocacyCenters, reporter: true, services: Offering(ServiceNeeds.CrisisIntervention)),
            Provider("police", StakeholderCategories.LawEnforcementLocal, lawEnforcement: true, services: Offering(ServiceNeeds.CrisisIntervention)),
        ]);
        var matcher = ReferralMatcher.Compile(network);

        var minor = matcher.Match(Client(15, ClientConsent.DeclinesLawEnforcement, Routine(ServiceNeeds.CrisisIntervention)), Afternoon).Needs[0];
        var candidate = Assert.Single(minor.Candidates);
        Assert.Equal("cac", candidate.ProviderId);
        Assert.Equal("minor-to-child-protection", candidate.MandatoryRule);
        Assert.Contains("mandatory routing rule", candidate.Explanation, StringComparison.Ordinal);

        var adult = matcher.Match(Client(30, ClientConsent.DeclinesLawEnforcement, Routine(ServiceNeeds.CrisisIntervention)), Afternoon, new MatchOptions(includeExclusions: true)).Needs[0];
        Assert.False(adult.IsMet);
        Assert.Equal(UnmetReason.AllExcluded, adult.Unmet);
        Assert.Equal([new RuleCount(HardRuleCodes.ConsentLawEnforcement, 2)], adult.ExclusionCounts.ToArray());
        Assert.All(adult.Exclusions, e => Assert.Equal([HardRuleCodes.ConsentLawEnforcement], e.Rules.ToArray()));
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
    public void Interpretation_is_acceptable_only_when_the_policy_says_so_and_direct_language_ranks_higher()
    {
        var network = new ReferralNetwork(
        [
            Provider("a-interpreted", StakeholderCategories.LegalServicesImmigration, services: Offering(ServiceNeeds.LegalRepresentationImmigration, languages: ["en"], interpretation: true)),
            Provider("b-spanish", StakeholderCategories.LegalServicesImmigration, services: Offering(ServiceNeeds.LegalRepresentationImmigration, languages: ["es"])),
        ]);
        var client = new ClientProfile(30, null, [new LanguageCode("es")], Populations.ForeignNational, TraffickingTypes.Labor, null, [Routine(ServiceNeeds.LegalRepresentationImmigration)], ClientConsent.Full);
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
        var both = new ServiceOffering("both", [ServiceNeeds.Food, ServiceNeeds.Clothing], Eligibility.Everyone, [new LanguageCode("en")], false, ServiceArea.Anywhere, null, Capacity.Unknown, CostKind.Free, ReferralMethods.Phone, false);
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
        var client = new ClientProfile(null, null, [], Populations.None, TraffickingTypes.None, null, [Routine(ServiceNeeds.Education)], ClientConsent.Full);
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
        var client = new ClientProfile(16.5m, Genders.Female, [new LanguageCode("vi")], Populations.Pregnant, TraffickingTypes.Sex, "north", [Routine(ServiceNeeds.Food)], ClientConsent.Full);
        Assert.Equal("client profile (1 needs)", client.ToString());
        Assert.Equal(16.504m, ClientProfile.AgeOn(new LocalDate(2010, 5, 1), new LocalDate(2026, 11, 1))); // 184 of 365 days since the 16th birthday.
    }

    [Fact]
    public void Invalid_profiles_are_rejected_without_echoing_personal_values()
    {
        var age = Assert.Throws<ArgumentOutOfRangeException>(() => new ClientProfile(131.5m, null, [], Populations.None, TraffickingTypes.None, null, [Routine(ServiceNeeds.Food)], ClientConsent.Full));
        Assert.Equal("ageYears", age.ParamName);
        Assert.DoesNotContain("131", age.Message, StringComparison.Ordinal);
        var gender = Assert.Throws<ArgumentOutOfRangeException>(() => new ClientProfile(30, Genders.Female | Genders.Male, [], Populations.None, TraffickingTypes.None, null, [Routine(ServiceNeeds.Food)], ClientConsent.Full));
        Assert.Equal("gender", gender.ParamName);
        Assert.DoesNotContain("Female", gender.Message, StringComparison.Ordinal);
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
        var ex = Assert.ThrowsAny<ArgumentException>(() => { JsonSerializer.Deserialize("""{"providers":[{"id":"a","name":"A","category":"victim-services.shelter","visibility":"public","services":[]}]}""", CoalitionJsonContext.Default.ReferralNetwork); });
        Assert.Equal("intakeContact", ex.ParamName);
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
