using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Coalitions;
using Coalition.Domain.Needs;
using Coalition.Domain.Operations;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Matching.Rules;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;
using Coalition.Domain.Tests.Coalitions;
using Coalition.Domain.Tests.Referrals;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Coalition.Domain.Tests.Operations.OperationsExamples;

namespace Coalition.Domain.Tests.Operations;

/// <summary>The laws of coalition operations, on generated protocols, members, agreements and training records.</summary>
public sealed class OperationsPropertyTests
{
    private static readonly StakeholderCategory[] Performers =
    [
        StakeholderCategories.HumanTraffickingPrograms, StakeholderCategories.ChildWelfare, StakeholderCategories.LawEnforcementLocal,
        StakeholderCategories.Shelters, StakeholderCategories.MedicalProviders, StakeholderCategories.ChildAdvocacyCenters,
    ];

    private static readonly string[] Organisations = [Advocates, ChildServices, Police, Shelter, HotelAssociation, "Example Clinic", "Example CAC"];

    private static Gen<ProtocolStep> Steps { get; } =
        from action in Gen.Elements(ProtocolActions.Catalogue.Entries.AsEnumerable())
        from performer in Gen.Elements(Performers)
        from hours in Gen.Choose(1, 200)
        from when in Gen.Choose(0, 31)
        from basis in Gen.Elements(Enum.GetValues<LawEnforcementBasis>())
        select new ProtocolStep(action, [performer], Duration.FromHours(hours)) { AppliesWhen = (StepConditions)when, Basis = basis };

    private static Gen<ResponseProtocol> Protocols { get; } =
        from points in Gen.SubListOf(IdentificationPoints.Catalogue.Entries.AsEnumerable())
        from steps in Gen.ArrayOf(Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Steps, n)), points.Count)
        select new ResponseProtocol("Generated protocol", [.. points.Select((p, i) => new PointProtocol(p, [.. steps[i]]))]);

    private static Gen<CoalitionMember> Members { get; } =
        from organisation in Gen.Elements(Organisations)
        from category in Gen.Elements(Performers)
        select new CoalitionMember(organisation, category, []);

    private static Gen<LocalDate> Dates { get; } = Gen.Choose(-400, 400).Select(d => Today.PlusDays(d));

    private static Gen<Agreement> Agreements { get; } =
        from id in Gen.Choose(1, 20)
        from parties in Gen.SubListOf(Organisations).Where(p => p.Count >= 2)
        from start in Dates
        from length in Gen.Choose(0, 600)
        from open in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from review in Gen.Elements<int?>(null, 30, 200)
        from keys in Gen.SubListOf(ProtocolActions.Catalogue.Entries.Select(a => "*/" + a.Code))
        from needs in Gen.SubListOf([ServiceNeeds.Food, ServiceNeeds.HousingEmergency])
        from sharing in Gen.Elements(Enum.GetValues<AgreementDataSharing>())
        select new Agreement($"mou-{id}", [.. parties], start, sharing)
        {
            End = open ? null : start.PlusDays(length),
            ReviewBy = review is { } r ? start.PlusDays(r) : null,
            Steps = [.. keys],
            Needs = [.. needs],
        };

    private static Gen<ImmutableArray<Agreement>> AgreementLists { get; } =
        Gen.ListOf(Agreements).Select(l => l.GroupBy(a => a.Id).Select(g => g.First()).Take(6).ToImmutableArray());

    private static Gen<TrainingRecord> Records { get; } =
        from venue in Gen.Choose(1, 12)
        from programme in Gen.Elements(TrainingProgrammes.HotelMotel, TrainingProgrammes.HotelMotel, TrainingProgrammes.ServiceProviders)
        from date in Dates
        from staff in Gen.Choose(1, 30)
        from trained in Gen.Choose(0, 30)
        select new TrainingRecord($"Example Hotel {venue:D3}", programme, date, Math.Min(trained, staff), staff);

    private static Gen<ImmutableArray<TrainingRecord>> RecordLists { get; } = Gen.ListOf(Records).Select(l => l.Take(15).ToImmutableArray());

    private static Gen<TrainingPolicy> Policies { get; } = Gen.Choose(0, 100).Select(t => new TrainingPolicy { AnnualTurnover = t / 100.0 });

    private static ImmutableArray<TargetVenue> Venues { get; } = [.. Hotels.Take(10)];

    private static CoalitionProfile CoalitionOf(IEnumerable<CoalitionMember> members) =>
        new("Generated coalition", "example-county", [.. members], [], Leadership.None, false, MeetingCadence.None, false, [], MediaEngagement.None, SurvivorParticipation.None, [], [], null);

    private static Gen<T[]> Shuffled<T>(IReadOnlyCollection<T> items) => Gen.Shuffle(items.ToArray());

    [Fact]
    public void Adding_a_member_never_adds_a_protocol_finding() =>
        Properties.ForAll(
            (from protocol in Protocols
             from members in Gen.ListOf(Members).Select(l => l.Take(6).ToList())
             from added in Members
             from agreements in AgreementLists
             from listed in Gen.SubListOf(IdentificationPoints.Catalogue.Entries.AsEnumerable())
             from day in Dates
             select (protocol, members, added, agreements, listed, day)).ToArbitrary(),
            x =>
            {
                var before = ProtocolCheck.Check(x.protocol, CoalitionOf(x.members), x.listed, x.agreements, x.day);
                var after = ProtocolCheck.Check(x.protocol, CoalitionOf(x.members).WithMember(x.added), x.listed, x.agreements, x.day);
                Assert.All(after, f => Assert.Contains(f, before));
            });

    [Fact]
    public void Adding_a_training_record_never_lowers_coverage() =>
        Properties.ForAll(
            (from records in RecordLists
             from added in Records
             from day in Dates
             from policy in Policies
             select (records, added, day, policy)).ToArbitrary(),
            x =>
            {
                var before = ProgrammeCoverage.Compute(TrainingProgrammes.HotelMotel, Venues, x.records, x.day, x.policy);
                var after = ProgrammeCoverage.Compute(TrainingProgrammes.HotelMotel, Venues, x.records.Add(x.added), x.day, x.policy);
                Assert.True(after.StaffShare >= before.StaffShare - 1e-12, $"{before.StaffShare} then {after.StaffShare}");
                Assert.True(after.VenuesEverTrained >= before.VenuesEverTrained);
                Assert.True(after.VenuesCurrent >= before.VenuesCurrent);
                for (var i = 0; i < before.Venues.Length; i++)
                {
                    Assert.True(after.Venues[i].StaffShare >= before.Venues[i].StaffShare - 1e-12);
                }
            });

    [Fact]
    public void Coverage_decays_monotonically_until_the_next_training() =>
        Properties.ForAll(
            (from records in RecordLists
             from first in Dates
             from days in Gen.Choose(0, 400)
             from policy in Policies
             select (records, first, second: first.PlusDays(days), policy)).ToArbitrary(),
            x =>
            {
                // Only trainings up to the first day: none falls between the two days.
                var earlier = x.records.Where(r => r.Date <= x.first).ToList();
                var then = ProgrammeCoverage.Compute(TrainingProgrammes.HotelMotel, Venues, earlier, x.first, x.policy);
                var later = ProgrammeCoverage.Compute(TrainingProgrammes.HotelMotel, Venues, earlier, x.second, x.policy);
                Assert.True(later.StaffShare <= then.StaffShare + 1e-12, $"{then.StaffShare} then {later.StaffShare}");
                Assert.True(later.VenuesCurrent <= then.VenuesCurrent);
                Assert.Equal(then.VenuesEverTrained, later.VenuesEverTrained);
            });

    [Fact]
    public void Expiry_checks_are_monotone_in_the_date() =>
        Properties.ForAll(
            (from agreements in AgreementLists
             from members in Gen.ListOf(Members).Select(l => l.Take(6).ToList())
             from first in Dates
             from days in Gen.Choose(0, 400)
             select (agreements, members, first, second: first.PlusDays(days))).ToArbitrary(),
            x =>
            {
                var coalition = CoalitionOf(x.members);
                var then = AgreementCheck.Check(x.agreements, coalition, x.first);
                var later = AgreementCheck.Check(x.agreements, coalition, x.second);
                bool Has(ImmutableArray<OperationsFinding> findings, string code, string id) => findings.Any(f => f.Code == code && f.Subject == id);
                foreach (var a in x.agreements)
                {
                    if (Has(then, OperationsFindingCodes.AgreementExpired, a.Id) || Has(then, OperationsFindingCodes.AgreementExpiring, a.Id))
                    {
                        Assert.True(Has(later, OperationsFindingCodes.AgreementExpired, a.Id) || Has(later, OperationsFindingCodes.AgreementExpiring, a.Id));
                    }

                    Assert.True(!Has(then, OperationsFindingCodes.AgreementExpired, a.Id) || Has(later, OperationsFindingCodes.AgreementExpired, a.Id));
                    Assert.True(!Has(then, OperationsFindingCodes.AgreementReviewDue, a.Id) || Has(later, OperationsFindingCodes.AgreementReviewDue, a.Id));
                }
            });

    [Fact]
    public void The_protocols_consent_check_is_the_matchers_consent_rule() =>
        Properties.ForAll(
            (from client in ReferralGenerators.Clients
             from policy in ReferralGenerators.Policies
             from step in Steps
             select (client, policy, step)).ToArbitrary(),
            x =>
            {
                var point = new PointProtocol(IdentificationPoints.School, [x.step]);
                var permitted = ProtocolConsent.Permits(point, x.step, x.client, x.policy);
                if (!x.step.InvolvesLawEnforcement(IdentificationPoints.School))
                {
                    Assert.True(permitted);
                    return;
                }

                // The matcher's verdict on a law-enforcement-affiliated provider of the performer's category, for the same survivor.
                var offering = new ServiceOffering("o", [ServiceNeeds.Food]);
                var provider = new Provider("p", "Example", x.step.Performers[0], [offering]) { IsLawEnforcementAffiliated = true };
                var client = x.client.WithNeeds([new ClientNeed(ServiceNeeds.Food, NeedUrgency.Routine)]);
                var assessment = ReferralRules.Assess(provider, offering, client, client.Needs[0], x.policy, Instant.FromUtc(2026, 11, 23, 12, 0));
                var matcherAllows = !assessment.BrokenRules.Contains(HardRuleCodes.ConsentLawEnforcement);
                Assert.Equal(matcherAllows && (client.Consent.LawEnforcementContactAllowed || x.step.Basis == LawEnforcementBasis.MandatoryRule), permitted);

                // A survivor who may be an adult and declined contact is never sent to law enforcement.
                if (client.AgeTreatment != AgeTreatment.Minor && !client.Consent.LawEnforcementContactAllowed)
                {
                    Assert.False(permitted);
                    Assert.DoesNotContain(x.step, ProtocolConsent.StepsFor(point, client, x.policy));
                }
            });

    [Fact]
    public void Checks_and_coverage_are_deterministic_and_independent_of_input_order() =>
        Properties.ForAll(
            (from protocol in Protocols
             from members in Gen.ListOf(Members).Select(l => l.Take(6).ToList())
             from agreements in AgreementLists
             from records in RecordLists
             from day in Dates
             from shuffledAgreements in Shuffled(agreements)
             from shuffledRecords in Shuffled(records)
             from shuffledVenues in Shuffled(Venues)
             select (protocol, members, agreements, records, day, shuffledAgreements, shuffledRecords, shuffledVenues)).ToArbitrary(),
            x =>
            {
                var coalition = CoalitionOf(x.members);
                var listed = IdentificationPoints.Catalogue.Entries;
                Assert.Equal(ProtocolCheck.Check(x.protocol, coalition, listed, x.agreements, x.day).ToArray(), ProtocolCheck.Check(x.protocol, coalition, listed.Reverse(), x.shuffledAgreements, x.day).ToArray());
                Assert.Equal(AgreementCheck.Check(x.agreements, coalition, x.day).ToArray(), AgreementCheck.Check(x.shuffledAgreements, coalition, x.day).ToArray());
                Assert.Equal(
                    ProgrammeCoverage.Compute(TrainingProgrammes.HotelMotel, Venues, x.records, x.day),
                    ProgrammeCoverage.Compute(TrainingProgrammes.HotelMotel, x.shuffledVenues, x.shuffledRecords, x.day));
                var operations = new CoalitionOperations(x.day) { Protocol = x.protocol, Agreements = x.agreements, TrainingRecords = x.records, TargetVenues = Venues };
                Assert.Equal(operations, operations with { Agreements = [.. x.shuffledAgreements], TrainingRecords = [.. x.shuffledRecords], TargetVenues = [.. x.shuffledVenues] });
                Assert.Equal(operations.GetHashCode(), (operations with { Agreements = [.. x.shuffledAgreements], TrainingRecords = [.. x.shuffledRecords] }).GetHashCode());
            });

    [Fact]
    public void Generated_operations_round_trip_through_json() =>
        Properties.ForAll(
            (from protocol in Protocols
             from agreements in AgreementLists
             from records in RecordLists
             from day in Dates
             from policy in Policies
             select new CoalitionOperations(day) { Protocol = protocol, Agreements = agreements, TrainingRecords = records, TargetVenues = Venues, TrainingPolicy = policy }).ToArbitrary(),
            operations =>
            {
                var json = JsonSerializer.Serialize(operations, CoalitionJsonContext.Default.CoalitionOperations);
                var back = CoalitionJson.Deserialize(json, CoalitionJsonContext.Default.CoalitionOperations);
                Assert.Equal(operations, back);
                Assert.Equal(operations.GetHashCode(), back!.GetHashCode());
                var review = OperationsReview.Of(CoalitionOf([]), operations);
                Assert.Equal(review, JsonSerializer.Deserialize(JsonSerializer.Serialize(review, CoalitionJsonContext.Default.OperationsReview), CoalitionJsonContext.Default.OperationsReview));
            });
}
