using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Protections;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Matching.Rules;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;
using Coalition.Domain.Tests.Referrals;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Protections;

/// <summary>Immigration legal representation in the matcher: only attorneys and current accredited representatives (8 CFR 292.1).</summary>
public sealed class ImmigrationRepresentationTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 23, 15, 0);
    private static readonly MatchOptions Everything = new(maxCandidatesPerNeed: 100, includeExclusions: true);

    private static Provider LegalProvider(string id, ImmigrationPractice? practice, params ServiceNeed[] needs) =>
        new(id, $"Example {id}", StakeholderCategories.LegalServicesImmigration, [new ServiceOffering("legal", [.. needs])])
        {
            ImmigrationPractice = practice,
        };

    private static ClientProfile Client(params ServiceNeed[] needs) =>
        new([.. needs.Select(n => new ClientNeed(n, NeedUrgency.Routine))], ClientConsent.Full) { AgeYears = 30, Populations = Populations.ForeignNational };

    private static Accreditation Valid(AccreditationScope scope, int year, int month, int day) => new(scope, new LocalDate(year, month, day));

    [Fact]
    public void No_provider_without_an_attorney_or_a_current_accreditation_is_ever_a_candidate_for_immigration_representation() =>
        Properties.ForAll(ReferralGenerators.ScenariosWithPolicies, scenario =>
        {
            var (network, client, at, policy) = scenario;
            var result = ReferralMatcher.Compile(network, policy).Match(client, at, Everything);
            var providers = network.Providers.ToDictionary(p => p.Id, StringComparer.Ordinal);
            foreach (var need in result.Needs)
            {
                foreach (var candidate in need.Candidates)
                {
                    var provider = providers[candidate.ProviderId];
                    var offering = provider.Services.Single(s => s.Id == candidate.OfferingId);
                    if (ImmigrationRepresentation.AppliesTo(offering, need.Need))
                    {
                        Assert.True(ImmigrationRepresentation.StandingOf(provider, at) >= RepresentationStanding.AccreditedPartial, $"{provider.Id} has no current standing");
                        Assert.Contains(candidate.Reasons, r => r is ReasonCodes.LicensedAttorney or ReasonCodes.AccreditedRepresentative or ReasonCodes.AccreditedDhsOnly);
                    }
                }

                if (need.Need == ServiceNeeds.LegalRepresentationImmigration)
                {
                    Assert.All(need.Candidates, c => Assert.NotNull(providers[c.ProviderId].ImmigrationPractice));
                    Assert.All(need.EmergencyOptions, o => Assert.True(ImmigrationRepresentation.StandingOf(providers[o.ProviderId], at) >= RepresentationStanding.AccreditedPartial));
                }
            }
        });

    [Fact]
    public void Standing_never_grows_as_time_passes() =>
        Properties.ForAll(
            (from practice in ReferralGenerators.Practices
             from a in ReferralGenerators.Instants
             from b in ReferralGenerators.Instants
             select (practice, a, b)).ToArbitrary(),
            x =>
            {
                var (earlier, later) = x.a <= x.b ? (x.a, x.b) : (x.b, x.a);
                var provider = LegalProvider("p", x.practice, ServiceNeeds.LegalRepresentationImmigration);
                var (before, after) = (ImmigrationRepresentation.StandingOf(provider, earlier), ImmigrationRepresentation.StandingOf(provider, later));
                Assert.True(after <= before, $"{before} then {after}");
                Assert.Equal(after >= RepresentationStanding.AccreditedPartial, ImmigrationRepresentation.ExclusionOf(after) is null);
            });

    [Fact]
    public void An_expired_accreditation_is_excluded_with_its_own_reason_and_a_current_one_is_shown_with_its_scope()
    {
        var network = new ReferralNetwork(
        [
            LegalProvider("attorney", new ImmigrationPractice { HasLicensedAttorney = true }, ServiceNeeds.LegalRepresentationImmigration),
            LegalProvider("expired", new ImmigrationPractice { Accreditations = [Valid(AccreditationScope.Full, 2026, 6, 30)] }, ServiceNeeds.LegalRepresentationImmigration),
            LegalProvider("full", new ImmigrationPractice { Accreditations = [Valid(AccreditationScope.Full, 2028, 3, 31)] }, ServiceNeeds.LegalRepresentationImmigration),
            LegalProvider("partial", new ImmigrationPractice { Accreditations = [Valid(AccreditationScope.Full, 2026, 1, 31), Valid(AccreditationScope.Partial, 2027, 9, 30)] }, ServiceNeeds.LegalRepresentationImmigration),
            LegalProvider("students-only", new ImmigrationPractice { HasSupervisedStudents = true }, ServiceNeeds.LegalRepresentationImmigration),
            LegalProvider("no-practice", null, ServiceNeeds.LegalRepresentationImmigration),
        ]);
        var need = ReferralMatcher.Compile(network).Match(Client(ServiceNeeds.LegalRepresentationImmigration), At, Everything).Needs[0];

        Assert.Equal(["attorney", "full", "partial"], need.Candidates.Select(c => c.ProviderId).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(ReasonCodes.LicensedAttorney, need.Candidates.Single(c => c.ProviderId == "attorney").Reasons);
        Assert.Contains(ReasonCodes.AccreditedRepresentative, need.Candidates.Single(c => c.ProviderId == "full").Reasons);
        var partial = need.Candidates.Single(c => c.ProviderId == "partial");
        Assert.Contains(ReasonCodes.AccreditedDhsOnly, partial.Reasons);
        Assert.Contains("not immigration court", partial.Explanation, StringComparison.Ordinal);
        Assert.Equal([HardRuleCodes.AccreditationExpired], need.Exclusions.Single(e => e.ProviderId == "expired").Rules.ToArray());
        Assert.Equal([HardRuleCodes.ImmigrationRepresentation], need.Exclusions.Single(e => e.ProviderId == "students-only").Rules.ToArray());
        Assert.Equal([HardRuleCodes.ImmigrationRepresentation], need.Exclusions.Single(e => e.ProviderId == "no-practice").Rules.ToArray());
        Assert.Contains(need.ExclusionCounts, c => c.Rule == HardRuleCodes.AccreditationExpired && c.Count == 1);
    }

    [Fact]
    public void An_accreditation_expires_at_the_start_of_the_next_utc_day()
    {
        var accreditation = Valid(AccreditationScope.Partial, 2026, 11, 30);
        Assert.Equal(Instant.FromUtc(2026, 12, 1, 0, 0), accreditation.ExpiresAt);
        var practice = new ImmigrationPractice { Accreditations = [accreditation] };
        Assert.Equal(RepresentationStanding.AccreditedPartial, practice.StandingAt(accreditation.ExpiresAt - Duration.Epsilon));
        Assert.Equal(RepresentationStanding.Expired, practice.StandingAt(accreditation.ExpiresAt));
        Assert.Equal(RepresentationStanding.LicensedAttorney, (practice with { HasLicensedAttorney = true }).StandingAt(accreditation.ExpiresAt));
    }

    [Fact]
    public void The_general_need_requires_standing_only_when_the_offering_serves_it_through_immigration_alone()
    {
        var immigrationOnly = new ServiceOffering("o", [ServiceNeeds.LegalRepresentationImmigration]);
        var mixed = new ServiceOffering("o", [ServiceNeeds.LegalRepresentationImmigration, ServiceNeeds.LegalRepresentationCivil]);
        var general = new ServiceOffering("o", [ServiceNeeds.LegalRepresentation]);
        Assert.True(ImmigrationRepresentation.AppliesTo(immigrationOnly, ServiceNeeds.LegalRepresentation));
        Assert.False(ImmigrationRepresentation.AppliesTo(mixed, ServiceNeeds.LegalRepresentation));
        Assert.False(ImmigrationRepresentation.AppliesTo(general, ServiceNeeds.LegalRepresentation));
        Assert.True(ImmigrationRepresentation.AppliesTo(general, ServiceNeeds.LegalRepresentationImmigration));
        Assert.False(ImmigrationRepresentation.AppliesTo(immigrationOnly, ServiceNeeds.ImmigrationNavigation));

        var network = new ReferralNetwork([LegalProvider("unqualified", null, ServiceNeeds.LegalRepresentationImmigration), LegalProvider("civil", null, ServiceNeeds.LegalRepresentationCivil, ServiceNeeds.LegalRepresentationImmigration)]);
        var need = ReferralMatcher.Compile(network).Match(Client(ServiceNeeds.LegalRepresentation), At, Everything).Needs[0];
        Assert.Equal(["civil"], need.Candidates.Select(c => c.ProviderId).ToArray());
        Assert.Equal([HardRuleCodes.ImmigrationRepresentation], need.Exclusions.Single().Rules.ToArray());
    }

    [Fact]
    public void A_community_organisation_without_standing_offers_immigration_navigation()
    {
        var community = new Provider("community", "Example Community Center", StakeholderCategories.ImmigrantServing, [new ServiceOffering("navigation", [ServiceNeeds.ImmigrationNavigation])]);
        var result = ReferralMatcher.Compile(new ReferralNetwork([community])).Match(Client(ServiceNeeds.ImmigrationNavigation, ServiceNeeds.LegalRepresentationImmigration), At, Everything);
        Assert.Equal(["community"], result.Needs[0].Candidates.Select(c => c.ProviderId).ToArray());
        Assert.False(result.Needs[1].IsMet);
        Assert.NotEqual(ServiceNeeds.LegalRepresentationImmigration.Code, ServiceNeeds.ImmigrationNavigation.Code);
        Assert.Null(ServiceNeeds.ImmigrationNavigation.Parent);
    }

    [Fact]
    public void A_providers_practice_round_trips_through_json_and_an_empty_one_is_none()
    {
        var provider = LegalProvider("p", new ImmigrationPractice { HasLicensedAttorney = true, Accreditations = [Valid(AccreditationScope.Partial, 2027, 1, 1), Valid(AccreditationScope.Full, 2026, 1, 1)], HasSupervisedStudents = true }, ServiceNeeds.LegalRepresentationImmigration);
        var json = JsonSerializer.Serialize(provider, CoalitionJsonContext.Default.Provider);
        Assert.Contains("\"scope\":\"partial\"", json, StringComparison.Ordinal);
        Assert.Contains("\"validThrough\":\"2027-01-01\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("expiresAt", json, StringComparison.Ordinal);
        Assert.Equal(provider, JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.Provider));
        Assert.Equal([new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 1)], provider.ImmigrationPractice!.Accreditations.Select(a => a.ValidThrough).ToArray());

        var empty = provider with { ImmigrationPractice = new ImmigrationPractice() };
        Assert.Null(empty.ImmigrationPractice);
        Assert.DoesNotContain("immigrationPractice", JsonSerializer.Serialize(empty, CoalitionJsonContext.Default.Provider), StringComparison.Ordinal);
        Assert.NotEqual(provider, empty);

        var bad = json.Replace("\"scope\":\"partial\"", "\"scope\":\"notario\"", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(bad, CoalitionJsonContext.Default.Provider));
        Assert.Equal("scope", Assert.Throws<ArgumentOutOfRangeException>(() => new Accreditation((AccreditationScope)7, new LocalDate(2027, 1, 1))).ParamName);
    }

    [Fact]
    public void A_foreign_national_with_an_open_protection_is_suggested_immigration_representation_never_silently()
    {
        var facts = new ImmigrationFacts { Nationality = NationalityStatus.ForeignNational };
        var assessments = ProtectionAssessor.AssessAll(facts);
        var client = Client(ServiceNeeds.HousingEmergency);
        var suggestion = Assert.Single(ProtectionAssessor.SuggestNeeds(facts, assessments, client));

        Assert.Equal(ServiceNeeds.LegalRepresentationImmigration, suggestion.Need);
        Assert.Equal(NeedSuggestion.ProtectionAssessmentSource, suggestion.DerivedFrom);
        Assert.Equal(assessments.Where(a => a.Verdict is ProtectionVerdict.Available or ProtectionVerdict.Undetermined).Select(a => a.Protection).Order().ToArray(), suggestion.Protections.ToArray());
        Assert.Contains("Derived from the protection assessment", suggestion.Reason, StringComparison.Ordinal);
        Assert.Equal([ServiceNeeds.HousingEmergency], client.Needs.Select(n => n.Need).ToArray());

        var accepted = suggestion.AcceptInto(client, NeedUrgency.Routine);
        Assert.Equal([ServiceNeeds.HousingEmergency, ServiceNeeds.LegalRepresentationImmigration], accepted.Needs.Select(n => n.Need).ToArray());
        Assert.Same(accepted, suggestion.AcceptInto(accepted, NeedUrgency.Routine));
        Assert.Empty(ProtectionAssessor.SuggestNeeds(facts, assessments, accepted));

        var json = JsonSerializer.Serialize(suggestion, CoalitionJsonContext.Default.NeedSuggestion);
        Assert.Equal(suggestion, JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.NeedSuggestion));
    }

    [Fact]
    public void Citizens_permanent_residents_unknown_nationality_and_closed_protections_get_no_suggestion()
    {
        var client = Client(ServiceNeeds.Food);
        foreach (var nationality in new[] { NationalityStatus.UsCitizen, NationalityStatus.LawfulPermanentResident, NationalityStatus.Unknown })
        {
            var facts = new ImmigrationFacts { Nationality = nationality };
            Assert.Empty(ProtectionAssessor.SuggestNeeds(facts, ProtectionAssessor.AssessAll(facts), client));
        }

        var foreign = new ImmigrationFacts { Nationality = NationalityStatus.ForeignNational };
        var closed = ProtectionAssessor.AssessAll(foreign).Select(a => new ProtectionAssessment(a.Protection, ProtectionVerdict.NotAvailable, a.DecidedBy, a.Elements, a.NextSteps, [], a.Explanation));
        Assert.Empty(ProtectionAssessor.SuggestNeeds(foreign, closed, client));
        Assert.Throws<ArgumentNullException>(() => ProtectionAssessor.SuggestNeeds(foreign, [null!], client));
    }

    [Fact]
    public void The_suggestion_follows_the_assessments_for_generated_facts() =>
        Properties.ForAll(ProtectionGenerators.Facts.ToArbitrary(), facts =>
        {
            var assessments = ProtectionAssessor.AssessAll(facts);
            var client = Client(ServiceNeeds.Food);
            var open = assessments.Any(a => a.Verdict is ProtectionVerdict.Available or ProtectionVerdict.Undetermined);
            var suggestions = ProtectionAssessor.SuggestNeeds(facts, assessments, client);
            Assert.Equal(facts.Nationality == NationalityStatus.ForeignNational && open, suggestions.Length == 1);
            Assert.All(suggestions, s => Assert.Equal(NeedSuggestion.ProtectionAssessmentSource, s.DerivedFrom));
        });
}
