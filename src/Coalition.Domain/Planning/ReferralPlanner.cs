using System.Collections.Immutable;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using NodaTime;

namespace Coalition.Domain.Planning;

/// <summary>
/// Plans a client's referrals, urgency first: every immediate need gets the best urgency tier available to it (open now,
/// then opening soon, then hours unknown, then closed); within that constraint every need that some eligible provider can
/// meet is assigned one provider; the number of distinct providers is minimal; among minimal plans the total score is
/// maximal; remaining ties go to the plan whose sorted list of providers comes first by id. Every assignment is a
/// candidate of the matcher, so a provider an adult chose to avoid (an emergency option) is never assigned, and a closed
/// provider is never chosen for an immediate need when an open eligible one exists.
/// </summary>
/// <remarks>
/// <para><b>Urgency first.</b> For each immediate need only the candidates in the best tier available to that need are
/// kept; the rest of the objective is solved over what remains, so the tier constraint is lexicographically first.</para>
/// <para><b>The problem.</b> Given a set of providers, each need goes to the best of them that can meet it, so a plan is a
/// set of providers that covers every coverable need: a weighted set cover. Each provider is represented by its best
/// offering per need (highest score, then first offering).</para>
/// <para><b>Algorithm (exact): branch and bound over provider sets.</b>
/// (1) <i>Dominance.</i> A provider is dropped when another meets all its needs at least as well and either comes first by
/// id or is strictly better on every one of them: any plan using the dropped provider can swap it for the other without
/// using more providers, scoring less or coming later by id, so some optimal plan avoids it.
/// (2) <i>Incumbent.</i> A greedy cover (most new needs, then most score, then first by id) gives a first plan.
/// (3) <i>Search.</i> Depth first; at each node the uncovered need with the fewest remaining candidates is branched on,
/// trying each candidate in turn and excluding the candidates already tried in later branches, so every set of providers is
/// reached at most once. A branch is cut when a lower bound on the providers still needed (needs whose candidate sets are
/// pairwise disjoint each need their own provider) shows it cannot use fewer providers than the incumbent, and, when it
/// could at best tie on providers, when an upper bound on its score is below the incumbent's. The score bound is the
/// smaller of two: every uncovered need at its best remaining score, and the sum of the largest marginal gains of the
/// providers that could still be added (the score of a set of providers, shifted so that every score is positive, is
/// monotone and submodular, so the gain of several providers is at most the sum of their gains). Ties in count and score
/// are searched too, so the first plan by id is found.
/// Nothing that can be part of an optimal plan is ever cut, so without a budget the plan is exact.</para>
/// <para><b>Cost.</b> The search explores at most d^k nodes, where k is the number of providers in the answer (at most the
/// greedy plan's) and d the largest number of candidates of one need; each node costs time linear in the number of
/// (provider, need) pairs. Set cover is NP-hard, so some inputs are exponential in k; in practice k is small and the bounds
/// cut almost everything (see the committed adversarial benchmarks). A <see cref="PlanBudget"/> caps the work.</para>
/// <para>Scores are compared in thousandths, so that floating-point noise cannot reorder plans.</para>
/// </remarks>
public static class ReferralPlanner
{
    /// <summary>The largest number of coverable needs the planner accepts (one bit per need).</summary>
    public const int MaxNeeds = 64;

    /// <summary>Plans a client's referrals exactly.</summary>
    /// <param name="matcher">The compiled network and policy.</param>
    /// <param name="client">The client.</param>
    /// <param name="at">The instant of the plan (opening hours affect scores).</param>
    /// <returns>The plan, proven optimal.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxNeeds"/> needs can be covered.</exception>
    public static ReferralPlan Plan(ReferralMatcher matcher, ClientProfile client, Instant at) => Plan(matcher, client, at, null);

    /// <summary>Plans a client's referrals, within an optional budget.</summary>
    /// <param name="matcher">The compiled network and policy.</param>
    /// <param name="client">The client.</param>
    /// <param name="at">The instant of the plan (opening hours affect scores).</param>
    /// <param name="budget">The most work to do, or null for an exact plan however long it takes.</param>
    /// <returns>The plan: proven optimal, or the best found within the budget with its <see cref="ReferralPlan.Gap"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matcher"/> or <paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxNeeds"/> needs can be covered.</exception>
    public static ReferralPlan Plan(ReferralMatcher matcher, ClientProfile client, Instant at, PlanBudget? budget)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(client);
        var eligible = UrgencyFirst(client, matcher.Eligible(client, at));
        var coverable = Enumerable.Range(0, client.Needs.Length).Where(n => eligible[n].Count > 0).ToArray();
        if (coverable.Length > MaxNeeds)
        {
            throw new ArgumentOutOfRangeException(nameof(client), coverable.Length, $"The planner handles at most {MaxNeeds} coverable needs.");
        }

        // Best offering per provider per need (highest score, then first offering), by provider index (which follows id).
        var best = new Dictionary<int, (int Offering, long Score)>();
        var options = new List<(int Provider, int Need, int Offering, long Score)>();
        for (var i = 0; i < coverable.Length; i++)
        {
            best.Clear();
            foreach (var (offering, score) in eligible[coverable[i]])
            {
                var provider = matcher.ProviderIndexOf(offering);
                var scaled = Scale(score);
                if (!best.TryGetValue(provider, out var current) || scaled > current.Score || (scaled == current.Score && offering < current.Offering))
                {
                    best[provider] = (offering, scaled);
                }
            }

            options.AddRange(best.Select(b => (b.Key, i, b.Value.Offering, b.Value.Score)));
        }

        var search = new CoverSearch(coverable.Length, options, budget);
        var outcome = search.Run();

        var referrals = coverable
            .Select((need, i) => (Need: client.Needs[need], Index: need, Choice: outcome.Assignment[i]))
            .OrderBy(x => x.Need.Urgency == NeedUrgency.Immediate ? 0 : 1)
            .ThenBy(x => x.Index)
            .Select(x => new PlannedReferral(x.Need.Need, x.Need.Urgency, matcher.ProviderOf(x.Choice.Offering).Id, matcher.ProviderOf(x.Choice.Offering).Name, matcher.OfferingAt(x.Choice.Offering).Id, x.Choice.Score / 1000.0))
            .ToImmutableArray();
        var uncovered = Enumerable.Range(0, client.Needs.Length).Where(n => eligible[n].Count == 0).Select(n => client.Needs[n]).ToImmutableArray();
        var providerCount = referrals.Select(r => r.ProviderId).Distinct(StringComparer.Ordinal).Count();
        var total = outcome.Score / 1000.0;
        var gap = outcome.Proven ? null : new PlanGap(outcome.MinProviders, Math.Max(total, outcome.MaxScore / 1000.0));
        var explanation = FormattableString.Invariant($"{referrals.Length} need(s) covered by {providerCount} provider(s)") +
            (gap is null ? " (the fewest possible)" : FormattableString.Invariant($" (the best found within the budget; no plan uses fewer than {gap.MinProviders})")) +
            FormattableString.Invariant($", total score {total:0.###}") +
            (uncovered.IsEmpty ? "." : $"; no eligible provider for {string.Join(", ", uncovered.Select(u => u.Need.Code))}.");
        return new ReferralPlan(referrals, uncovered, providerCount, total, explanation) { Gap = gap };
    }

    /// <summary>Keeps, for each immediate need, only the candidates in the best urgency tier available to it.</summary>
    internal static List<(int Offering, double Score)>[] UrgencyFirst(ClientProfile client, List<(int Offering, double Score, UrgencyTier? Tier)>[] eligible)
    {
        var result = new List<(int Offering, double Score)>[eligible.Length];
        for (var n = 0; n < eligible.Length; n++)
        {
            var list = eligible[n];
            if (client.Needs[n].Urgency == NeedUrgency.Immediate && list.Count > 0)
            {
                var best = list.Min(e => e.Tier ?? UrgencyTier.Closed);
                result[n] = [.. list.Where(e => (e.Tier ?? UrgencyTier.Closed) == best).Select(e => (e.Offering, e.Score))];
            }
            else
            {
                result[n] = [.. list.Select(e => (e.Offering, e.Score))];
            }
        }

        return result;
    }

    internal static long Scale(double score) => (long)Math.Round(score * 1000, MidpointRounding.AwayFromZero);
}
