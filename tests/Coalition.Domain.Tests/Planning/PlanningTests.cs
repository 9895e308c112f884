using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Matching.Rules;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;
using Coalition.Domain.Tests.Referrals;
using FsCheck.Fluent;
using FsCheck;
using NodaTime;

namespace Coalition.Domain.Tests.Planning;

public sealed class ReferralPlannerTests
{
    [Fact]
    public void The_plan_gives_each_immediate_need_its_best_tier_then_the_fewest_providers_then_the_best_score() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var policy = ReferralPolicy.Default;
            var plan = ReferralPlanner.Plan(ReferralMatcher.Compile(network), client, at);

            // Brute force over the readable rules: per need, the candidates allowed by the urgency-first constraint.
            var options = client.Needs.Select(need =>
            {
                var candidates = RuleSetReference.Candidates(network, client, need, policy, at).Select(x => x.Assessment).ToList();
                if (need.Urgency == NeedUrgency.Immediate && candidates.Count > 0)
                {
                    var best = candidates.Min(c => c.Tier!.Value);
                    candidates = [.. candidates.Where(c => c.Tier == best)];
                }

                return candidates;
            }).ToList();
            var coverable = Enumerable.Range(0, client.Needs.Length).Where(i => options[i].Count > 0).ToList();
            Assert.Equal(coverable.Select(i => client.Needs[i].Need).ToHashSet(), plan.Referrals.Select(r => r.Need).ToHashSet());
            Assert.Equal(client.Needs.Where((_, i) => options[i].Count == 0), plan.Uncovered);
            foreach (var referral in plan.Referrals)
            {
                var i = client.Needs.ToList().FindIndex(n => n.Need == referral.Need);
                Assert.Contains(options[i], o => o.ProviderId == referral.ProviderId && o.OfferingId == referral.OfferingId);
            }

            Assert.Equal(plan.Referrals.Select(r => r.ProviderId).Distinct().Count(), plan.ProviderCount);
            var providers = options.SelectMany(o => o.Select(c => c.ProviderId)).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (providers.Length > 12 || coverable.Count == 0)
            {
                return;
            }

            var optimum = (Count: int.MaxValue, Score: long.MinValue);
            for (var subset = 1; subset < 1 << providers.Length; subset++)
            {
                var chosen = providers.Where((_, i) => (subset & (1 << i)) != 0).ToHashSet();
                if (!coverable.All(i => options[i].Any(o => chosen.Contains(o.ProviderId))))
                {
                    continue;
                }

                var score = coverable.Sum(i => options[i].Where(o => chosen.Contains(o.ProviderId)).Max(o => ReferralPlanner.Scale(o.Score)));
                if (chosen.Count < optimum.Count || (chosen.Count == optimum.Count && score > optimum.Score))
                {
                    optimum = (chosen.Count, score);
                }
            }

            Assert.Equal(optimum.Count, plan.ProviderCount);
            Assert.Equal(optimum.Score, plan.Referrals.Sum(r => ReferralPlanner.Scale(r.Score)));
        });

    [Fact]
    public void A_plan_never_sends_an_immediate_need_to_a_closed_provider_when_an_open_candidate_exists() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var plan = ReferralPlanner.Plan(ReferralMatcher.Compile(network), client, at);
            foreach (var referral in plan.Referrals.Where(r => r.Urgency == NeedUrgency.Immediate))
            {
                var need = client.Needs.Single(n => n.Need == referral.Need);
                var candidates = RuleSetReference.Candidates(network, client, need, ReferralPolicy.Default, at).ToList();
                var chosen = candidates.Single(c => c.Provider.Id == referral.ProviderId && c.Offering.Id == referral.OfferingId).Assessment.Tier;
                if (candidates.Any(c => c.Assessment.Tier == UrgencyTier.OpenNow))
                {
                    Assert.Equal(UrgencyTier.OpenNow, chosen);
                }
            }
        });

    [Fact]
    public void An_adult_who_chose_to_avoid_reporting_duties_is_never_assigned_a_provider_with_one() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var adult = client with { AgeYears = 35, LacksDecisionCapacity = false, Consent = client.Consent with { AvoidsReportingDuties = true } };
            var matcher = ReferralMatcher.Compile(network);
            var assigned = ReferralPlanner.Plan(matcher, adult, at).Referrals.Select(r => r.ProviderId)
                .Concat(BatchAllocator.Allocate(matcher, [new AllocationRequest("case", adult)], at).Assignments.Select(a => a.ProviderId))
                .Concat(BatchAllocator.AllocateFirstComeFirstServed(matcher, [new AllocationRequest("case", adult)], at).Assignments.Select(a => a.ProviderId));
            foreach (var id in assigned)
            {
                Assert.Empty(ReportingDutyNotice.NoticesFor(network.Providers.Single(p => p.Id == id), adult, ReferralPolicy.Default));
            }
        });

    [Fact]
    public void Immediate_needs_come_first_and_plans_are_deterministic() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var plan = ReferralPlanner.Plan(ReferralMatcher.Compile(network), client, at);
            Assert.Equal(plan, ReferralPlanner.Plan(ReferralMatcher.Compile(network), client, at));
            var urgencies = plan.Referrals.Select(r => r.Urgency).ToList();
            Assert.Equal(urgencies.OrderBy(u => u == NeedUrgency.Immediate ? 0 : 1), urgencies);
            Assert.Equal(plan, JsonSerializer.Deserialize(JsonSerializer.Serialize(plan, CoalitionJsonContext.Default.ReferralPlan), CoalitionJsonContext.Default.ReferralPlan));
        });

    [Fact]
    public void One_provider_that_covers_three_needs_beats_three_better_scored_specialists()
    {
        ServiceOffering Offering(string id, params ServiceNeed[] needs) => new(id, [.. needs]) { Languages = [new LanguageCode("en")] };
        Provider Make(string id, bool standard, params ServiceOffering[] services) =>
            new(id, id, StakeholderCategories.HumanTraffickingPrograms, [.. services]) { AdheresToStandardOfCare = standard, HasTraffickingTrainedStaff = standard, IntakeContact = "intake" };
        var network = new ReferralNetwork(
        [
            Make("one-stop", false, Offering("all", ServiceNeeds.Food, ServiceNeeds.Clothing, ServiceNeeds.CaseManagement)),
            Make("a-food", true, Offering("food", ServiceNeeds.Food)),
            Make("b-clothes", true, Offering("clothes", ServiceNeeds.Clothing)),
            Make("c-case", true, Offering("case", ServiceNeeds.CaseManagement)),
        ]);
        var client = new ClientProfile(
            [new ClientNeed(ServiceNeeds.CaseManagement, NeedUrgency.Routine), new ClientNeed(ServiceNeeds.Food, NeedUrgency.Immediate), new ClientNeed(ServiceNeeds.Clothing, NeedUrgency.Routine)],
            ClientConsent.Full)
        {
            AgeYears = 30,
            Languages = [new LanguageCode("en")],
        };
        var plan = ReferralPlanner.Plan(ReferralMatcher.Compile(network), client, Instant.FromUtc(2026, 11, 22, 3, 0));
        Assert.Equal(1, plan.ProviderCount);
        Assert.All(plan.Referrals, r => Assert.Equal("one-stop", r.ProviderId));
        Assert.Equal([ServiceNeeds.Food, ServiceNeeds.CaseManagement, ServiceNeeds.Clothing], plan.Referrals.Select(r => r.Need).ToArray());
        Assert.StartsWith("3 need(s) covered by 1 provider(s)", plan.Explanation, StringComparison.Ordinal);
    }
}

public sealed class BatchAllocatorTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 17, 20, 0);

    /// <summary>Small networks with few places, so that clients compete.</summary>
    private static Gen<ReferralNetwork> ScarceNetworks { get; } =
        ReferralGenerators.Networks.SelectMany(
            n => Gen.ArrayOf(Gen.Choose(0, 2), n.Providers.Sum(p => p.Services.Length)),
            (n, places) =>
            {
                var i = 0;
                return new ReferralNetwork([.. n.Providers.Select(p => p with
                {
                    Services = [.. p.Services.Select(s => s.WithCapacity(new Capacity(CapacityStatus.Available, places[i], places[i++] + 1)))],
                })]);
            });

    private static Gen<ImmutableArray<AllocationRequest>> Requests(int max) =>
        Gen.Choose(1, max).SelectMany(k => Gen.ArrayOf(ReferralGenerators.Clients, k), (_, clients) => clients.Select((c, i) => new AllocationRequest($"case-{i:D3}", c)).ToImmutableArray());

    private static Arbitrary<(ReferralNetwork Network, ImmutableArray<AllocationRequest> Requests)> Instances(int max) =>
        (from network in ScarceNetworks from requests in Requests(max) select (network, requests)).ToArbitrary();

    private static (int, int, long) Objective(AllocationSummary s) => (s.ImmediateNeedsMet, s.NeedsMet, (long)Math.Round(s.TotalScore * 100));

    [Fact]
    public void Capacity_is_never_exceeded_and_every_assignment_passes_the_hard_rules() =>
        Properties.ForAll(Instances(6), input =>
        {
            var matcher = ReferralMatcher.Compile(input.Network);
            foreach (var result in new[] { BatchAllocator.Allocate(matcher, input.Requests, At), BatchAllocator.AllocateFirstComeFirstServed(matcher, input.Requests, At) })
            {
                foreach (var group in result.Assignments.GroupBy(a => (a.ProviderId, a.OfferingId)))
                {
                    Assert.True(group.Count() <= BatchAllocator.PlacesOf(matcher.CapacityOf(group.Key.ProviderId, group.Key.OfferingId)));
                }

                foreach (var a in result.Assignments)
                {
                    var client = input.Requests.Single(r => r.CaseId == a.CaseId).Client;
                    var provider = input.Network.Providers.Single(p => p.Id == a.ProviderId);
                    var offering = provider.Services.Single(o => o.Id == a.OfferingId);
                    Assert.True(offering.Serves(a.Need));
                    Assert.True(ReferralRules.Assess(provider, offering, client, client.Needs.Single(n => n.Need == a.Need), ReferralPolicy.Default, At, matcher.CapacityOf(provider.Id, offering.Id)).IsCandidate);
                }

                Assert.Equal(input.Requests.Sum(r => r.Client.Needs.Length), result.Assignments.Length + result.Unallocated.Length);
            }
        });

    [Fact]
    public void The_optimum_meets_at_least_as_many_needs_as_greedy_and_equals_brute_force_on_small_instances() =>
        Properties.ForAll(Instances(3), input =>
        {
            var matcher = ReferralMatcher.Compile(input.Network);
            var optimal = BatchAllocator.Allocate(matcher, input.Requests, At);
            var greedy = BatchAllocator.AllocateFirstComeFirstServed(matcher, input.Requests, At);
            Assert.True(Objective(optimal.Summary).CompareTo(Objective(greedy.Summary)) >= 0, $"{optimal.Summary} < {greedy.Summary}");
            Assert.True(optimal.Summary.NeedsMet >= greedy.Summary.NeedsMet || optimal.Summary.ImmediateNeedsMet > greedy.Summary.ImmediateNeedsMet);
            var brute = BruteForce(input.Network, input.Requests);
            if (brute is { } value)
            {
                Assert.Equal(value, Objective(optimal.Summary));
            }
        });

    [Fact]
    public void The_allocation_is_deterministic_and_the_order_of_clients_does_not_change_it() =>
        Properties.ForAll(
            (from instance in Instances(6).Generator from shuffled in Gen.Shuffle(instance.Requests.AsEnumerable()) select (instance, shuffled)).ToArbitrary(),
            input =>
            {
                var matcher = ReferralMatcher.Compile(input.instance.Network);
                var first = BatchAllocator.Allocate(matcher, input.instance.Requests, At);
                Assert.Equal(first, BatchAllocator.Allocate(matcher, input.instance.Requests, At));
                Assert.Equal(first, BatchAllocator.Allocate(matcher, input.shuffled, At));
                Assert.Equal(first, JsonSerializer.Deserialize(JsonSerializer.Serialize(first, CoalitionJsonContext.Default.AllocationResult), CoalitionJsonContext.Default.AllocationResult));
            });

    [Fact]
    public void Scarce_places_go_to_the_needs_that_only_they_can_meet()
    {
        // One shelter bed; the first client could also use an unlimited hotel voucher, the second could not.
        ServiceOffering Offering(string id, Capacity capacity, Eligibility eligibility) =>
            new(id, [ServiceNeeds.HousingEmergency]) { Eligibility = eligibility, Languages = [new LanguageCode("en")], Capacity = capacity };
        var network = new ReferralNetwork(
        [
            new Provider("shelter", "Example Shelter", StakeholderCategories.Shelters, [Offering("bed", new Capacity(CapacityStatus.Available, 1, 1), Eligibility.Everyone)])
            {
                AdheresToStandardOfCare = true,
                HasTraffickingTrainedStaff = true,
                HasLicensedSocialWorkers = true,
                Visibility = LocationVisibility.Confidential,
                IntakeContact = "hotline",
            },
            new Provider("vouchers", "Example Vouchers", StakeholderCategories.FaithBased, [Offering("voucher", Capacity.Unknown, new Eligibility(AgeRange.Adults, Genders.Any, Populations.None, Populations.None, TraffickingTypes.Any))])
            {
                IntakeContact = "intake",
            },
        ]);
        ClientProfile Client(decimal age) => new([new ClientNeed(ServiceNeeds.HousingEmergency, NeedUrgency.Immediate)], ClientConsent.Full) { AgeYears = age, Languages = [new LanguageCode("en")] };
        var requests = new[] { new AllocationRequest("case-a-adult", Client(30)), new AllocationRequest("case-b-minor", Client(16)) };
        var matcher = ReferralMatcher.Compile(network);

        var greedy = BatchAllocator.AllocateFirstComeFirstServed(matcher, requests, At);
        Assert.Equal(1, greedy.Summary.NeedsMet);
        var optimal = BatchAllocator.Allocate(matcher, requests, At);
        Assert.Equal(2, optimal.Summary.NeedsMet);
        Assert.Equal("vouchers", optimal.Assignments.Single(a => a.CaseId == "case-a-adult").ProviderId);
        Assert.Equal("shelter", optimal.Assignments.Single(a => a.CaseId == "case-b-minor").ProviderId);
        Assert.Contains("option 2", optimal.Assignments.Single(a => a.CaseId == "case-a-adult").Explanation, StringComparison.Ordinal);
        Assert.Equal(UnallocatedReason.CapacityExhausted, greedy.Unallocated.Single().Reason);
    }

    [Fact]
    public void Duplicate_case_references_are_rejected()
    {
        var client = new ClientProfile([new ClientNeed(ServiceNeeds.Food, NeedUrgency.Routine)], ClientConsent.Full) { AgeYears = 30 };
        var ex = Assert.Throws<ArgumentException>(() => BatchAllocator.Allocate(ReferralMatcher.Compile(ReferralNetwork.Empty), [new AllocationRequest("x", client), new AllocationRequest("x", client)], At));
        Assert.Equal("requests", ex.ParamName);
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every combination of choices (an eligible offering with places, or none) per need; null when too many. The options
    /// come from the library's readable rules (<see cref="ReferralRules"/>); the per-offering scores from the matcher.
    /// </summary>
    private static (int, int, long)? BruteForce(ReferralNetwork network, ImmutableArray<AllocationRequest> requests)
    {
        var matcher = ReferralMatcher.Compile(network);
        var needs = new List<(bool Immediate, List<(int Offering, long Score)> Options)>();
        foreach (var request in requests)
        {
            var eligible = matcher.Eligible(request.Client, At);
            for (var n = 0; n < request.Client.Needs.Length; n++)
            {
                var need = request.Client.Needs[n];
                var reference = (from provider in network.Providers
                                 from offering in provider.Services
                                 where offering.Serves(need.Need) && ReferralRules.Assess(provider, offering, request.Client, need, ReferralPolicy.Default, At).IsCandidate
                                 select $"{provider.Id}/{offering.Id}").Order(StringComparer.Ordinal).ToList();
                Assert.Equal(reference, eligible[n].Select(e => $"{matcher.ProviderOf(e.Offering).Id}/{matcher.OfferingAt(e.Offering).Id}").Order(StringComparer.Ordinal).ToList());
                var options = eligible[n]
                    .Where(e => BatchAllocator.PlacesOf(matcher.CapacityAt(e.Offering)) > 0)
                    .Select(e => (e.Offering, (long)Math.Round(e.Score * 100, MidpointRounding.AwayFromZero)))
                    .ToList();
                needs.Add((need.Urgency == NeedUrgency.Immediate, options));
            }
        }

        if (needs.Aggregate(1.0, (product, n) => product * (n.Options.Count + 1)) > 200_000)
        {
            return null;
        }

        var used = new int[matcher.OfferingCount];
        (int, int, long) best = (0, 0, 0);
        void Search(int index, int immediate, int met, long score)
        {
            if (index == needs.Count)
            {
                if ((immediate, met, score).CompareTo(best) > 0)
                {
                    best = (immediate, met, score);
                }

                return;
            }

            Search(index + 1, immediate, met, score);
            foreach (var (offering, s) in needs[index].Options)
            {
                if (used[offering] < BatchAllocator.PlacesOf(matcher.CapacityAt(offering)))
                {
                    used[offering]++;
                    Search(index + 1, immediate + (needs[index].Immediate ? 1 : 0), met + 1, score + s);
                    used[offering]--;
                }
            }
        }

        Search(0, 0, 0, 0);
        return best;
    }
}
