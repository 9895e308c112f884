using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Matching.Rules;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Tests.Referrals;

/// <summary>
/// Brute force over the library's readable rules (<see cref="ReferralRules"/>): every offering of the network assessed
/// plainly, with no index, mask or top-k cut. The compiled matcher is checked against this.
/// </summary>
internal static class RuleSetReference
{
    internal static IEnumerable<(Provider Provider, ServiceOffering Offering, CandidateAssessment Assessment)> Assess(
        ReferralNetwork network, ClientProfile client, ClientNeed need, ReferralPolicy policy, Instant at) =>
        from provider in network.Providers
        from offering in provider.Services
        where offering.Serves(need.Need)
        select (provider, offering, ReferralRules.Assess(provider, offering, client, need, policy, at));

    /// <summary>The candidates for a need: offerings that break no rule.</summary>
    internal static IEnumerable<(Provider Provider, ServiceOffering Offering, CandidateAssessment Assessment)> Candidates(
        ReferralNetwork network, ClientProfile client, ClientNeed need, ReferralPolicy policy, Instant at) =>
        Assess(network, client, need, policy, at).Where(x => x.Assessment.IsCandidate);

    /// <summary>The candidates' provider ids for a need served by some offering.</summary>
    internal static HashSet<string> CandidateProviders(ReferralNetwork network, ClientProfile client, ServiceNeed need, NeedUrgency urgency, ReferralPolicy policy, Instant at) =>
        [.. Candidates(network, client, new ClientNeed(need, urgency), policy, at).Select(x => x.Provider.Id)];

    /// <summary>The ranked list a matcher should report: best offering per provider, in <see cref="Ranking"/> order.</summary>
    internal static List<CandidateAssessment> Ranked(IEnumerable<CandidateAssessment> assessments, NeedUrgency urgency) =>
        [.. assessments
            .GroupBy(a => a.ProviderId)
            .Select(g => g.Aggregate((best, next) => Ranking.Compare(next, best, urgency) < 0 ? next : best))
            .Order(Comparer<CandidateAssessment>.Create((a, b) => Ranking.Compare(a, b, urgency)))];
}
