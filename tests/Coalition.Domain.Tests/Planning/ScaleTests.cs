using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Legacy;
using Coalition.Domain.Needs;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;
using Coalition.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Planning;

/// <summary>Issue 12: the planner and the allocator without cliffs, against the old solvers and against brute force.</summary>
public sealed class PlannerScaleTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 17, 20, 0);

    private static (int, long) Objective(ReferralPlan plan) => (plan.ProviderCount, plan.Referrals.Sum(r => ReferralPlanner.Scale(r.Score)));

    public static TheoryData<string, int, int> FamiliesTheOldPlannerFinishes => new()
    {
        { "everything", 12, 1 }, { "everything", 12, 2 },
        { "pairs", 12, 1 }, { "pairs", 16, 2 },
        { "nested", 12, 1 }, { "nested", 12, 3 },
        { "random", 12, 1 }, { "random", 12, 2 }, { "random", 12, 3 }, { "random", 16, 1 },
    };

    [Theory]
    [MemberData(nameof(FamiliesTheOldPlannerFinishes))]
    public void The_planner_equals_the_old_dynamic_programme_on_the_adversarial_families(string family, int needs, int seed)
    {
        var (matcher, client) = PlannerFamilies.Build(family, needs, seed);
        var plan = ReferralPlanner.Plan(matcher, client, At);
        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(LegacyReferralPlanner.Plan(matcher, client, At), Objective(plan));
    }

    [Theory]
    [InlineData("everything", 1)]
    [InlineData("nested", 1)]
    public void Twenty_needs_that_one_provider_covers_get_one_provider(string family, int expected)
    {
        var (matcher, client) = PlannerFamilies.Build(family, 20, 7);
        var plan = ReferralPlanner.Plan(matcher, client, At);
        Assert.Equal(expected, plan.ProviderCount);
        Assert.Equal(20, plan.Referrals.Length);

        // The best single provider: the one with the highest total over the needs (each covers them all).
        var best = plan.Referrals.GroupBy(r => r.ProviderId).Single();
        var totals = matcher.Match(client, At, new MatchOptions(100)).Needs
            .SelectMany(n => n.Candidates)
            .GroupBy(c => c.ProviderId)
            .Where(g => g.Count() == 20)
            .Select(g => g.Sum(c => ReferralPlanner.Scale(c.Score)))
            .ToList();
        Assert.Equal(totals.Max(), plan.Referrals.Sum(r => ReferralPlanner.Scale(r.Score)));
        Assert.NotNull(best.Key);
    }

    [Fact]
    public void Disjoint_pairs_need_one_provider_per_pair()
    {
        var (matcher, client) = PlannerFamilies.Build("pairs", 20, 3);
        var plan = ReferralPlanner.Plan(matcher, client, At);
        var pairs = plan.Referrals.Select(r => client.Needs.ToList().FindIndex(n => n.Need == r.Need) / 2).Distinct().Count();
        Assert.Equal(10, pairs);
        Assert.Equal(pairs, plan.ProviderCount);
        Assert.All(plan.Referrals.GroupBy(r => r.ProviderId), g => Assert.Single(g.Select(r => client.Needs.ToList().FindIndex(n => n.Need == r.Need) / 2).Distinct()));
    }

    [Fact]
    public void Every_distinct_need_of_the_catalogue_at_once_is_planned_exactly()
    {
        var all = PlannerFamilies.Leaves.Length;
        Assert.True(all > 20);
        var (matcher, client) = PlannerFamilies.Build("nested", all, 1);
        var plan = ReferralPlanner.Plan(matcher, client, At);
        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(1, plan.ProviderCount);
        Assert.Equal(all, plan.Referrals.Length + plan.Uncovered.Length);
    }

    private static Arbitrary<(string Family, int Needs, int Seed, long Budget)> BudgetedInstances { get; } =
        (from family in Gen.Elements(PlannerFamilies.Names)
         from needs in Gen.Choose(2, 12)
         from seed in Gen.Choose(1, 1000)
         from budget in Gen.Choose(1, 60)
         select (family, needs, seed, (long)budget)).ToArbitrary();

    [Fact]
    public void A_budgeted_plan_is_a_valid_cover_and_its_gap_contains_the_optimum() =>
        Properties.ForAll(BudgetedInstances, input =>
        {
            var (matcher, client) = PlannerFamilies.Build(input.Family, input.Needs, input.Seed);
            var exact = ReferralPlanner.Plan(matcher, client, At);
            var budgeted = ReferralPlanner.Plan(matcher, client, At, PlanBudget.Operations(input.Budget));
            Assert.Equal(budgeted, ReferralPlanner.Plan(matcher, client, At, PlanBudget.Operations(input.Budget)));
            Assert.Equal(exact.Referrals.Select(r => r.Need).ToHashSet(), budgeted.Referrals.Select(r => r.Need).ToHashSet());
            if (budgeted.IsProvenOptimal)
            {
                Assert.Equal(exact, budgeted);
                return;
            }

            var gap = budgeted.Gap!;
            Assert.InRange(exact.ProviderCount, gap.MinProviders, budgeted.ProviderCount);
            Assert.Contains("within the budget", budgeted.Explanation, StringComparison.Ordinal);
            if (exact.ProviderCount == budgeted.ProviderCount)
            {
                Assert.InRange(exact.TotalScore, budgeted.TotalScore - 1e-9, gap.MaxScore + 1e-9);
            }
        });

    [Fact]
    public void A_time_budget_reads_only_the_callers_clock()
    {
        var (matcher, client) = PlannerFamilies.Build("random", 30, 3);
        Assert.False(ReferralPlanner.Plan(matcher, client, At, PlanBudget.Operations(300)).IsProvenOptimal);

        // A clock that never moves: the plan is exact. A clock that jumps an hour per reading: the budget runs out.
        var stopped = new CountingClock(At, Duration.Zero);
        Assert.Equal(ReferralPlanner.Plan(matcher, client, At), ReferralPlanner.Plan(matcher, client, At, PlanBudget.Time(Duration.FromMilliseconds(1), stopped)));
        Assert.True(stopped.Readings > 1);
        var racing = new CountingClock(At, Duration.FromHours(1));
        var cut = ReferralPlanner.Plan(matcher, client, At, PlanBudget.Time(Duration.FromMilliseconds(1), racing));
        Assert.False(cut.IsProvenOptimal);
        Assert.Equal(2, racing.Readings);
    }

    [Fact]
    public void Budgets_and_gaps_reject_impossible_values()
    {
        Assert.Equal("maxOperations", Assert.Throws<ArgumentOutOfRangeException>(() => PlanBudget.Operations(0)).ParamName);
        Assert.Equal("maxTime", Assert.Throws<ArgumentOutOfRangeException>(() => PlanBudget.Time(Duration.Zero, new FixedClock(At))).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => PlanBudget.Time(Duration.FromSeconds(1), null!)).ParamName);
        Assert.Equal("MinProviders", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanGap(-1, 0)).ParamName);
        Assert.Equal("MaxScore", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanGap(1, double.NaN)).ParamName);

        var (matcher, client) = PlannerFamilies.Build("pairs", 6, 1);
        var plan = ReferralPlanner.Plan(matcher, client, At);
        Assert.Equal("Gap", Assert.Throws<ArgumentOutOfRangeException>(() => plan with { Gap = new PlanGap(plan.ProviderCount + 1, plan.TotalScore) }).ParamName);
        Assert.Equal("Gap", Assert.Throws<ArgumentOutOfRangeException>(() => plan with { Gap = new PlanGap(1, plan.TotalScore - 1) }).ParamName);
        Assert.Equal("plan budget (10 operations)", PlanBudget.Operations(10).ToString());
    }

    [Fact]
    public void A_plan_with_a_gap_round_trips_through_json_and_says_it_is_not_proven()
    {
        var (matcher, client) = PlannerFamilies.Build("random", 30, 3);
        var plan = ReferralPlanner.Plan(matcher, client, At, PlanBudget.Operations(5));
        var json = JsonSerializer.Serialize(plan, CoalitionJsonContext.Default.ReferralPlan);
        Assert.Contains("\"isProvenOptimal\":false", json, StringComparison.Ordinal);
        var back = CoalitionJson.Deserialize(json, CoalitionJsonContext.Default.ReferralPlan);
        Assert.Equal(plan, back);
        Assert.False(back.IsProvenOptimal);
    }

    private sealed class CountingClock(Instant start, Duration step) : IClock
    {
        private Instant now = start;

        public int Readings { get; private set; }

        public Instant GetCurrentInstant()
        {
            Readings++;
            var current = now;
            now += step;
            return current;
        }
    }
}

public sealed class AllocatorScaleTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 17, 20, 0);

    private static Gen<ReferralNetwork> ScarceNetworks { get; } =
        Referrals.ReferralGenerators.Networks.SelectMany(
            n => Gen.ArrayOf(Gen.Choose(-1, 3), n.Providers.Sum(p => p.Services.Length)),
            (n, places) =>
            {
                var i = 0;
                return new ReferralNetwork([.. n.Providers.Select(p => p with
                {
                    Services = [.. p.Services.Select(s =>
                    {
                        var k = places[i++];
                        return s.WithCapacity(k < 0 ? Capacity.Unknown : new Capacity(CapacityStatus.Available, k, k + 1));
                    })],
                })]);
            });

    [Fact]
    public void The_allocator_equals_the_old_solver_on_generated_medium_instances() =>
        Properties.ForAll(
            (from network in ScarceNetworks
             from count in Gen.Choose(1, 40)
             from clients in Gen.ArrayOf(Referrals.ReferralGenerators.Clients, count)
             select (network, clients.Select((c, i) => new AllocationRequest($"case-{i:D3}", c)).ToImmutableArray())).ToArbitrary(),
            input =>
            {
                var matcher = ReferralMatcher.Compile(input.network);
                var summary = BatchAllocator.Allocate(matcher, input.Item2, At).Summary;
                Assert.Equal(LegacyBatchAllocator.Allocate(matcher, input.Item2, At), (summary.ImmediateNeedsMet, summary.NeedsMet, (long)Math.Round(summary.TotalScore * 100)));
            });

    private static (ReferralMatcher Matcher, AllocationRequest[] Requests) Competing(int requests, int placesA, int placesB, int immediateEvery)
    {
        Provider Shelter(string id, int places, bool trained) =>
            new(id, $"Example {id}", StakeholderCategories.Shelters,
            [new ServiceOffering("beds", [ServiceNeeds.HousingEmergency]) { Languages = [new LanguageCode("en")], Capacity = new Capacity(CapacityStatus.Available, places, places) }])
            {
                AdheresToStandardOfCare = true,
                HasTraffickingTrainedStaff = trained,
                IntakeContact = "hotline",
            };
        var matcher = ReferralMatcher.Compile(new ReferralNetwork([Shelter("shelter-a", placesA, true), Shelter("shelter-b", placesB, false)]));
        var list = Enumerable.Range(0, requests).Select(i => new AllocationRequest(
            $"case-{i:D6}",
            new ClientProfile([new ClientNeed(ServiceNeeds.HousingEmergency, i % immediateEvery == 0 ? NeedUrgency.Immediate : NeedUrgency.Routine)], ClientConsent.Full)
            {
                AgeYears = 30,
                Languages = [new LanguageCode("en")],
            })).ToArray();
        return (matcher, list);
    }

    [Fact]
    public void Twenty_thousand_requests_for_two_shelters_fill_every_place_immediate_needs_first()
    {
        var (matcher, requests) = Competing(20_000, 5_000, 4_000, immediateEvery: 3);
        var result = BatchAllocator.Allocate(matcher, requests, At);
        var immediate = requests.Count(r => r.Client.Needs[0].Urgency == NeedUrgency.Immediate);
        Assert.Equal(9_000, result.Summary.NeedsMet);
        Assert.Equal(Math.Min(immediate, 9_000), result.Summary.ImmediateNeedsMet);
        Assert.Equal(5_000, result.Assignments.Count(a => a.ProviderId == "shelter-a"));
        Assert.Equal(4_000, result.Assignments.Count(a => a.ProviderId == "shelter-b"));
        Assert.All(result.Unallocated, u => Assert.Equal(UnallocatedReason.CapacityExhausted, u.Reason));
    }

    [Fact]
    public void Identical_requests_share_places_in_case_order_the_earliest_taking_the_better_offering()
    {
        var (matcher, requests) = Competing(10, 3, 2, immediateEvery: 1);
        var result = BatchAllocator.Allocate(matcher, requests.Reverse(), At);
        Assert.Equal(["case-000000", "case-000001", "case-000002"], result.Assignments.Where(a => a.ProviderId == "shelter-a").Select(a => a.CaseId));
        Assert.Equal(["case-000003", "case-000004"], result.Assignments.Where(a => a.ProviderId == "shelter-b").Select(a => a.CaseId));
        Assert.Equal(Enumerable.Range(5, 5).Select(i => $"case-{i:D6}"), result.Unallocated.Select(u => u.CaseId));
    }
}
