using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>
/// The naive matcher a user would write with LINQ over the same <see cref="ReferralNetwork"/> objects: for each need, scan
/// every offering of every provider, test the rules, score, sort (urgency tier first for an immediate need), and keep the
/// best offering per provider. It implements the rules for a client whose attributes are all known and who does not avoid
/// reporting duties, as the benchmark's client is.
/// </summary>
public static class NaiveLinqMatcher
{
    public static List<List<(string Provider, string Offering)>> Match(ReferralNetwork network, ClientProfile client, Instant at, ReferralPolicy policy, int top = 5)
    {
        var weights = policy.Weights;
        var results = new List<List<(string, string)>>();
        foreach (var clientNeed in client.Needs)
        {
            var ranked = network.Providers
                .SelectMany(p => p.Services.Select(s => (Provider: p, Offering: s)))
                .Where(x => x.Offering.Serves(clientNeed.Need))
                .Where(x => client.AgeYears is not { } age || x.Offering.Eligibility.Ages.Contains(age))
                .Where(x => client.Gender is not { } g || x.Offering.Eligibility.Genders.HasFlag(g))
                .Where(x => client.Populations.HasFlag(x.Offering.Eligibility.RequiredPopulations) && (client.Populations & x.Offering.Eligibility.ExcludedPopulations) == 0)
                .Where(x => client.TraffickingTypes == TraffickingTypes.None || (client.TraffickingTypes & x.Offering.Eligibility.TraffickingTypes) != 0)
                .Where(x => client.Languages.IsEmpty || client.Languages.Intersect(x.Offering.Languages).Any() || (x.Offering.ProvidesInterpretation && policy.AllowInterpretation))
                .Where(x => client.Area is null || x.Offering.Area.Covers(client.Area))
                .Where(x => client.Consent.LawEnforcementContactAllowed || !x.Provider.IsLawEnforcementAffiliated || IsMandatory(x.Provider, client, policy))
                .Where(x => client.Consent.AllowsSharingWith(x.Provider.Category) || IsMandatory(x.Provider, client, policy))
                .Where(x => !client.ExcludedProviders.Contains(x.Provider.Id) && !client.ExcludedCategories.Any(x.Provider.Category.IsOrDescendsFrom))
                .Where(x => x.Offering.Capacity.Status != CapacityStatus.NoCapacity)
                .Select(x => (x.Provider, x.Offering, Tier: Tier(x.Offering, clientNeed, at, policy), Score: Score(x.Provider, x.Offering, client, clientNeed, at, weights)))
                .OrderBy(x => x.Tier)
                .ThenByDescending(x => x.Score)
                .ThenBy(x => x.Provider.Id, StringComparer.Ordinal)
                .ThenBy(x => x.Offering.Id, StringComparer.Ordinal)
                .GroupBy(x => x.Provider.Id)
                .Select(g => g.First())
                .Take(top)
                .Select(x => (x.Provider.Id, x.Offering.Id))
                .ToList();
            results.Add(ranked);
        }

        return results;
    }

    private static bool IsMandatory(Provider provider, ClientProfile client, ReferralPolicy policy) =>
        client.IsMinor == true && policy.MandatoryRules.Any(r => r.AppliesToMinors && r.Categories.Any(provider.Category.IsOrDescendsFrom));

    private static int Tier(ServiceOffering offering, ClientNeed need, Instant at, ReferralPolicy policy) =>
        need.Urgency == NeedUrgency.Immediate ? (int)Domain.Referrals.Matching.Rules.UrgencyTiers.TierOf(offering, at, policy.OpeningSoonWindow) : 0;

    private static double Score(Provider provider, ServiceOffering offering, ClientProfile client, ClientNeed need, Instant at, ScoringWeights weights)
    {
        var score = 0.0;
        if (!client.Languages.IsEmpty && client.Languages.Intersect(offering.Languages).Any())
        {
            score += weights.DirectLanguage;
        }

        score += offering.Capacity.Status switch
        {
            CapacityStatus.Waitlist => weights.Waitlist,
            CapacityStatus.Available => weights.RemainingCapacity * (offering.Capacity.FreeShare ?? 0.5),
            _ => 0,
        };
        if (provider.AdheresToStandardOfCare)
        {
            score += weights.StandardOfCare;
        }

        if (provider.HasTraffickingTrainedStaff)
        {
            score += weights.TraffickingTrainedStaff;
        }

        if (provider.HasLicensedSocialWorkers && need.Need == ServiceNeeds.CaseManagement)
        {
            score += weights.LicensedSocialWorkers;
        }

        if (need.Urgency == NeedUrgency.Immediate && offering.Schedule?.StateAt(at) == OpenState.Open)
        {
            score += weights.OpenNow;
        }

        if (offering.IsCulturallySpecific && client.Populations.HasFlag(Populations.ForeignNational))
        {
            score += weights.CulturallySpecific;
        }

        var others = client.Needs.Count(n => n.Need != need.Need && provider.Services.Any(s => s.Serves(n.Need)));
        if (others > 0)
        {
            score += weights.PerOtherNeedCovered * others;
        }

        return score;
    }
}
