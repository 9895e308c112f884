using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
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
    public void The_plan_covers_exactly_the_coverable_needs_with_no_plan_of_fewer_providers_and_no_better_score() =>
        Properties.ForAll(ReferralGenerators.Scenarios, scenario =>
        {
            var (network, client, at) = scenario;
            var matcher = ReferralMatcher.Compile(network);
            var plan = ReferralPlanner.Plan(matcher, client, at);
            var policy = ReferralPolicy.Default;

            // Brute force: every provider's best eligible score per need, independently of the planner.
            var options = client.Needs.Select(n => ReferenceRules.Eligible(network, client, n.Need, policy).Select(e => e.Provider.Id).Distinct().ToHashSet()).ToList();
            var coverable = client.Needs.Where((_, i) => options[i].Count > 0).Select(n => n.Need).ToHashSet();
            Assert.Equal(coverable, plan.Referrals.Select(r => r.Need).ToHashSet());
            Assert.Equal(client.Needs.Where((_, i) => options[i].Count == 0).Select(n => n.Need), plan.Uncovered.Select(u => u.Need));
            Assert.All(plan.Referrals, r => Assert.Contains(r.ProviderId, options[client.Needs.ToList().FindIndex(n => n.Need == r.Need)]));
            Assert.Equal(plan.Referrals.Select(r => r.ProviderId).Distinct().Count(), plan.ProviderCount);

            var providers = options.SelectMany(o => o).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (providers.Length > 12)
            {
                return;
            }

            var best = (Count: int.MaxValue, Score: long.MinValue);
            var matchResult = matcher.Match(client, at, new MatchOptions(100));
            for (var subset = 0; subset < 1 << providers.Length; subset++)
            {
                var chosen = providers.Where((_, i) => (subset & (1 << i)) != 0).ToHashSet();
                if (!coverable.All(need => options[client.Needs.ToList().FindIndex(n => n.Need == need)].Overlaps(chosen)))
                {
                    continue;
                }

                var score = matchResult.Needs.Where(n => coverable.Contains(n.Need)).Sum(n => n.Candidates.Where(c => chosen.Contains(c.ProviderId)).Max(c => ReferralPlanner.Scale(c.Score)));
                if (chosen.Count < best.Count || (chosen.Count == best.Count && score > best.Score))
                {
                    best = (chosen.Count, score);
                }
            }

            if (coverable.Count > 0)
            {
                Assert.Equal(best.Count, plan.ProviderCount);
                Assert.Equal(best.Score, plan.Referrals.Sum(r => ReferralPlanner.Scale(r.Score)));
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
        ServiceOffering Offering(string id, params ServiceNeed[] needs) => new(id, [.. needs], Eligibility.Everyone, [new LanguageCode("en")], false, ServiceArea.Anywhere, null, Capacity.Unknown, CostKind.Free, ReferralMethods.Phone, false);
        Provider Make(string id, bool standard, params ServiceOffering[] services) => new(id, id, StakeholderCategories.HumanTraffickingPrograms, false, false, standard, standard, false, LocationVisibility.Public, null, "intake", [.. services]);
        var network = new ReferralNetwork(
        [
            Make("one-stop", false, Offering("all", ServiceNeeds.Food, ServiceNeeds.Clothing, ServiceNeeds.CaseManagement)),
            Make("a-food", true, Offering("food", ServiceNeeds.Food)),
            Make("b-clothes", true, Offering("clothes", ServiceNeeds.Clothing)),
            Make("c-case", true, Offering("case", ServiceNeeds.CaseManagement)),
        ]);
        var client = new ClientProfile(30, null, [new LanguageCode("en")], Populations.None, TraffickingTypes.None, null,
            [new ClientNeed(ServiceNeeds.CaseManagement, NeedUrgency.Routine), new ClientNeed(ServiceNeeds.Food, NeedUrgency.Immediate), new ClientNeed(ServiceNeeds.Clothing, NeedUrgency.Routine)], ClientConsent.Full);
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
                return new ReferralNetwork([.. n.Providers.Select(p => new Provider(p.Id, p.Name, p.Category, p.IsLawEnforcementAffiliated, p.IsMandatoryReporter, p.AdheresToStandardOfCare,
                    p.HasTraffickingTrainedStaff, p.HasLicensedSocialWorkers, p.Visibility, p.Address, p.IntakeContact,
                    [.. p.Services.Select(s => s.WithCapacity(new Capacity(CapacityStatus.Available, places[i], places[i++] + 1)))]))]);
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
                    Assert.Empty(ReferenceRules.BrokenRules(provider, offering, client, ReferralPolicy.Default));
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
        ServiceOffering Offering(string id, Capacity capacity, Eligibility eligibility) => new(id, [ServiceNeeds.HousingEmergency], eligibility, [new LanguageCode("en")], false, ServiceArea.Anywhere, null, capacity, CostKind.Free, ReferralMethods.Phone, false);
        var network = new ReferralNetwork(
        [
            new Provider("shelter", "Example Shelter", StakeholderCategories.Shelters, false, false, true, true, true, LocationVisibility.Confidential, null, "hotline", [Offering("bed", new Capacity(CapacityStatus.Available, 1, 1), Eligibility.Everyone)]),
            new Provider("vouchers", "Example Vouchers", StakeholderCategories.FaithBased, false, false, false, false, false, LocationVisibility.Public, null, "intake", [Offering("voucher", Capacity.Unknown, new Eligibility(AgeRange.Adults, Genders.Any, Populations.None, Populations.None, TraffickingTypes.Any))]),
        ]);
        ClientProfile Client(decimal age) => new(age, null, [new LanguageCode("en")], Populations.None, TraffickingTypes.None, null, [new ClientNeed(ServiceNeeds.HousingEmergency, NeedUrgency.Immediate)], ClientConsent.Full);
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
        var client = new ClientProfile(30, null, [], Populations.None, TraffickingTypes.None, null, [new ClientNeed(ServiceNeeds.Food, NeedUrgency.Routine)], ClientConsent.Full);
        var ex = Assert.Throws<ArgumentException>(() => BatchAllocator.Allocate(ReferralMatcher.Compile(ReferralNetwork.Empty), [new AllocationRequest("x", client), new AllocationRequest("x", client)], At));
        Assert.Equal("requests", ex.ParamName);
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every combination of choices (an eligible offering with places, or none) per need; null when too many. The options
    /// come from the hard rules written again in <see cref="ReferenceRules"/>; the per-offering scores from the matcher.
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
                                 where offering.Serves(need.Need) && ReferenceRules.BrokenRules(provider, offering, request.Client, ReferralPolicy.Default).Count == 0
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
