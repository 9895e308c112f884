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
    internal static readonly int LegalRepresentationId = NeedIds[ServiceNeeds.LegalRepresentation];
    internal static readonly int ImmigrationRepresentationId = NeedIds[ServiceNeeds.LegalRepresentationImmigration];

    internal CompiledNetwork(ReferralNetwork network, ReferralPolicy policy)
    {
        Providers = [.. network.Providers];
        var hotProviders = new HotProvider[Providers.Length];
        var dutyCodes = policy.ReportingDuties.Select(d => d.Code).ToList();
        var dutyIds = dutyCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var offeringList = new List<(ServiceOffering Offering, int Provider)>();
        var providerIds = new Dictionary<string, int>(Providers.Length, StringComparer.Ordinal);
        ProviderOfferingStart = new int[Providers.Length + 1];
        for (var p = 0; p < Providers.Length; p++)
        {
            var provider = Providers[p];
            providerIds[provider.Id] = p;
            ref var hotProvider = ref hotProviders[p];
            hotProvider.Flags = (byte)((provider.IsLawEnforcementAffiliated ? FlagLaw : 0) | (provider.AdheresToStandardOfCare ? FlagStandard : 0) |
                (provider.HasTraffickingTrainedStaff ? FlagTrained : 0) | (provider.HasLicensedSocialWorkers ? FlagLicensed : 0));
            hotProvider.Category = (short)CategoryIds[provider.Category];
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
        Hot = new ScanEntry[count];
        var eligibilityIds = new Dictionary<EligibilityRow, int>();
        var eligibilityList = new List<EligibilityRow>();
        AreaIds = new int[count][];
        ScheduleOf = new int[count];
        Capacities = new Capacity[count];

        var languages = offeringList.SelectMany(o => o.Offering.Languages).Select(l => l.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        LanguageIds = languages.Select((l, i) => (l, i)).ToFrozenDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        WordsPerOffering = Math.Max(1, (languages.Length + 63) / 64);
        LanguageWords = new ulong[count * WordsPerOffering];
        var areas = offeringList.SelectMany(o => o.Offering.Area.Areas).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        AreaIdsByCode = areas.Select((a, i) => (a, i)).ToFrozenDictionary(x => x.a, x => x.i, StringComparer.Ordinal);
        var zoneIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var zoneList = new List<DateTimeZone>();
        var scheduleIds = new Dictionary<WeeklySchedule, int>();
        var scheduleList = new List<WeeklySchedule>();
        var scheduleZones = new List<int>();

        for (var i = 0; i < count; i++)
        {
            var (offering, p) = offeringList[i];
            Offerings[i] = offering;
            OfferingProvider[i] = p;
            var row = EligibilityRow.Of(offering.Eligibility);
            if (!eligibilityIds.TryGetValue(row, out var eligibilityId))
            {
                eligibilityId = eligibilityList.Count;
                eligibilityIds[row] = eligibilityId;
                eligibilityList.Add(row);
            }

            ref readonly var hotProvider = ref hotProviders[p];
            ref var hot = ref Hot[i];
            hot.Offering = i;
            hot.Provider = p;
            hot.Eligibility = eligibilityId;
            hot.ProviderNeeds = hotProvider.Needs;
            hot.ProviderDuties = hotProvider.Duties;
            hot.Category = hotProvider.Category;
            hot.ProviderFlags = hotProvider.Flags;
            hot.Flags = (byte)((offering.ProvidesInterpretation ? ScanEntry.FlagInterpretation : 0) |
                (offering.IsCulturallySpecific ? ScanEntry.FlagCulturallySpecific : 0) | (offering.Area.IsAnywhere ? ScanEntry.FlagAnywhere : 0) |
                (Rules.ImmigrationRepresentation.AppliesTo(offering, ServiceNeeds.LegalRepresentation) ? ScanEntry.FlagImmigrationOnly : 0));
            AreaIds[i] = [.. offering.Area.Areas.Select(a => AreaIdsByCode[a]).Order()];
            foreach (var language in offering.Languages)
            {
                var id = LanguageIds[language.Value];
                LanguageWords[(i * WordsPerOffering) + (id >> 6)] |= 1UL << (id & 63);
            }

            if (offering.Schedule is { } schedule)
            {
                if (!scheduleIds.TryGetValue(schedule, out var scheduleId))
                {
                    if (!zoneIds.TryGetValue(schedule.TimeZoneId, out var zone))
                    {
                        zone = zoneList.Count;
                        zoneIds[schedule.TimeZoneId] = zone;
                        zoneList.Add(schedule.Zone);
                    }

                    scheduleId = scheduleList.Count;
                    scheduleIds[schedule] = scheduleId;
                    scheduleList.Add(schedule);
                    scheduleZones.Add(zone);
                }

                ScheduleOf[i] = scheduleId;
            }
            else
            {
                ScheduleOf[i] = -1;
            }

            hot.Schedule = ScheduleOf[i];
            hot.FreeShare = offering.Capacity.FreeShare ?? double.NaN;
            hot.CapacityStatus = (byte)offering.Capacity.Status;

            Capacities[i] = offering.Capacity;
        }

        Zones = [.. zoneList];
        Eligibilities = [.. eligibilityList];
        Schedules = [.. scheduleList];
        ScheduleZones = [.. scheduleZones];
        CapacityCells = CapacityColumn(Capacities);
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
        ScheduleOf = source.ScheduleOf;
        Schedules = source.Schedules;
        ScheduleZones = source.ScheduleZones;
        Zones = source.Zones;
        LanguageIds = source.LanguageIds;
        AreaIdsByCode = source.AreaIdsByCode;
        ProviderOfferingStart = source.ProviderOfferingStart;
        NeedIndex = source.NeedIndex;
        Hot = source.Hot;
        Eligibilities = source.Eligibilities;
        Capacities = capacities;
        CapacityCells = CapacityColumn(capacities);
        IsCapacityOverlay = true;
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

    /// <summary>Each offering's index in <see cref="Schedules"/>, or -1 when it publishes no hours.</summary>
    internal int[] ScheduleOf { get; }

    /// <summary>The distinct schedules (by value): an importer's thousands of "weekdays 9 to 5" become one, whose tier a match computes once.</summary>
    internal WeeklySchedule[] Schedules { get; }

    /// <summary>Each schedule's index in <see cref="Zones"/>.</summary>
    internal int[] ScheduleZones { get; }

    internal DateTimeZone[] Zones { get; }

    internal Capacity[] Capacities { get; }

    /// <summary>
    /// Each offering's capacity status and share of places free, flattened into one cell (one cache line read per offering)
    /// so that matching does not follow a reference per offering.
    /// </summary>
    internal CapacityCell[] CapacityCells { get; }

    /// <summary>
    /// Whether this is a capacity overlay (<see cref="WithCapacities"/>): its capacities differ from the copies in
    /// <see cref="ScanEntry"/>, so the rules read <see cref="CapacityCells"/> instead.
    /// </summary>
    internal bool IsCapacityOverlay { get; }

    internal FrozenDictionary<string, int> LanguageIds { get; }

    internal FrozenDictionary<string, int> AreaIdsByCode { get; }

    internal NeedLists[] NeedIndex { get; }

    /// <summary>
    /// Everything the rules read about each offering and its provider, packed in one record, so that evaluating an offering
    /// reads one cache line instead of a dozen columns at a random index. The need index holds copies in list order.
    /// </summary>
    internal ScanEntry[] Hot { get; }

    /// <summary>The distinct eligibility rules (by value), whose outcome for a client a match computes once.</summary>
    internal EligibilityRow[] Eligibilities { get; }

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

    private static CapacityCell[] CapacityColumn(Capacity[] capacities)
    {
        var cells = new CapacityCell[capacities.Length];
        for (var i = 0; i < capacities.Length; i++)
        {
            cells[i] = new CapacityCell(capacities[i].FreeShare ?? double.NaN, capacities[i].Status);
        }

        return cells;
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
            // Each list is already in offering order; the area lists are built in one pass by counting, then filling.
            var sorted = list.ToArray();
            var sizes = new Dictionary<int, int>();
            var anywhere = 0;
            foreach (var i in sorted)
            {
                if (IsAnywhere(i))
                {
                    anywhere++;
                    continue;
                }

                foreach (var area in AreaIds[i])
                {
                    sizes[area] = sizes.GetValueOrDefault(area) + 1;
                }
            }

            var byArea = sizes.ToDictionary(x => x.Key, x => new ScanEntry[x.Value]);
            var filled = new Dictionary<int, int>(sizes.Count);
            var anywhereEntries = new ScanEntry[anywhere];
            anywhere = 0;
            foreach (var i in sorted)
            {
                if (IsAnywhere(i))
                {
                    anywhereEntries[anywhere++] = Hot[i];
                    continue;
                }

                foreach (var area in AreaIds[i])
                {
                    var at = filled.GetValueOrDefault(area);
                    byArea[area][at] = Hot[i];
                    filled[area] = at + 1;
                }
            }

            return new NeedLists(sorted, anywhereEntries, byArea.ToFrozenDictionary());
        })];
    }

    private bool IsAnywhere(int offering) => (Hot[offering].Flags & ScanEntry.FlagAnywhere) != 0;

    /// <summary>
    /// The offerings that serve one need: all of them (indexes), and copies of the packed records of those serving anywhere
    /// and of those serving each area, in offering order, so that matching a client in an area reads them sequentially.
    /// </summary>
    internal sealed record NeedLists(int[] All, ScanEntry[] Anywhere, FrozenDictionary<int, ScanEntry[]> ByArea);
}

/// <summary>
/// An offering's and its provider's fields that the rules read, packed in 56 bytes (see <see cref="CompiledNetwork.Hot"/>).
/// The capacity is the compiled one: a capacity overlay reads its own column instead, so that it rebuilds no index.
/// </summary>
internal struct ScanEntry
{
    internal const byte FlagInterpretation = 1, FlagCulturallySpecific = 2, FlagAnywhere = 4, FlagImmigrationOnly = 8;

    /// <summary>The compiled share of places free, or NaN (see <see cref="CapacityCell"/>).</summary>
    internal double FreeShare;

    internal ulong FirstLanguageWord;

    /// <summary>The provider's needs (see <see cref="HotProvider.Needs"/>).</summary>
    internal ulong ProviderNeeds;

    /// <summary>The provider's duties (see <see cref="HotProvider.Duties"/>).</summary>
    internal ulong ProviderDuties;
    internal int Offering;
    internal int Provider;

    /// <summary>The offering's index in <see cref="CompiledNetwork.Eligibilities"/>.</summary>
    internal int Eligibility;

    /// <summary>The offering's index in <see cref="CompiledNetwork.Schedules"/>, or -1.</summary>
    internal int Schedule;
    internal short Category;
    internal byte Flags;
    internal byte ProviderFlags;

    /// <summary>The compiled capacity status.</summary>
    internal byte CapacityStatus;
}

/// <summary>An offering's capacity as the rules read it: the share of places free (NaN when no counts are reported) and the status.</summary>
internal readonly record struct CapacityCell(double FreeShare, CapacityStatus Status);

/// <summary>An eligibility rule as the compiled rules read it; equal rules share one row.</summary>
internal readonly record struct EligibilityRow(decimal AgeMin, decimal AgeLimit, bool AgeLimitInclusive, bool AgeRestricted, byte Genders, byte RequiredPopulations, byte ExcludedPopulations, byte TraffickingTypes)
{
    internal static EligibilityRow Of(Eligibility eligibility)
    {
        var ages = eligibility.Ages;
        var (limit, inclusive) = ages.ExclusiveUpperLimit is { } exclusive ? (exclusive, false) : (ages.Maximum ?? decimal.MaxValue, true);
        return new EligibilityRow(
            ages.Minimum ?? decimal.MinValue,
            limit,
            inclusive,
            !ages.IsAny,
            (byte)eligibility.Genders,
            (byte)eligibility.RequiredPopulations,
            (byte)eligibility.ExcludedPopulations,
            (byte)eligibility.TraffickingTypes);
    }
}

/// <summary>A provider's fields that the rules read, gathered while compiling and copied into each <see cref="ScanEntry"/>.</summary>
internal struct HotProvider
{
    /// <summary>Bit n is set when the provider serves need n (catalogue order).</summary>
    internal ulong Needs;

    /// <summary>Bit i is set when the provider declares duty <see cref="CompiledNetwork.DutyCodes"/>[i].</summary>
    internal ulong Duties;
    internal short Category;
    internal byte Flags;
}
