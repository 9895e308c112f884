using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A referral network compiled for fast matching: indexes by need and area, and every eligibility field flattened into
/// arrays, so that matching a client examines only the offerings that serve each need in the client's area and allocates
/// nothing per candidate. Immutable and thread-safe; compile once, match many times.
/// </summary>
/// <remarks>
/// <para><b>Hard rules</b> (a candidate breaking one is excluded, see <see cref="HardRuleCodes"/>): it must serve the need;
/// eligibility (age, gender, populations, forms of trafficking); language (spoken directly, or interpretation where the
/// policy accepts it); service area; consent (no law-enforcement-affiliated provider or mandatory reporter when the client
/// declined law-enforcement contact, and only consented categories, unless a mandatory routing rule applies); capacity
/// (no-capacity is excluded). Unknown client attributes do not exclude; the candidate is marked to confirm.</para>
/// <para><b>Soft ranking</b>: the sum of <see cref="ScoringWeights"/> for the reasons that apply; ties are broken by
/// provider id, then offering id (ordinal). Each provider appears at most once per need, with its best offering.</para>
/// </remarks>
public sealed class ReferralMatcher
{
    private const int RuleAge = 0, RuleGender = 1, RulePopulation = 2, RuleType = 3, RuleLanguage = 4, RuleArea = 5, RuleConsentLaw = 6, RuleConsentSharing = 7, RuleCapacity = 8, RuleCustom = 9;
    private const int BuiltInRuleCount = 9;

    private const uint ReasonStandard = 1 << 0, ReasonTrained = 1 << 1, ReasonLicensed = 1 << 2, ReasonDirect = 1 << 3, ReasonInterpretation = 1 << 4,
        ReasonOpen = 1 << 5, ReasonClosed = 1 << 6, ReasonHoursUnknown = 1 << 7, ReasonCultural = 1 << 8, ReasonCapacity = 1 << 9, ReasonWaitlist = 1 << 10,
        ReasonCapacityUnknown = 1 << 11, ReasonOtherNeeds = 1 << 12, ReasonMandatory = 1 << 13, ReasonConfirmAge = 1 << 14, ReasonConfirmGender = 1 << 15, ReasonConfirmArea = 1 << 16;

    private const byte FlagLaw = 1, FlagReporter = 2, FlagStandard = 4, FlagTrained = 8, FlagLicensed = 16;

    private static readonly FrozenDictionary<ServiceNeed, int> NeedIds = ServiceNeeds.Catalogue.Select((n, i) => (n, i)).ToFrozenDictionary(x => x.n, x => x.i);
    private static readonly FrozenDictionary<StakeholderCategory, int> CategoryIds = StakeholderCategories.Catalogue.Select((c, i) => (c, i)).ToFrozenDictionary(x => x.c, x => x.i);
    private static readonly int CaseManagementId = NeedIds[ServiceNeeds.CaseManagement];

    private readonly Provider[] providers;
    private readonly byte[] providerFlags;
    private readonly int[] providerCategory;
    private readonly ulong[] providerNeeds;

    private readonly ServiceOffering[] offerings;
    private readonly int[] offeringProvider;
    private readonly decimal[] ageMin;
    private readonly decimal[] ageMax;
    private readonly byte[] genders;
    private readonly byte[] requiredPopulations;
    private readonly byte[] excludedPopulations;
    private readonly byte[] traffickingTypes;
    private readonly ulong[] languageWords;
    private readonly int wordsPerOffering;
    private readonly bool[] interpretation;
    private readonly bool[] culturallySpecific;
    private readonly bool[] anywhere;
    private readonly int[][] areaIds;
    private readonly int[] zoneOf;
    private readonly DateTimeZone[] zones;
    private readonly Capacity[] capacities;

    private readonly FrozenDictionary<string, int> languageIds;
    private readonly FrozenDictionary<string, int> areaIdsByCode;
    private readonly FrozenDictionary<string, int> offeringIdsByKey;
    private readonly NeedIndex[] needIndex;

    private ReferralMatcher(ReferralNetwork network, ReferralPolicy policy)
    {
        Network = network;
        Policy = policy;
        providers = [.. network.Providers];
        providerFlags = new byte[providers.Length];
        providerCategory = new int[providers.Length];
        providerNeeds = new ulong[providers.Length];
        var offeringList = new List<(ServiceOffering Offering, int Provider)>();
        for (var p = 0; p < providers.Length; p++)
        {
            var provider = providers[p];
            providerFlags[p] = (byte)((provider.IsLawEnforcementAffiliated ? FlagLaw : 0) | (provider.IsMandatoryReporter ? FlagReporter : 0) |
                (provider.AdheresToStandardOfCare ? FlagStandard : 0) | (provider.HasTraffickingTrainedStaff ? FlagTrained : 0) | (provider.HasLicensedSocialWorkers ? FlagLicensed : 0));
            providerCategory[p] = CategoryIds[provider.Category];
            foreach (var offering in provider.Services)
            {
                offeringList.Add((offering, p));
                foreach (var need in ServedNeeds(offering))
                {
                    providerNeeds[p] |= 1UL << NeedIds[need];
                }
            }
        }

        var count = offeringList.Count;
        offerings = new ServiceOffering[count];
        offeringProvider = new int[count];
        ageMin = new decimal[count];
        ageMax = new decimal[count];
        genders = new byte[count];
        requiredPopulations = new byte[count];
        excludedPopulations = new byte[count];
        traffickingTypes = new byte[count];
        interpretation = new bool[count];
        culturallySpecific = new bool[count];
        anywhere = new bool[count];
        areaIds = new int[count][];
        zoneOf = new int[count];
        capacities = new Capacity[count];

        var languages = offeringList.SelectMany(o => o.Offering.Languages).Select(l => l.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        languageIds = languages.Select((l, i) => (l, i)).ToFrozenDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        wordsPerOffering = Math.Max(1, (languages.Length + 63) / 64);
        languageWords = new ulong[count * wordsPerOffering];
        var areas = offeringList.SelectMany(o => o.Offering.Area.Areas).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        areaIdsByCode = areas.Select((a, i) => (a, i)).ToFrozenDictionary(x => x.a, x => x.i, StringComparer.Ordinal);
        var zoneIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var zoneList = new List<DateTimeZone>();
        var keys = new Dictionary<string, int>(count, StringComparer.Ordinal);

        for (var i = 0; i < count; i++)
        {
            var (offering, p) = offeringList[i];
            offerings[i] = offering;
            offeringProvider[i] = p;
            keys[Key(providers[p].Id, offering.Id)] = i;
            var eligibility = offering.Eligibility;
            ageMin[i] = eligibility.Ages.Minimum ?? decimal.MinValue;
            ageMax[i] = eligibility.Ages.Maximum ?? decimal.MaxValue;
            genders[i] = (byte)eligibility.Genders;
            requiredPopulations[i] = (byte)eligibility.RequiredPopulations;
            excludedPopulations[i] = (byte)eligibility.ExcludedPopulations;
            traffickingTypes[i] = (byte)eligibility.TraffickingTypes;
            interpretation[i] = offering.ProvidesInterpretation;
            culturallySpecific[i] = offering.IsCulturallySpecific;
            anywhere[i] = offering.Area.IsAnywhere;
            areaIds[i] = [.. offering.Area.Areas.Select(a => areaIdsByCode[a]).Order()];
            foreach (var language in offering.Languages)
            {
                var id = languageIds[language.Value];
                languageWords[(i * wordsPerOffering) + (id >> 6)] |= 1UL << (id & 63);
            }

            if (offering.Schedule is { } schedule)
            {
                if (!zoneIds.TryGetValue(schedule.TimeZoneId, out var zone))
                {
                    zone = zoneList.Count;
                    zoneIds[schedule.TimeZoneId] = zone;
                    zoneList.Add(schedule.Zone);
                }

                zoneOf[i] = zone;
            }
            else
            {
                zoneOf[i] = -1;
            }

            capacities[i] = offering.Capacity;
        }

        zones = [.. zoneList];
        offeringIdsByKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
        needIndex = BuildNeedIndex();
    }

    private ReferralMatcher(ReferralMatcher source, Capacity[] capacities)
    {
        Network = source.Network;
        Policy = source.Policy;
        providers = source.providers;
        providerFlags = source.providerFlags;
        providerCategory = source.providerCategory;
        providerNeeds = source.providerNeeds;
        offerings = source.offerings;
        offeringProvider = source.offeringProvider;
        ageMin = source.ageMin;
        ageMax = source.ageMax;
        genders = source.genders;
        requiredPopulations = source.requiredPopulations;
        excludedPopulations = source.excludedPopulations;
        traffickingTypes = source.traffickingTypes;
        languageWords = source.languageWords;
        wordsPerOffering = source.wordsPerOffering;
        interpretation = source.interpretation;
        culturallySpecific = source.culturallySpecific;
        anywhere = source.anywhere;
        areaIds = source.areaIds;
        zoneOf = source.zoneOf;
        zones = source.zones;
        languageIds = source.languageIds;
        areaIdsByCode = source.areaIdsByCode;
        offeringIdsByKey = source.offeringIdsByKey;
        needIndex = source.needIndex;
        this.capacities = capacities;
    }

    /// <summary>Gets the network as compiled (capacity updates applied with <see cref="WithCapacities"/> are not reflected here; see <see cref="CapacityOf"/>).</summary>
    public ReferralNetwork Network { get; }

    /// <summary>Gets the policy the matcher applies.</summary>
    public ReferralPolicy Policy { get; }

    /// <summary>Compiles a network for matching under a policy.</summary>
    /// <param name="network">The referral network.</param>
    /// <param name="policy">The policy, or <see langword="null"/> for <see cref="ReferralPolicy.Default"/>.</param>
    /// <returns>The compiled matcher.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static ReferralMatcher Compile(ReferralNetwork network, ReferralPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new ReferralMatcher(network, policy ?? ReferralPolicy.Default);
    }

    /// <summary>Returns a matcher with new capacity reports, sharing every index with this one (a capacity overlay; nothing is rebuilt).</summary>
    /// <param name="updates">Capacity reports; a later report for the same offering wins.</param>
    /// <returns>The updated matcher; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> is null.</exception>
    /// <exception cref="ArgumentException">An update is null or names an offering not in the network; nothing is applied.</exception>
    public ReferralMatcher WithCapacities(IEnumerable<CapacityUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var copy = (Capacity[])capacities.Clone();
        foreach (var update in updates)
        {
            if (update is null)
            {
                throw new ArgumentException("The capacity updates contain a null.", nameof(updates));
            }

            if (!offeringIdsByKey.TryGetValue(Key(update.ProviderId, update.OfferingId), out var index))
            {
                throw new ArgumentException($"No offering '{update.OfferingId}' of provider '{update.ProviderId}' is in the network.", nameof(updates));
            }

            copy[index] = update.Capacity;
        }

        return new ReferralMatcher(this, copy);
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
        return offeringIdsByKey.TryGetValue(Key(providerId, offeringId), out var index)
            ? capacities[index]
            : throw new ArgumentException($"No offering '{offeringId}' of provider '{providerId}' is in the network.", nameof(offeringId));
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
        var context = new MatchContext(this, client, at);
        var results = ImmutableArray.CreateBuilder<NeedMatch>(client.Needs.Length);
        var slots = ArrayPool<Slot>.Shared.Rent(options.MaxCandidatesPerNeed);
        try
        {
            foreach (var need in client.Needs)
            {
                results.Add(MatchNeed(ref context, need, options, slots));
            }
        }
        finally
        {
            ArrayPool<Slot>.Shared.Return(slots);
            context.Dispose();
        }

        return new MatchResult(at, Policy.Name, results.MoveToImmutable());
    }

    /// <summary>
    /// Lists every offering that passes the hard rules for each of the client's needs, with its score, for planning and
    /// allocation (no top-k cut, no de-duplication by provider). Offering indexes follow provider id, then offering id.
    /// </summary>
    internal List<(int Offering, double Score)>[] Eligible(ClientProfile client, Instant at)
    {
        ArgumentNullException.ThrowIfNull(client);
        var context = new MatchContext(this, client, at);
        try
        {
            var result = new List<(int Offering, double Score)>[client.Needs.Length];
            for (var n = 0; n < client.Needs.Length; n++)
            {
                var clientNeed = client.Needs[n];
                var needId = NeedIds[clientNeed.Need];
                var list = result[n] = [];
                var index = needIndex[needId];

                // Offerings outside a known client area fail the area rule, so only the area's lists need examining.
                var (first, second) = client.Area is null
                    ? (index.All, Array.Empty<int>())
                    : (index.Anywhere, context.AreaId >= 0 && index.ByArea.TryGetValue(context.AreaId, out var inArea) ? inArea : []);
                foreach (var offering in first.Concat(second))
                {
                    if (Evaluate(ref context, offering, needId, clientNeed, out var score, out _, out _) == 0)
                    {
                        list.Add((offering, score));
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

    /// <summary>The provider of an offering (by index).</summary>
    internal Provider ProviderOf(int offering) => providers[offeringProvider[offering]];

    /// <summary>The offering with the given index.</summary>
    internal ServiceOffering OfferingAt(int offering) => offerings[offering];

    /// <summary>The provider index of an offering; provider indexes follow provider id order.</summary>
    internal int ProviderIndexOf(int offering) => offeringProvider[offering];

    /// <summary>The capacity the matcher uses for an offering (by index), including updates.</summary>
    internal Capacity CapacityAt(int offering) => capacities[offering];

    /// <summary>The number of offerings in the compiled network.</summary>
    internal int OfferingCount => offerings.Length;

    private static string Key(string providerId, string offeringId) => providerId + "\u001f" + offeringId;

    private static IEnumerable<ServiceNeed> ServedNeeds(ServiceOffering offering)
    {
        foreach (var need in offering.Needs)
        {
            yield return need;
            if (need.Parent is { } parent)
            {
                yield return parent;
            }

            foreach (var variant in need.Variants)
            {
                yield return variant;
            }
        }
    }

    private NeedIndex[] BuildNeedIndex()
    {
        var all = new List<int>[ServiceNeeds.Catalogue.Count];
        for (var n = 0; n < all.Length; n++)
        {
            all[n] = [];
        }

        for (var i = 0; i < offerings.Length; i++)
        {
            foreach (var need in ServedNeeds(offerings[i]).Distinct())
            {
                all[NeedIds[need]].Add(i);
            }
        }

        return [.. all.Select(list =>
        {
            var sorted = list.Order().ToArray();
            var byArea = sorted.Where(i => !anywhere[i])
                .SelectMany(i => areaIds[i].Select(a => (Area: a, Offering: i)))
                .GroupBy(x => x.Area)
                .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Offering).Order().ToArray());
            return new NeedIndex(sorted, [.. sorted.Where(i => anywhere[i])], byArea);
        })];
    }

    private NeedMatch MatchNeed(ref MatchContext context, ClientNeed clientNeed, MatchOptions options, Slot[] slots)
    {
        var needId = NeedIds[clientNeed.Need];
        var index = needIndex[needId];
        if (index.All.Length == 0)
        {
            return new NeedMatch(clientNeed.Need, clientNeed.Urgency, [], UnmetReason.NotOffered, [], []);
        }

        Span<int> counts = stackalloc int[BuiltInRuleCount + 1];
        var filled = 0;
        var examined = 0;
        if (context.AreaId >= 0 || context.Client.Area is null)
        {
            var (first, second) = context.Client.Area is null
                ? (index.All, Array.Empty<int>())
                : (index.Anywhere, index.ByArea.TryGetValue(context.AreaId, out var inArea) ? inArea : []);
            examined = first.Length + second.Length;
            Scan(ref context, clientNeed, needId, first, slots, options.MaxCandidatesPerNeed, ref filled, counts);
            Scan(ref context, clientNeed, needId, second, slots, options.MaxCandidatesPerNeed, ref filled, counts);
        }
        else
        {
            examined = index.Anywhere.Length;
            Scan(ref context, clientNeed, needId, index.Anywhere, slots, options.MaxCandidatesPerNeed, ref filled, counts);
        }

        counts[RuleArea] += index.All.Length - examined;
        var exclusions = ImmutableArray<MatchExclusion>.Empty;
        if (options.IncludeExclusions || filled == 0)
        {
            // Explainability path: examine every offering of the need, with every rule, for exact counts and the exclusion list.
            counts.Clear();
            var list = options.IncludeExclusions ? ImmutableArray.CreateBuilder<MatchExclusion>() : null;
            foreach (var offering in index.All)
            {
                var failed = Evaluate(ref context, offering, needId, clientNeed, out _, out _, out var customFailures);
                if (failed == 0)
                {
                    continue;
                }

                CountFailures(failed, counts);
                list?.Add(new MatchExclusion(providers[offeringProvider[offering]].Id, offerings[offering].Id, RuleCodes(failed, customFailures)));
            }

            exclusions = list?.ToImmutable() ?? [];
        }

        var candidates = ImmutableArray.CreateBuilder<MatchCandidate>(filled);
        for (var s = 0; s < filled; s++)
        {
            candidates.Add(BuildCandidate(ref context, slots[s], clientNeed));
        }

        return new NeedMatch(
            clientNeed.Need,
            clientNeed.Urgency,
            candidates.MoveToImmutable(),
            filled == 0 ? UnmetReason.AllExcluded : null,
            CountsOf(counts),
            exclusions);
    }

    private static ImmutableArray<RuleCount> CountsOf(ReadOnlySpan<int> counts)
    {
        var builder = ImmutableArray.CreateBuilder<RuleCount>();
        for (var rule = 0; rule < BuiltInRuleCount; rule++)
        {
            if (counts[rule] > 0)
            {
                builder.Add(new RuleCount(HardRuleCodes.All[rule], counts[rule]));
            }
        }

        if (counts[RuleCustom] > 0)
        {
            builder.Add(new RuleCount("custom", counts[RuleCustom]));
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<string> RuleCodes(int failed, ImmutableArray<string> customFailures)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        for (var rule = 0; rule < BuiltInRuleCount; rule++)
        {
            if ((failed & (1 << rule)) != 0)
            {
                builder.Add(HardRuleCodes.All[rule]);
            }
        }

        builder.AddRange(customFailures);
        return builder.ToImmutable();
    }

    private void Scan(ref MatchContext context, ClientNeed clientNeed, int needId, int[] candidates, Slot[] slots, int capacity, ref int filled, Span<int> counts)
    {
        foreach (var offering in candidates)
        {
            var failed = Evaluate(ref context, offering, needId, clientNeed, out var score, out var reasons, out _);
            if (failed != 0)
            {
                CountFailures(failed, counts);
                continue;
            }

            Insert(slots, capacity, ref filled, new Slot(offering, offeringProvider[offering], score, reasons));
        }
    }

    /// <summary>Adds one to the count of every rule set in <paramref name="failed"/>.</summary>
    private static void CountFailures(int failed, Span<int> counts)
    {
        for (var rule = 0; rule <= BuiltInRuleCount; rule++)
        {
            if ((failed & (1 << rule)) != 0)
            {
                counts[rule]++;
            }
        }
    }

    /// <summary>Inserts a candidate into the sorted top-k buffer, keeping one slot per provider.</summary>
    private static void Insert(Slot[] slots, int capacity, ref int filled, Slot candidate)
    {
        for (var s = 0; s < filled; s++)
        {
            if (slots[s].Provider == candidate.Provider)
            {
                if (!candidate.IsBetterThan(slots[s]))
                {
                    return;
                }

                // Remove the provider's worse slot, then insert the better one below.
                Array.Copy(slots, s + 1, slots, s, filled - s - 1);
                filled--;
                break;
            }
        }

        if (filled == capacity && !candidate.IsBetterThan(slots[filled - 1]))
        {
            return;
        }

        var position = Math.Min(filled, capacity - 1);
        while (position > 0 && candidate.IsBetterThan(slots[position - 1]))
        {
            position--;
        }

        var moved = Math.Min(filled, capacity - 1) - position;
        if (moved > 0)
        {
            Array.Copy(slots, position, slots, position + 1, moved);
        }

        slots[position] = candidate;
        filled = Math.Min(filled + 1, capacity);
    }

    /// <summary>Evaluates every hard rule for one offering; returns a bit set of broken rules, and the score and reasons when none is broken.</summary>
    private int Evaluate(ref MatchContext context, int offering, int needId, ClientNeed clientNeed, out double score, out uint reasons, out ImmutableArray<string> customFailures)
    {
        var client = context.Client;
        var provider = offeringProvider[offering];
        var flags = providerFlags[provider];
        var failed = 0;
        reasons = 0;
        score = 0;
        customFailures = [];

        if (context.Age is { } age)
        {
            if (age < ageMin[offering] || age > ageMax[offering])
            {
                failed |= 1 << RuleAge;
            }
        }
        else if (ageMin[offering] != decimal.MinValue || ageMax[offering] != decimal.MaxValue)
        {
            reasons |= ReasonConfirmAge;
        }

        if (client.Gender is { } gender)
        {
            if ((genders[offering] & (byte)gender) == 0)
            {
                failed |= 1 << RuleGender;
            }
        }
        else if (genders[offering] != (byte)Genders.Any)
        {
            reasons |= ReasonConfirmGender;
        }

        var populations = (byte)client.Populations;
        if ((requiredPopulations[offering] & populations) != requiredPopulations[offering] || (excludedPopulations[offering] & populations) != 0)
        {
            failed |= 1 << RulePopulation;
        }

        if (client.TraffickingTypes != TraffickingTypes.None && (traffickingTypes[offering] & (byte)client.TraffickingTypes) == 0)
        {
            failed |= 1 << RuleType;
        }

        if (!client.Languages.IsEmpty)
        {
            var direct = false;
            var words = context.LanguageWords;
            var start = offering * wordsPerOffering;
            for (var w = 0; w < wordsPerOffering; w++)
            {
                direct |= (languageWords[start + w] & words[w]) != 0;
            }

            if (direct)
            {
                reasons |= ReasonDirect;
                score += Policy.Weights.DirectLanguage;
            }
            else if (interpretation[offering] && Policy.AllowInterpretation)
            {
                reasons |= ReasonInterpretation;
            }
            else
            {
                failed |= 1 << RuleLanguage;
            }
        }

        if (client.Area is not null)
        {
            if (!anywhere[offering] && (context.AreaId < 0 || Array.BinarySearch(areaIds[offering], context.AreaId) < 0))
            {
                failed |= 1 << RuleArea;
            }
        }
        else if (!anywhere[offering])
        {
            reasons |= ReasonConfirmArea;
        }

        var category = providerCategory[provider];
        var mandatory = context.MandatoryCategories is { } mandatoryCategories && mandatoryCategories[category] >= 0;
        if (!client.Consent.LawEnforcementContactAllowed && (flags & (FlagLaw | FlagReporter)) != 0)
        {
            if (mandatory)
            {
                reasons |= ReasonMandatory;
            }
            else
            {
                failed |= 1 << RuleConsentLaw;
            }
        }

        if (context.SharingAllowed is { } sharing && !sharing[category])
        {
            if (mandatory)
            {
                reasons |= ReasonMandatory;
            }
            else
            {
                failed |= 1 << RuleConsentSharing;
            }
        }

        var capacity = capacities[offering];
        switch (capacity.Status)
        {
            case CapacityStatus.NoCapacity:
                failed |= 1 << RuleCapacity;
                break;
            case CapacityStatus.Waitlist:
                reasons |= ReasonWaitlist;
                score += Policy.Weights.Waitlist;
                break;
            case CapacityStatus.Available:
                reasons |= ReasonCapacity;
                score += Policy.Weights.RemainingCapacity * (capacity.FreeShare ?? 0.5);
                break;
            default:
                reasons |= ReasonCapacityUnknown;
                break;
        }

        if (!Policy.CustomRules.IsEmpty)
        {
            var ruleContext = new ReferralRuleContext(providers[provider], offerings[offering], client, clientNeed, context.At);
            ImmutableArray<string>.Builder? failures = null;
            foreach (var rule in Policy.CustomRules)
            {
                var outcome = rule.Evaluate(in ruleContext);
                if (outcome.Excludes)
                {
                    failed |= 1 << RuleCustom;
                    (failures ??= ImmutableArray.CreateBuilder<string>()).Add(rule.Code);
                }
                else if (double.IsFinite(outcome.ScoreAdjustment))
                {
                    score += outcome.ScoreAdjustment;
                }
            }

            customFailures = failures?.ToImmutable() ?? [];
        }

        if (failed != 0)
        {
            return failed;
        }

        var weights = Policy.Weights;
        if ((flags & FlagStandard) != 0)
        {
            reasons |= ReasonStandard;
            score += weights.StandardOfCare;
        }

        if ((flags & FlagTrained) != 0)
        {
            reasons |= ReasonTrained;
            score += weights.TraffickingTrainedStaff;
        }

        if ((flags & FlagLicensed) != 0 && needId == CaseManagementId)
        {
            reasons |= ReasonLicensed;
            score += weights.LicensedSocialWorkers;
        }

        if (clientNeed.Urgency == NeedUrgency.Immediate)
        {
            switch (context.StateOf(offering))
            {
                case OpenState.Open:
                    reasons |= ReasonOpen;
                    score += weights.OpenNow;
                    break;
                case OpenState.Closed:
                    reasons |= ReasonClosed;
                    break;
                default:
                    reasons |= ReasonHoursUnknown;
                    break;
            }
        }

        if (culturallySpecific[offering] && (client.Populations & Populations.ForeignNational) != 0)
        {
            reasons |= ReasonCultural;
            score += weights.CulturallySpecific;
        }

        var others = BitOperations.PopCount(providerNeeds[provider] & context.NeedMask & ~(1UL << needId));
        if (others > 0)
        {
            reasons |= ReasonOtherNeeds;
            score += weights.PerOtherNeedCovered * others;
        }

        return 0;
    }

    private MatchCandidate BuildCandidate(ref MatchContext context, Slot slot, ClientNeed clientNeed)
    {
        var provider = providers[slot.Provider];
        var offering = offerings[slot.Offering];
        var state = offering.Schedule is null ? OpenState.Unknown : context.StateOf(slot.Offering);
        Instant? next = clientNeed.Urgency == NeedUrgency.Immediate && state == OpenState.Closed ? offering.Schedule!.NextOpening(context.At) : null;
        var reasons = ImmutableArray.CreateBuilder<string>();
        var text = new StringBuilder();
        void Add(uint flag, string code, string words)
        {
            if ((slot.Reasons & flag) != 0)
            {
                reasons.Add(code);
                text.Append(text.Length == 0 ? string.Empty : "; ").Append(words);
            }
        }

        Add(ReasonMandatory, ReasonCodes.MandatoryRule, "admitted by a mandatory routing rule despite consent restrictions");
        Add(ReasonOpen, ReasonCodes.OpenNow, offering.Schedule?.IsAlwaysOpen == true ? "open 24/7" : "open now");
        Add(ReasonClosed, ReasonCodes.ClosedNow, next is { } n ? $"closed now; opens {n.ToString("uuuu-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)}" : "closed now");
        Add(ReasonHoursUnknown, ReasonCodes.HoursUnknown, "hours not published");
        Add(ReasonStandard, ReasonCodes.StandardOfCare, "adheres to the coalition's standard of care");
        Add(ReasonTrained, ReasonCodes.TraffickingTrainedStaff, "staff trained on human trafficking");
        Add(ReasonLicensed, ReasonCodes.LicensedSocialWorkers, "licensed social workers do case management");
        Add(ReasonDirect, ReasonCodes.DirectLanguage, "speaks the client's language");
        Add(ReasonInterpretation, ReasonCodes.Interpretation, "through interpretation");
        Add(ReasonCultural, ReasonCodes.CulturallySpecific, "culturally specific");
        Add(ReasonCapacity, ReasonCodes.CapacityAvailable, capacities[slot.Offering] is { Available: { } a, Maximum: { } m } ? $"{a} of {m} places free" : "accepting referrals");
        Add(ReasonWaitlist, ReasonCodes.Waitlist, "waitlist");
        Add(ReasonCapacityUnknown, ReasonCodes.CapacityUnknown, "capacity not reported");
        Add(ReasonOtherNeeds, ReasonCodes.CoversOtherNeeds, "also offers other needs of the client");
        Add(ReasonConfirmAge, ReasonCodes.ConfirmAge, "confirm age eligibility");
        Add(ReasonConfirmGender, ReasonCodes.ConfirmGender, "confirm gender eligibility");
        Add(ReasonConfirmArea, ReasonCodes.ConfirmArea, "confirm the client's area");
        string? mandatoryRule = null;
        if ((slot.Reasons & ReasonMandatory) != 0)
        {
            mandatoryRule = Policy.MandatoryRules.First(r => r.AppliesToMinors && r.Categories.Any(provider.Category.IsOrDescendsFrom)).Code;
        }

        return new MatchCandidate(
            provider.Id,
            provider.Name,
            offering.Id,
            provider.Category,
            Math.Round(slot.Score, 6),
            reasons.ToImmutable(),
            text.ToString(),
            provider.IntakeContact,
            provider.PublicAddress,
            state,
            next,
            mandatoryRule,
            capacities[slot.Offering].Status);
    }

    private sealed record NeedIndex(int[] All, int[] Anywhere, FrozenDictionary<int, int[]> ByArea);

    private readonly record struct Slot(int Offering, int Provider, double Score, uint Reasons)
    {
        /// <summary>Higher score first; ties by provider id, then offering id (indexes follow ordinal id order).</summary>
        internal bool IsBetterThan(Slot other) =>
            Score > other.Score || (Score == other.Score && (Provider < other.Provider || (Provider == other.Provider && Offering < other.Offering)));
    }

    /// <summary>Per-match state: the client's languages, area, consent and mandatory masks, and local times per zone, from pooled buffers.</summary>
    private struct MatchContext : IDisposable
    {
        private readonly ReferralMatcher matcher;
        private readonly bool[] zoneComputed;

        internal MatchContext(ReferralMatcher matcher, ClientProfile client, Instant at)
        {
            this.matcher = matcher;
            Client = client;
            At = at;
            Age = client.AgeYears;
            AreaId = client.Area is { } area && matcher.areaIdsByCode.TryGetValue(area, out var id) ? id : -1;
            LanguageWords = ArrayPool<ulong>.Shared.Rent(matcher.wordsPerOffering);
            Array.Clear(LanguageWords, 0, matcher.wordsPerOffering);
            foreach (var language in client.Languages)
            {
                if (matcher.languageIds.TryGetValue(language.Value, out var languageId))
                {
                    LanguageWords[languageId >> 6] |= 1UL << (languageId & 63);
                }
            }

            NeedMask = 0;
            foreach (var need in client.Needs)
            {
                NeedMask |= 1UL << NeedIds[need.Need];
            }

            SharingAllowed = client.Consent.ShareWith is null
                ? null
                : [.. StakeholderCategories.Catalogue.Select(client.Consent.AllowsSharingWith)];
            MandatoryCategories = null;
            if (client.IsMinor == true)
            {
                var rules = matcher.Policy.MandatoryRules.Where(r => r.AppliesToMinors).ToArray();
                if (rules.Length > 0)
                {
                    MandatoryCategories = [.. StakeholderCategories.Catalogue.Select(c => Array.FindIndex(rules, r => r.Categories.Any(c.IsOrDescendsFrom)))];
                }
            }

            zoneComputed = ArrayPool<bool>.Shared.Rent(Math.Max(1, matcher.zones.Length));
            Array.Clear(zoneComputed, 0, Math.Max(1, matcher.zones.Length));
            ZoneTimes = ArrayPool<LocalDateTime>.Shared.Rent(Math.Max(1, matcher.zones.Length));
        }

        internal ClientProfile Client { get; }

        internal Instant At { get; }

        internal decimal? Age { get; }

        internal int AreaId { get; }

        internal ulong[] LanguageWords { get; }

        internal ulong NeedMask { get; }

        internal bool[]? SharingAllowed { get; }

        internal int[]? MandatoryCategories { get; }

        private LocalDateTime[] ZoneTimes { get; }

        /// <summary>Whether an offering is open at the match instant; each zone's local time is computed once per match.</summary>
        internal readonly OpenState StateOf(int offering)
        {
            var zone = matcher.zoneOf[offering];
            if (zone < 0)
            {
                return OpenState.Unknown;
            }

            if (!zoneComputed[zone])
            {
                ZoneTimes[zone] = At.InZone(matcher.zones[zone]).LocalDateTime;
                zoneComputed[zone] = true;
            }

            return matcher.offerings[offering].Schedule!.StateAt(ZoneTimes[zone]);
        }

        public readonly void Dispose()
        {
            ArrayPool<ulong>.Shared.Return(LanguageWords);
            ArrayPool<bool>.Shared.Return(zoneComputed);
            ArrayPool<LocalDateTime>.Shared.Return(ZoneTimes);
        }
    }
}
