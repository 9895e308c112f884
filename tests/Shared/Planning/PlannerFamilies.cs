// Adversarial instances for the referral planner (issue 12), shared by the tests and the benchmarks. All data invented.
using System.Collections.Immutable;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Testing;

/// <summary>
/// Families of planning instances that used to be slow: providers that each cover everything, disjoint pairs, nested
/// coverage, and random coverage with 5 to 200 eligible providers per need. Scores vary through the share of free places
/// and the standard-of-care and training flags, so ties are rare but possible.
/// </summary>
internal static class PlannerFamilies
{
    internal static readonly string[] Names = ["everything", "pairs", "nested", "random"];

    /// <summary>
    /// The needs the families use: those with no narrower need in the catalogue, so that no offering serves another
    /// chosen need through the parent-child relation and the coverage is exactly as the family says.
    /// </summary>
    internal static readonly ServiceNeed[] Leaves = [.. ServiceNeeds.Catalogue.Entries.Where(n => !ServiceNeeds.Catalogue.Entries.Any(c => c.Parent == n))];

    /// <summary>Builds an instance: a compiled network and an adult client with <paramref name="needs"/> routine needs.</summary>
    internal static (ReferralMatcher Matcher, ClientProfile Client) Build(string family, int needs, int seed)
    {
        var random = new Random(seed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(needs, Leaves.Length);
        var chosen = Leaves.Take(needs).ToArray();
        var coverage = family switch
        {
            "everything" => [.. Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, needs).ToArray())],
            "pairs" => Enumerable.Range(0, needs).Chunk(2).SelectMany(pair => Enumerable.Range(0, 4).Select(_ => pair)).ToList(),
            "nested" => [.. Enumerable.Range(1, needs).Select(k => Enumerable.Range(0, k).ToArray()), .. Enumerable.Range(0, needs).SelectMany(i => Enumerable.Range(0, 3).Select(_ => new[] { i }))],
            "random" => RandomCoverage(needs, random),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Unknown family."),
        };

        var providers = coverage.Select((covered, p) => new Provider(
            $"p{p:D4}",
            $"Provider {p}",
            StakeholderCategories.HumanTraffickingPrograms,
            [new ServiceOffering("s", [.. covered.Select(i => chosen[i])])
            {
                Languages = [new LanguageCode("en")],
                Capacity = new Capacity(CapacityStatus.Available, random.Next(1, 21), 20),
            }])
        {
            AdheresToStandardOfCare = random.Next(2) == 0,
            HasTraffickingTrainedStaff = random.Next(2) == 0,
            IntakeContact = "intake",
        }).ToImmutableArray();
        var client = new ClientProfile([.. chosen.Select(n => new ClientNeed(n, NeedUrgency.Routine))], ClientConsent.Full)
        {
            AgeYears = 30,
            Languages = [new LanguageCode("en")],
        };
        return (ReferralMatcher.Compile(new ReferralNetwork(providers)), client);
    }

    /// <summary>Each need gets between 5 and 200 eligible providers out of a pool of 400, so providers cover random sets.</summary>
    private static List<int[]> RandomCoverage(int needs, Random random)
    {
        const int Pool = 400;
        var sets = Enumerable.Range(0, Pool).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < needs; i++)
        {
            var count = random.Next(5, 201);
            foreach (var p in Enumerable.Range(0, Pool).OrderBy(_ => random.Next()).Take(count))
            {
                sets[p].Add(i);
            }
        }

        return [.. sets.Where(s => s.Count > 0).Select(s => s.ToArray())];
    }
}
