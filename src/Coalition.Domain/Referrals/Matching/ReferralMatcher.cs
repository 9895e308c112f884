using System.Buffers;
using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching.Rules;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A referral network compiled for fast matching: indexes by need and area, and every field the rules read flattened into
/// arrays, so that matching a client examines only the offerings that serve each need in the client's area and allocates
/// nothing per candidate. Immutable and thread-safe; compile once, match many times.
/// </summary>
/// <remarks>
/// <para><b>The rules</b> are those of <see cref="ReferralRules"/>, one file each in <c>Coalition.Domain.Referrals.Matching.Rules</c>:
/// eligibility, language, area, the client's consent settings and own choices, capacity, and custom rules. A reporting duty
/// never excludes a provider; the candidate carries a notice. A client who declined law-enforcement contact is never routed to
/// a provider affiliated with law enforcement (a protective agency named by a mandatory rule, for a known minor, is the one
/// exception). A client whose age is unknown is protected as a possible minor. For an immediate need no consent setting leaves
/// the client without a visible option, candidates rank by urgency tier first, and fallback contacts are attached when nothing
/// is open now.</para>
/// <para><b>Ranking</b> (<see cref="Ranking"/>): for an immediate need by tier, confirmation and protection, then the
/// <see cref="ScoringWeights"/> score; for a routine need by score. Ties are broken by provider id, then offering id
/// (ordinal). Each provider appears at most once per need, with its best offering.</para>
/// </remarks>
public sealed class ReferralMatcher
{
    private readonly CompiledNetwork compiled;

    private ReferralMatcher(ReferralNetwork network, ReferralPolicy policy, CompiledNetwork compiled)
    {
        Network = network;
        Policy = policy;
        this.compiled = compiled;
    }

    /// <summary>Gets the network as compiled (capacity updates applied with <see cref="WithCapacities"/> are not reflected here; see <see cref="CapacityOf"/>).</summary>
    public ReferralNetwork Network { get; }

    /// <summary>Gets the policy the matcher applies.</summary>
    public ReferralPolicy Policy { get; }

    /// <summary>The number of offerings in the compiled network.</summary>
    internal int OfferingCount => compiled.Offerings.Length;

    /// <summary>Compiles a network for matching under a policy.</summary>
    /// <param name="network">The referral network.</param>
    /// <param name="policy">The policy, or <see langword="null"/> for <see cref="ReferralPolicy.Default"/>.</param>
    /// <returns>The compiled matcher.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException">The network and policy use more than 64 distinct reporting-duty codes.</exception>
    public static ReferralMatcher Compile(ReferralNetwork network, ReferralPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        policy ??= ReferralPolicy.Default;
        return new ReferralMatcher(network, policy, new CompiledNetwork(network, policy));
    }

    /// <summary>Returns a matcher with new capacity reports, sharing every index with this one (a capacity overlay; nothing is rebuilt).</summary>
    /// <param name="updates">Capacity reports; a later report for the same offering wins.</param>
    /// <returns>The updated matcher; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> is null.</exception>
    /// <exception cref="ArgumentException">An update is null or names an offering not in the network; nothing is applied.</exception>
    public ReferralMatcher WithCapacities(IEnumerable<CapacityUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var copy = (Capacity[])compiled.Capacities.Clone();
        foreach (var update in updates)
        {
            if (update is null)
            {
                throw new ArgumentException("The capacity updates contain a null.", nameof(updates));
            }

            if (!compiled.TryGetOffering(update.ProviderId, update.OfferingId, out var index))
            {
                throw new ArgumentException($"No offering {Preconditions.Quote(update.OfferingId)} of provider {Preconditions.Quote(update.ProviderId)} is in the network.", nameof(updates));
            }

            copy[index] = update.Capacity;
        }

        return new ReferralMatcher(Network, Policy, compiled.WithCapacities(copy));
    }

    /// <summary>Returns the capacity the matcher uses for an offering, including capacity updates.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="offeringId">The offering's id.</param>
    /// <returns>The capacity.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The offering is not in the network.</exception>
    public Capacity CapacityOf(string providerId, string offeringId)
    {
        ArgumentNullException.ThrowIfNull(providerId);
        ArgumentNullException.ThrowIfNull(offeringId);
        return compiled.TryGetOffering(providerId, offeringId, out var index)
            ? compiled.Capacities[index]
            : throw new ArgumentException($"No offering {Preconditions.Quote(offeringId)} of provider {Preconditions.Quote(providerId)} is in the network.", nameof(offeringId));
    }

    /// <summary>Matches each of the client's needs to ranked providers.</summary>
    /// <param name="client">The de-identified client profile.</param>
    /// <param name="at">The instant to match for (open-now checks), for example from an <see cref="IClock"/>.</param>
    /// <param name="options">What to report, or <see langword="null"/> for <see cref="MatchOptions.Default"/>.</param>
    /// <returns>The result, one entry per need in the client's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    public MatchResult Match(ClientProfile client, Instant at, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= MatchOptions.Default;
        var context = new MatchContext(compiled, Policy, client, at);
        var results = ImmutableArray.CreateBuilder<NeedMatch>(client.Needs.Length);
        var slots = ArrayPool<CandidateSlots.Slot>.Shared.Rent(options.MaxCandidatesPerNeed);
        var emergency = ArrayPool<CandidateSlots.Slot>.Shared.Rent(options.MaxCandidatesPerNeed);
        try
        {
            foreach (var need in client.Needs)
            {
                results.Add(MatchNeed(ref context, need, options, slots, emergency));
            }
        }
        finally
        {
            ArrayPool<CandidateSlots.Slot>.Shared.Return(slots);
            ArrayPool<CandidateSlots.Slot>.Shared.Return(emergency);
            context.Dispose();
        }

        var needs = results.MoveToImmutable();
        var notices = needs
            .SelectMany(n => n.Candidates.SelectMany(c => c.Notices).Concat(n.EmergencyOptions.SelectMany(e => e.Notices)))
            .DistinctBy(n => n.DutyCode)
            .OrderBy(n => n.DutyCode, StringComparer.Ordinal)
            .ToImmutableArray();
        return new MatchResult(at, Policy.Name, needs)
        {
            AgeTreatment = client.AgeTreatment,
            AgeExplanation = PossibleMinor.ExplanationFor(client),
            RequiredActions = MandatoryReportAction.For(client, Policy),
            Notices = notices,
        };
    }

    /// <summary>
    /// Lists every offering that is a candidate for each of the client's needs, with its score and, for an immediate need,
    /// its urgency tier, for planning and allocation (no top-k cut, no de-duplication by provider). Emergency options are not
    /// candidates and are never listed. Offering indexes follow provider id, then offering id.
    /// </summary>
    internal List<(int Offering, double Score, UrgencyTier? Tier)>[] Eligible(ClientProfile client, Instant at)
    {
        ArgumentNullException.ThrowIfNull(client);
        var context = new MatchContext(compiled, Policy, client, at);
        try
        {
            var result = new List<(int Offering, double Score, UrgencyTier? Tier)>[client.Needs.Length];
            for (var n = 0; n < client.Needs.Length; n++)
            {
                var clientNeed = client.Needs[n];
                var needId = CompiledNetwork.NeedIds[clientNeed.Need];
                var list = result[n] = [];
                var scan = new NeedScan(compiled, ref context, compiled.NeedIndex[needId]);
                foreach (ref readonly var entry in scan)
                {
                    var evaluation = CompiledRules.Evaluate(compiled, ref context, in entry, needId, clientNeed, scan.FromAreaList);
                    if (evaluation.Failed == 0)
                    {
                        list.Add((entry.Offering, evaluation.Score, evaluation.Tier));
                    }
                }
            }

            return result;
        }
        finally
        {
            context.Dispose();
        }
    }

    /// <summary>Evaluates one offering with the compiled rules and reports it as the readable rules would (<see cref="ReferralRules.Assess"/>); for tests.</summary>
    internal CandidateAssessment AssessCompiled(ClientProfile client, Instant at, int needIndex, string providerId, string offeringId)
    {
        var offering = compiled.TryGetOffering(providerId, offeringId, out var found) ? found : throw new KeyNotFoundException("No such offering.");
        var clientNeed = client.Needs[needIndex];
        var context = new MatchContext(compiled, Policy, client, at);
        try
        {
            var e = CompiledRules.Evaluate(compiled, ref context, in compiled.Hot[offering], CompiledNetwork.NeedIds[clientNeed.Need], clientNeed);
            var shown = e.Failed == 0 || e.IsEmergencyOption;
            var reasons = e.Failed == 0
                ? MatchExplainer.Candidate(compiled, ref context, new CandidateSlots.Slot(offering, compiled.OfferingProvider[offering], e), clientNeed).Reasons
                : [];
            return new CandidateAssessment(
                providerId,
                offeringId,
                MatchExplainer.RuleCodes(e.Failed, e.CustomFailures),
                e.IsEmergencyOption,
                e.IsKept,
                e.AdmittedBy >= 0 ? context.AdmittingRules[e.AdmittedBy].Code : null,
                MatchExplainer.Notices(compiled, ref context, e.Notices),
                shown ? e.Tier : null,
                reasons,
                shown ? e.Score : 0);
        }
        finally
        {
            context.Dispose();
        }
    }

    /// <summary>The provider of an offering (by index).</summary>
    internal Provider ProviderOf(int offering) => compiled.Providers[compiled.OfferingProvider[offering]];

    /// <summary>The offering with the given index.</summary>
    internal ServiceOffering OfferingAt(int offering) => compiled.Offerings[offering];

    /// <summary>The provider index of an offering; provider indexes follow provider id order.</summary>
    internal int ProviderIndexOf(int offering) => compiled.OfferingProvider[offering];

    /// <summary>The capacity the matcher uses for an offering (by index), including updates.</summary>
    internal Capacity CapacityAt(int offering) => compiled.Capacities[offering];

    /// <summary>
    /// The packed records to examine for one need. Offerings outside a known client area fail the area rule, so only the
    /// need's "anywhere" list and the client's area list are read (copies of the records, in order); for a client whose
    /// area is unknown, every offering of the need. A ref-returning enumerator, so that nothing is copied or allocated.
    /// </summary>
    private ref struct NeedScan
    {
        private readonly CompiledNetwork compiled;
        private readonly int[]? all;
        private readonly ScanEntry[] first;
        private readonly ScanEntry[] second;
        private int position;

        internal NeedScan(CompiledNetwork compiled, ref MatchContext context, CompiledNetwork.NeedLists index)
        {
            this.compiled = compiled;
            position = -1;
            FromAreaList = context.Client.Area is not null;
            if (FromAreaList)
            {
                all = null;
                first = index.Anywhere;
                second = context.AreaId >= 0 && index.ByArea.TryGetValue(context.AreaId, out var inArea) ? inArea : [];
                Length = first.Length + second.Length;
            }
            else
            {
                all = index.All;
                first = second = [];
                Length = all.Length;
            }
        }

        /// <summary>Whether the records come from the client's own area lists (which already guarantee the area rule).</summary>
        internal bool FromAreaList { get; }

        /// <summary>How many records the scan examines.</summary>
        internal int Length { get; }

        public readonly ref readonly ScanEntry Current =>
            ref all is not null ? ref compiled.Hot[all[position]] : ref position < first.Length ? ref first[position] : ref second[position - first.Length];

        public readonly NeedScan GetEnumerator() => this;

        public bool MoveNext() => ++position < Length;
    }

    private NeedMatch MatchNeed(ref MatchContext context, ClientNeed clientNeed, MatchOptions options, CandidateSlots.Slot[] slots, CandidateSlots.Slot[] emergency)
    {
        var needId = CompiledNetwork.NeedIds[clientNeed.Need];
        var index = compiled.NeedIndex[needId];
        if (index.All.Length == 0)
        {
            return new NeedMatch(clientNeed.Need, clientNeed.Urgency, [], UnmetReason.NotOffered, [], [])
            {
                Fallbacks = Fallbacks.For(clientNeed, false, Policy),
            };
        }

        Span<int> counts = stackalloc int[CompiledRules.BuiltInRuleCount + 1];
        var filled = 0;
        var emergencyFilled = 0;
        var top = new TopK(options.MaxCandidatesPerNeed, slots, emergency, counts);
        var scan = new NeedScan(compiled, ref context, index);
        foreach (ref readonly var entry in scan)
        {
            top.Consider(compiled, ref context, in entry, needId, clientNeed, scan.FromAreaList);
        }

        // Offerings outside the client's area fail the area rule without being examined.
        counts[CompiledRules.RuleArea] += index.All.Length - scan.Length;
        filled = top.Filled;
        emergencyFilled = top.EmergencyFilled;
        var exclusions = ImmutableArray<MatchExclusion>.Empty;
        if (options.IncludeExclusions || filled == 0)
        {
            // Explainability path: examine every offering of the need, with every rule, for exact counts and the exclusion list.
            counts.Clear();
            var list = options.IncludeExclusions ? ImmutableArray.CreateBuilder<MatchExclusion>() : null;
            foreach (var offering in index.All)
            {
                var evaluation = CompiledRules.Evaluate(compiled, ref context, in compiled.Hot[offering], needId, clientNeed);
                if (evaluation.Failed == 0)
                {
                    continue;
                }

                MatchExplainer.CountFailures(evaluation.Failed, counts);
                list?.Add(new MatchExclusion(compiled.Providers[compiled.OfferingProvider[offering]].Id, compiled.Offerings[offering].Id, MatchExplainer.RuleCodes(evaluation.Failed, evaluation.CustomFailures)));
            }

            exclusions = list?.ToImmutable() ?? [];
        }

        var candidates = ImmutableArray.CreateBuilder<MatchCandidate>(filled);
        for (var s = 0; s < filled; s++)
        {
            candidates.Add(MatchExplainer.Candidate(compiled, ref context, slots[s], clientNeed));
        }

        var options2 = ImmutableArray.CreateBuilder<EmergencyOption>(emergencyFilled);
        for (var s = 0; s < emergencyFilled; s++)
        {
            options2.Add(MatchExplainer.EmergencyOption(compiled, ref context, emergency[s]));
        }

        var openNow = filled > 0 && slots[0].Evaluation.Tier == UrgencyTier.OpenNow;
        return new NeedMatch(
            clientNeed.Need,
            clientNeed.Urgency,
            candidates.MoveToImmutable(),
            filled == 0 ? UnmetReason.AllExcluded : null,
            MatchExplainer.CountsOf(counts),
            exclusions)
        {
            EmergencyOptions = options2.MoveToImmutable(),
            Fallbacks = Fallbacks.For(clientNeed, openNow, Policy),
        };
    }

    /// <summary>The top candidates and emergency options of one need, and the exclusion counts, as offerings are considered.</summary>
    private ref struct TopK(int capacity, CandidateSlots.Slot[] slots, CandidateSlots.Slot[] emergency, Span<int> counts)
    {
        private readonly Span<int> counts = counts;

        internal int Filled;

        internal int EmergencyFilled;

        internal void Consider(CompiledNetwork compiled, ref MatchContext context, in ScanEntry entry, int needId, ClientNeed clientNeed, bool fromAreaList)
        {
            var evaluation = CompiledRules.Evaluate(compiled, ref context, in entry, needId, clientNeed, fromAreaList);
            if (evaluation.Failed == 0)
            {
                if (CandidateSlots.CouldEnter(slots, capacity, Filled, in evaluation, entry.Provider, entry.Offering))
                {
                    CandidateSlots.Insert(slots, capacity, ref Filled, new CandidateSlots.Slot(entry.Offering, entry.Provider, evaluation));
                }

                return;
            }

            MatchExplainer.CountFailures(evaluation.Failed, counts);
            if (evaluation.IsEmergencyOption && CandidateSlots.CouldEnter(emergency, capacity, EmergencyFilled, in evaluation, entry.Provider, entry.Offering))
            {
                CandidateSlots.Insert(emergency, capacity, ref EmergencyFilled, new CandidateSlots.Slot(entry.Offering, entry.Provider, evaluation));
            }
        }
    }
}
