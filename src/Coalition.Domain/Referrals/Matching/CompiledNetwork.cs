using System.Collections.Frozen;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A referral network flattened for matching: every field the rules read, in arrays indexed by provider and offering, and
/// indexes by need and area. Provider indexes follow provider id (ordinal), offering indexes follow provider, then offering
/// id, so index order is tie-break order. Immutable; a capacity overlay shares everything but the capacities.
/// </summary>
internal sealed class CompiledNetwork
{
    internal const byte FlagLaw = 1, FlagStandard = 2, FlagTrained = 4, FlagLicensed = 8;

    /// <summary>The most distinct reporting-duty codes a compiled network can track (policy definitions plus codes providers declare).</summary>
    internal const int MaxDutyCodes = 64;

    internal static readonly FrozenDictionary<ServiceNeed, int> NeedIds = ServiceNeeds.Catalogue.Select((n, i) => (n, i)).ToFrozenDictionary(x => x.n, x => x.i);
    internal static readonly FrozenDictionary<StakeholderCategory, int> CategoryIds = StakeholderCategories.Catalogue.Select((c, i) => (c, i)).ToFrozenDictionary(x => x.c, x => x.i);
    internal static readonly int CaseManagementId = NeedIds[ServiceNeeds.CaseManagement];

    internal CompiledNetwork(ReferralNetwork network, ReferralPolicy policy)
    {
        Providers = [.. network.Providers];
        HotProviders = new HotProvider[Providers.Length];
        var dutyCodes = policy.ReportingDuties.Select(d => d.Code).ToList();
        var dutyIds = dutyCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var offeringList = new List<(ServiceOffering Offering, int Provider)>();
        var providerIds = new Dictionary<string, int>(Providers.Length, StringComparer.Ordinal);
        ProviderOfferingStart = new int[Providers.Length + 1];
        for (var p = 0; p < Providers.Length; p++)
        {
            var provider = Providers[p];
            providerIds[provider.Id] = p;
            ref var hotProvider = ref HotProviders[p];
            hotProvider.Flags = (byte)((provider.IsLawEnforcementAffiliated ? FlagLaw : 0) | (provider.AdheresToStandardOfCare ? FlagStandard : 0) |
                (provider.HasTraffickingTrainedStaff ? FlagTrained : 0) | (provider.HasLicensedSocialWorkers ? FlagLicensed : 0));
            hotProvider.Category = CategoryIds[provider.Category];
            foreach (var code in provider.ReportingDuties)
            {
                if (!dutyIds.TryGetValue(code, out var duty))
                {
                    duty = dutyCodes.Count;
                    if (duty >= MaxDutyCodes)
                    {
                        throw new ArgumentException($"The network and policy use more than {MaxDutyCodes} distinct reporting-duty codes.", nameof(network));
                    }

                    dutyIds[code] = duty;
                    dutyCodes.Add(code);
                }

                hotProvider.Duties |= 1UL << duty;
            }

            foreach (var offering in provider.Services)
            {
                offeringList.Add((offering, p));
                foreach (var need in ServedNeeds(offering))
                {
                    hotProvider.Needs |= 1UL << NeedIds[need];
                }
            }

            ProviderOfferingStart[p + 1] = offeringList.Count;
        }

        ProviderIds = providerIds;
        DutyCodes = [.. dutyCodes];
        DutyDefinitions = [.. dutyCodes.Select(policy.FindDuty)];

        var count = offeringList.Count;
        Offerings = new ServiceOffering[count];
        OfferingProvider = new int[count];
        Hot = new HotOffering[count];
        AreaIds = new int[count][];
        ZoneOf = new int[count];
        Capacities = new Capacity[count];

        var languages = offeringList.SelectMany(o => o.Offering.Languages).Select(l => l.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        LanguageIds = languages.Select((l, i) => (l, i)).ToFrozenDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        WordsPerOffering = Math.Max(1, (languages.Length + 63) / 64);
        LanguageWords = new ulong[count * WordsPerOffering];
        var areas = offeringList.SelectMany(o => o.Offering.Area.Areas).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        AreaIdsByCode = areas.Select((a, i) => (a, i)).ToFrozenDictionary(x => x.a, x => x.i, StringComparer.Ordinal);
        var zoneIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var zoneList = new List<DateTimeZone>();

        for (var i = 0; i < count; i++)
        {
            var (offering, p) = offeringList[i];
            Offerings[i] = offering;
            OfferingProvider[i] = p;
            var eligibility = offering.Eligibility;
            var ages = eligibility.Ages;
            var (ageLimit, inclusive) = ages.ExclusiveUpperLimit is { } limit ? (limit, false) : (ages.Maximum ?? decimal.MaxValue, true);
            ref var hot = ref Hot[i];
            hot.Provider = p;
            hot.AgeMin = ages.Minimum ?? decimal.MinValue;
            hot.AgeLimit = ageLimit;
            hot.Genders = (byte)eligibility.Genders;
            hot.RequiredPopulations = (byte)eligibility.RequiredPopulations;
            hot.ExcludedPopulations = (byte)eligibility.ExcludedPopulations;
            hot.TraffickingTypes = (byte)eligibility.TraffickingTypes;
            hot.Flags = (byte)((inclusive ? HotOffering.FlagAgeLimitInclusive : 0) | (ages.IsAny ? 0 : HotOffering.FlagAgeRestricted) |
                (offering.ProvidesInterpretation ? HotOffering.FlagInterpretation : 0) | (offering.IsCulturallySpecific ? HotOffering.FlagCulturallySpecific : 0) |
                (offering.Area.IsAnywhere ? HotOffering.FlagAnywhere : 0));
            AreaIds[i] = [.. offering.Area.Areas.Select(a => AreaIdsByCode[a]).Order()];
            foreach (var language in offering.Languages)
            {
                var id = LanguageIds[language.Value];
                LanguageWords[(i * WordsPerOffering) + (id >> 6)] |= 1UL << (id & 63);
            }

            if (offering.Schedule is { } schedule)
            {
                if (!zoneIds.TryGetValue(schedule.TimeZoneId, out var zone))
                {
                    zone = zoneList.Count;
                    zoneIds[schedule.TimeZoneId] = zone;
                    zoneList.Add(schedule.Zone);
                }

                ZoneOf[i] = zone;
            }
            else
            {
                ZoneOf[i] = -1;
            }

            Capacities[i] = offering.Capacity;
        }

        Zones = [.. zoneList];
        (CapacityStatuses, FreeShares) = CapacityColumns(Capacities);
        for (var i = 0; i < count; i++)
        {
            Hot[i].FirstLanguageWord = LanguageWords[i * WordsPerOffering];
        }

        NeedIndex = BuildNeedIndex();
    }

    private CompiledNetwork(CompiledNetwork source, Capacity[] capacities)
    {
        Providers = source.Providers;
        ProviderIds = source.ProviderIds;
        DutyCodes = source.DutyCodes;
        DutyDefinitions = source.DutyDefinitions;
        Offerings = source.Offerings;
        OfferingProvider = source.OfferingProvider;
        LanguageWords = source.LanguageWords;
        WordsPerOffering = source.WordsPerOffering;
        AreaIds = source.AreaIds;
        ZoneOf = source.ZoneOf;
        Zones = source.Zones;
        LanguageIds = source.LanguageIds;
        AreaIdsByCode = source.AreaIdsByCode;
        ProviderOfferingStart = source.ProviderOfferingStart;
        NeedIndex = source.NeedIndex;
        Hot = source.Hot;
        HotProviders = source.HotProviders;
        Capacities = capacities;
        (CapacityStatuses, FreeShares) = CapacityColumns(capacities);
    }

    internal Provider[] Providers { get; }

    /// <summary>Provider indexes by id: a plain dictionary (a frozen one takes seconds to build for a national directory).</summary>
    internal Dictionary<string, int> ProviderIds { get; }

    /// <summary>The offerings of provider p are the indexes from <c>ProviderOfferingStart[p]</c> up to <c>ProviderOfferingStart[p + 1]</c>.</summary>
    internal int[] ProviderOfferingStart { get; }

    /// <summary>The policy's duty codes (sorted), then the codes providers declare that the policy does not define.</summary>
    internal string[] DutyCodes { get; }

    /// <summary>The policy's definition of each duty code, or <see langword="null"/> when it defines none.</summary>
    internal ReportingDuty?[] DutyDefinitions { get; }

    internal ServiceOffering[] Offerings { get; }

    internal int[] OfferingProvider { get; }

    internal ulong[] LanguageWords { get; }

    internal int WordsPerOffering { get; }

    internal int[][] AreaIds { get; }

    internal int[] ZoneOf { get; }

    internal DateTimeZone[] Zones { get; }

    internal Capacity[] Capacities { get; }

    /// <summary>Each offering's capacity status, flattened so that matching does not follow a reference per offering.</summary>
    internal CapacityStatus[] CapacityStatuses { get; }

    /// <summary>Each offering's share of places free, or NaN when it reports no counts.</summary>
    internal double[] FreeShares { get; }

    internal FrozenDictionary<string, int> LanguageIds { get; }

    internal FrozenDictionary<string, int> AreaIdsByCode { get; }

    internal NeedLists[] NeedIndex { get; }

    /// <summary>
    /// Everything the rules read about an offering, packed in one record, so that evaluating an offering reads one or two
    /// cache lines instead of a dozen columns at a random index.
    /// </summary>
    internal HotOffering[] Hot { get; }

    /// <summary>Everything the rules read about a provider, packed in one record.</summary>
    internal HotProvider[] HotProviders { get; }

    /// <summary>Finds an offering's index by provider and offering id, without a dictionary of a million composite keys.</summary>
    internal bool TryGetOffering(string providerId, string offeringId, out int index)
    {
        if (ProviderIds.TryGetValue(providerId, out var provider))
        {
            for (var i = ProviderOfferingStart[provider]; i < ProviderOfferingStart[provider + 1]; i++)
            {
                if (string.Equals(Offerings[i].Id, offeringId, StringComparison.Ordinal))
                {
                    index = i;
                    return true;
                }
            }
        }

        index = -1;
        return false;
    }

    private static (CapacityStatus[] Statuses, double[] Shares) CapacityColumns(Capacity[] capacities)
    {
        var statuses = new CapacityStatus[capacities.Length];
        var shares = new double[capacities.Length];
        for (var i = 0; i < capacities.Length; i++)
        {
            statuses[i] = capacities[i].Status;
            shares[i] = capacities[i].FreeShare ?? double.NaN;
        }

        return (statuses, shares);
    }

    /// <summary>Returns an overlay with other capacities, sharing everything else.</summary>
    internal CompiledNetwork WithCapacities(Capacity[] capacities) => new(this, capacities);

    /// <summary>The needs an offering serves: each need it lists, its general form and its variants.</summary>
    internal static IEnumerable<ServiceNeed> ServedNeeds(ServiceOffering offering)
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

    private NeedLists[] BuildNeedIndex()
    {
        var all = new List<int>[ServiceNeeds.Catalogue.Count];
        for (var n = 0; n < all.Length; n++)
        {
            all[n] = [];
        }

        for (var i = 0; i < Offerings.Length; i++)
        {
            foreach (var need in ServedNeeds(Offerings[i]).Distinct())
            {
                all[NeedIds[need]].Add(i);
            }
        }

        return [.. all.Select(list =>
        {
            var sorted = list.Order().ToArray();
            var byArea = sorted.Where(i => !IsAnywhere(i))
                .SelectMany(i => AreaIds[i].Select(a => (Area: a, Offering: i)))
                .GroupBy(x => x.Area)
                .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Offering).Order().ToArray());
            return new NeedLists(sorted, [.. sorted.Where(IsAnywhere)], byArea);
        })];
    }

    private bool IsAnywhere(int offering) => (Hot[offering].Flags & HotOffering.FlagAnywhere) != 0;

    /// <summary>The offerings that serve one need: all of them, those serving anywhere, and those serving each area.</summary>
    internal sealed record NeedLists(int[] All, int[] Anywhere, FrozenDictionary<int, int[]> ByArea);
}

/// <summary>An offering's fields that the rules read, packed (see <see cref="CompiledNetwork.Hot"/>).</summary>
internal struct HotOffering
{
    internal const byte FlagAgeLimitInclusive = 1, FlagAgeRestricted = 2, FlagInterpretation = 4, FlagCulturallySpecific = 8, FlagAnywhere = 16;

    internal decimal AgeMin;
    internal decimal AgeLimit;
    internal ulong FirstLanguageWord;
    internal int Provider;
    internal byte Genders;
    internal byte RequiredPopulations;
    internal byte ExcludedPopulations;
    internal byte TraffickingTypes;
    internal byte Flags;
}

/// <summary>A provider's fields that the rules read, packed (see <see cref="CompiledNetwork.HotProviders"/>).</summary>
internal struct HotProvider
{
    /// <summary>Bit n is set when the provider serves need n (catalogue order).</summary>
    internal ulong Needs;

    /// <summary>Bit i is set when the provider declares duty <see cref="CompiledNetwork.DutyCodes"/>[i].</summary>
    internal ulong Duties;
    internal int Category;
    internal byte Flags;
}
