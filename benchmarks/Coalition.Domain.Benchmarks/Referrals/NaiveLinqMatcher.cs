using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>
/// The naive matcher a user would write with LINQ over the same <see cref="ReferralNetwork"/> objects: for each need, scan
/// every offering of every provider, test the rules, score, sort, and keep the best offering per provider.
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
                .Where(x => client.Consent.LawEnforcementContactAllowed || !(x.Provider.IsLawEnforcementAffiliated || x.Provider.IsMandatoryReporter) || IsMandatory(x.Provider, client, policy))
                .Where(x => client.Consent.AllowsSharingWith(x.Provider.Category) || IsMandatory(x.Provider, client, policy))
                .Where(x => x.Offering.Capacity.Status != CapacityStatus.NoCapacity)
                .Select(x => (x.Provider, x.Offering, Score: Score(x.Provider, x.Offering, client, clientNeed, at, weights)))
                .OrderByDescending(x => x.Score)
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
