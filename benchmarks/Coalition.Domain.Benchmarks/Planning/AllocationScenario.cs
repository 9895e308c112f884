using System.Collections.Immutable;
using Coalition.Domain.Benchmarks.Referrals;
using Coalition.Domain.Needs;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Benchmarks.Planning;

/// <summary>
/// An invented operation: many clients identified at once against a network whose offerings have only a few places each
/// (0 to 3), so that clients compete. Each client has 2 to 5 needs, or exactly <c>needsPerClient</c> when given.
/// </summary>
public sealed class AllocationScenario
{
    private static readonly string[] Languages = ["en", "es", "vi", "fr", "ar"];

    public AllocationScenario(int clients, int providers, int seed = 20261122, int? needsPerClient = null)
    {
        var network = NetworkGenerator.Generate(providers * 2, seed);
        var random = new Random(seed + 1);
        Matcher = ReferralMatcher.Compile(network).WithCapacities(
            network.Providers.SelectMany(p => p.Services.Select(s => new CapacityUpdate(p.Id, s.Id, new Capacity(CapacityStatus.Available, random.Next(0, 4), 3)))));
        var needs = ServiceNeeds.Catalogue.Entries;
        Requests = [.. Enumerable.Range(0, clients).Select(i =>
        {
            var chosen = needsPerClient is { } count
                ? needs.OrderBy(_ => random.Next()).Take(count).ToArray()
                : Enumerable.Range(0, random.Next(2, 6)).Select(_ => needs[random.Next(needs.Length)]).Distinct().ToArray();
            var age = random.Next(12, 60);
            Genders? gender = random.Next(3) switch { 0 => Genders.Male, 1 => Genders.Female, _ => null };
            var language = new LanguageCode(Languages[random.Next(Languages.Length)]);
            var populations = random.Next(4) == 0 ? Populations.ForeignNational : Populations.None;
            var types = random.Next(2) == 0 ? TraffickingTypes.Sex : TraffickingTypes.Labor;
            var area = $"county-{random.Next(NetworkGenerator.AreaCount):D2}";
            var client = new ClientProfile([.. chosen.Select(ClientNeed.ByHorizon)], random.Next(5) == 0 ? ClientConsent.DeclinesLawEnforcement : ClientConsent.Full)
            {
                AgeYears = age,
                Gender = gender,
                Languages = [language],
                Populations = populations,
                TraffickingTypes = types,
                Area = area,
            };
            return new AllocationRequest($"case-{i:D5}", client);
        })];
    }

    private AllocationScenario(ReferralMatcher matcher, ImmutableArray<AllocationRequest> requests)
    {
        Matcher = matcher;
        Requests = requests;
    }

    public ReferralMatcher Matcher { get; }

    public ImmutableArray<AllocationRequest> Requests { get; }

    /// <summary>
    /// Every request needs emergency housing and two shelters hold a quarter of the requests each (issue 12's worst case
    /// for the old solver). Clients differ in urgency and language, so a few groups of identical requests compete.
    /// </summary>
    public static AllocationScenario Competing(int requests, int seed = 20261123)
    {
        var random = new Random(seed);
        Provider Shelter(string id, params string[] languages) =>
            new(id, $"Example {id}", StakeholderCategories.Shelters,
            [
                new ServiceOffering("beds", [ServiceNeeds.HousingEmergency])
                {
                    Languages = [.. languages.Select(l => new LanguageCode(l))],
                    Capacity = new Capacity(CapacityStatus.Available, requests / 4, requests / 4),
                },
            ])
            {
                AdheresToStandardOfCare = true,
                HasTraffickingTrainedStaff = id == "shelter-a",
                IntakeContact = "hotline",
            };
        var network = new ReferralNetwork([Shelter("shelter-a", "en"), Shelter("shelter-b", "en", "es")]);
        var list = Enumerable.Range(0, requests).Select(i => new AllocationRequest(
            $"case-{i:D6}",
            new ClientProfile([new ClientNeed(ServiceNeeds.HousingEmergency, random.Next(3) == 0 ? NeedUrgency.Immediate : NeedUrgency.Routine)], ClientConsent.Full)
            {
                AgeYears = random.Next(18, 60),
                Languages = [new LanguageCode(random.Next(4) == 0 ? "es" : "en")],
            })).ToImmutableArray();
        return new AllocationScenario(ReferralMatcher.Compile(network), list);
    }

    /// <summary>
    /// Issue 12's second worst case: <paramref name="clients"/> clients with <paramref name="needsPerClient"/> needs each,
    /// and two large multi-service centres that serve every need with places for a quarter of all needs each, so that every
    /// need competes with every other through the same two offerings.
    /// </summary>
    public static AllocationScenario ManyNeeds(int clients, int needsPerClient, int seed = 20261124)
    {
        var random = new Random(seed);
        var needs = ServiceNeeds.Catalogue.Entries.Take(needsPerClient).ToArray();
        var places = clients * needs.Length / 4;
        Provider Centre(string id, params string[] languages) =>
            new(id, $"Example {id}", StakeholderCategories.HumanTraffickingPrograms,
            [
                new ServiceOffering("all", [.. needs])
                {
                    Languages = [.. languages.Select(l => new LanguageCode(l))],
                    Capacity = new Capacity(CapacityStatus.Available, places, places),
                },
            ])
            {
                AdheresToStandardOfCare = true,
                HasTraffickingTrainedStaff = id == "centre-a",
                IntakeContact = "intake",
            };
        var network = new ReferralNetwork([Centre("centre-a", "en"), Centre("centre-b", "en", "es")]);
        var list = Enumerable.Range(0, clients).Select(i => new AllocationRequest(
            $"case-{i:D6}",
            new ClientProfile([.. needs.Select(n => new ClientNeed(n, random.Next(4) == 0 ? NeedUrgency.Immediate : NeedUrgency.Routine))], ClientConsent.Full)
            {
                AgeYears = random.Next(18, 60),
                Languages = [new LanguageCode(random.Next(4) == 0 ? "es" : "en")],
            })).ToImmutableArray();
        return new AllocationScenario(ReferralMatcher.Compile(network), list);
    }
}
