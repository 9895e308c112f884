using System.Collections.Immutable;
using Coalition.Domain.Benchmarks.Referrals;
using Coalition.Domain.Needs;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Benchmarks.Planning;

/// <summary>
/// An invented operation: many clients identified at once against a network whose offerings have only a few places each
/// (0 to 3), so that clients compete.
/// </summary>
public sealed class AllocationScenario
{
    private static readonly string[] Languages = ["en", "es", "vi", "fr", "ar"];

    public AllocationScenario(int clients, int providers, int seed = 20261122)
    {
        var network = NetworkGenerator.Generate(providers * 2, seed);
        var random = new Random(seed + 1);
        Matcher = ReferralMatcher.Compile(network).WithCapacities(
            network.Providers.SelectMany(p => p.Services.Select(s => new CapacityUpdate(p.Id, s.Id, new Capacity(CapacityStatus.Available, random.Next(0, 4), 3)))));
        var needs = ServiceNeeds.Catalogue.Entries;
        Requests = [.. Enumerable.Range(0, clients).Select(i =>
        {
            var chosen = Enumerable.Range(0, random.Next(2, 6)).Select(_ => needs[random.Next(needs.Length)]).Distinct();
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

    public ReferralMatcher Matcher { get; }

    public ImmutableArray<AllocationRequest> Requests { get; }
}
