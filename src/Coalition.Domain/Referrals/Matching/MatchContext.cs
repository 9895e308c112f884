using System.Buffers;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching.Rules;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// What the compiled rules need to know about one client, computed once per match: the client's attributes as bit masks,
/// the reporting duties that apply to the client, the consent and choice masks by category, the protective-agency rules,
/// and the local time in each zone (computed lazily). Buffers come from the shared pools and are returned by
/// <see cref="Dispose"/>.
/// </summary>
internal struct MatchContext : IDisposable
{
    private readonly CompiledNetwork network;
    private readonly bool[] zoneComputed;
    private readonly LocalDateTime[] zoneTimes;
    private readonly byte[] scheduleTiers;
    private readonly int[] eligibilityOutcomes;

    internal MatchContext(CompiledNetwork network, ReferralPolicy policy, ClientProfile client, Instant at)
    {
        this.network = network;
        Policy = policy;
        Client = client;
        At = at;
        OpeningSoonLimit = CalendarEdges.PlusSaturating(at, policy.OpeningSoonWindow);
        Age = client.AgeYears;
        Gender = client.Gender is { } gender ? (byte)gender : (byte)0;
        KnownPopulations = (byte)client.Populations;
        UnknownPopulations = (byte)client.UnknownPopulations;
        IsProtected = PossibleMinor.IsProtected(client);
        AreaId = client.Area is { } area && network.AreaIdsByCode.TryGetValue(area, out var id) ? id : -1;
        LanguageWords = ArrayPool<ulong>.Shared.Rent(network.WordsPerOffering);
        Array.Clear(LanguageWords, 0, network.WordsPerOffering);
        foreach (var language in client.Languages)
        {
            if (network.LanguageIds.TryGetValue(language.Value, out var languageId))
            {
                LanguageWords[languageId >> 6] |= 1UL << (languageId & 63);
            }
        }

        NeedMask = 0;
        foreach (var need in client.Needs)
        {
            NeedMask |= 1UL << CompiledNetwork.NeedIds[need.Need];
        }

        // Duties: bit i set when duty i applies or may apply to this client; certain when the policy states it and it holds.
        ApplicableDuties = 0;
        CertainDuties = 0;
        for (var duty = 0; duty < network.DutyCodes.Length; duty++)
        {
            var definition = network.DutyDefinitions[duty];
            var status = definition is null ? ReportingDutyNotice.TriggerStatus.Unknown : ReportingDutyNotice.Evaluate(definition.Trigger, client);
            if (status == ReportingDutyNotice.TriggerStatus.DoesNotHold)
            {
                continue;
            }

            ApplicableDuties |= 1UL << duty;
            if (definition is not null && status == ReportingDutyNotice.TriggerStatus.Holds && policy.CertainDuties.Contains(definition.Code))
            {
                CertainDuties |= 1UL << duty;
            }
        }

        var catalogue = StakeholderCategories.Catalogue;
        SharingAllowed = client.Consent.ShareWith is null ? null : [.. catalogue.Select(client.Consent.AllowsSharingWith)];
        ExcludedCategories = client.ExcludedCategories.IsEmpty ? null : [.. catalogue.Select(c => client.ExcludedCategories.Any(c.IsOrDescendsFrom))];
        ExcludedProviders = [.. client.ExcludedProviders.Select(p => network.ProviderIds.TryGetValue(p, out var index) ? index : -1).Where(i => i >= 0).Order()];
        AdmittingRule = null;
        if (client.AgeTreatment == AgeTreatment.Minor)
        {
            var rules = policy.MandatoryRules.Where(r => r.AppliesToMinors).ToArray();
            if (rules.Length > 0)
            {
                AdmittingRule = [.. catalogue.Select(c => Array.FindIndex(rules, r => r.Names(c)))];
                AdmittingRules = rules;
            }
        }

        var zones = Math.Max(1, network.Zones.Length);
        zoneComputed = ArrayPool<bool>.Shared.Rent(zones);
        Array.Clear(zoneComputed, 0, zones);
        zoneTimes = ArrayPool<LocalDateTime>.Shared.Rent(zones);
        scheduleTiers = ArrayPool<byte>.Shared.Rent(Math.Max(1, network.Schedules.Length));
        Array.Clear(scheduleTiers, 0, network.Schedules.Length);
        eligibilityOutcomes = ArrayPool<int>.Shared.Rent(Math.Max(1, network.Eligibilities.Length));
        Array.Clear(eligibilityOutcomes, 0, network.Eligibilities.Length);
    }

    internal ReferralPolicy Policy { get; }

    internal ClientProfile Client { get; }

    internal Instant At { get; }

    internal Instant OpeningSoonLimit { get; }

    internal decimal? Age { get; }

    internal byte Gender { get; }

    internal byte KnownPopulations { get; }

    internal byte UnknownPopulations { get; }

    internal bool IsProtected { get; }

    internal int AreaId { get; }

    internal ulong[] LanguageWords { get; }

    internal ulong NeedMask { get; }

    internal ulong ApplicableDuties { get; }

    internal ulong CertainDuties { get; }

    internal bool[]? SharingAllowed { get; }

    internal bool[]? ExcludedCategories { get; }

    internal int[] ExcludedProviders { get; }

    /// <summary>For a known minor, per category the index in <see cref="AdmittingRules"/> of the first rule naming it, or -1; otherwise <see langword="null"/>.</summary>
    internal int[]? AdmittingRule { get; }

    internal MandatoryRoutingRule[] AdmittingRules { get; } = [];

    /// <summary>Whether an offering is open at the match instant (see <see cref="TierOf"/>).</summary>
    internal readonly OpenState StateOf(int offering) =>
        network.ScheduleOf[offering] < 0 ? OpenState.Unknown : TierOf(offering) == UrgencyTier.OpenNow ? OpenState.Open : OpenState.Closed;

    /// <summary>
    /// The urgency tier of an offering at the match instant (see <see cref="UrgencyTiers"/>), computed once per distinct
    /// schedule and match; each zone's local time is computed once per match.
    /// </summary>
    internal readonly UrgencyTier TierOf(int offering) => TierOfSchedule(network.ScheduleOf[offering]);

    /// <summary>The urgency tier of a schedule (by index, or -1 for none) at the match instant.</summary>
    internal readonly UrgencyTier TierOfSchedule(int id)
    {
        if (id < 0)
        {
            return UrgencyTier.HoursUnknown;
        }

        var cached = scheduleTiers[id];
        if (cached != 0)
        {
            return (UrgencyTier)(cached - 1);
        }

        var schedule = network.Schedules[id];
        var local = LocalTime(network.ScheduleZones[id]);
        UrgencyTier tier;
        if (schedule.StateAt(local) == OpenState.Open)
        {
            tier = UrgencyTier.OpenNow;
        }
        else
        {
            // The window is at most 24 hours, so the next opening within it falls on one of the next four local dates (three, and one more for a zone that skips a day).
            tier = schedule.NextOpeningAfter(local, 4) is { } next && next <= OpeningSoonLimit ? UrgencyTier.OpeningSoon : UrgencyTier.Closed;
        }

        scheduleTiers[id] = (byte)((int)tier + 1);
        return tier;
    }

    public readonly void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(LanguageWords);
        ArrayPool<bool>.Shared.Return(zoneComputed);
        ArrayPool<LocalDateTime>.Shared.Return(zoneTimes);
        ArrayPool<byte>.Shared.Return(scheduleTiers);
        ArrayPool<int>.Shared.Return(eligibilityOutcomes);
    }

    /// <summary>
    /// The eligibility rules' outcome for the client (age, gender, populations, forms of trafficking), computed once per
    /// distinct eligibility and match: the failed rule bits (<see cref="CompiledRules.RuleAge"/> to
    /// <see cref="CompiledRules.RuleType"/>) and the reasons to confirm.
    /// </summary>
    internal readonly (int Failed, uint Reasons) EligibilityOf(int id)
    {
        var cached = eligibilityOutcomes[id];
        if (cached == 0)
        {
            cached = EvaluateEligibility(network.Eligibilities[id]);
            eligibilityOutcomes[id] = cached;
        }

        // Bits 0-3 failed rules, bits 4-6 confirm age, gender, population, bit 7 computed.
        var reasons = ((cached & 16) != 0 ? CompiledRules.ReasonConfirmAge : 0) | ((cached & 32) != 0 ? CompiledRules.ReasonConfirmGender : 0) |
            ((cached & 64) != 0 ? CompiledRules.ReasonConfirmPopulation : 0);
        return (cached & 15, reasons);
    }

    private readonly int EvaluateEligibility(in EligibilityRow row)
    {
        var result = 128;
        if (Age is { } age)
        {
            if (age < row.AgeMin || (row.AgeLimitInclusive ? age > row.AgeLimit : age >= row.AgeLimit))
            {
                result |= 1 << CompiledRules.RuleAge;
            }
        }
        else if (row.AgeRestricted)
        {
            result |= 16;
        }

        if (Gender != 0)
        {
            if ((row.Genders & Gender) == 0)
            {
                result |= 1 << CompiledRules.RuleGender;
            }
        }
        else if (row.Genders != (byte)Genders.Any)
        {
            result |= 32;
        }

        var required = row.RequiredPopulations;
        var excluded = row.ExcludedPopulations;
        if ((required & ~(KnownPopulations | UnknownPopulations)) != 0 || (excluded & KnownPopulations) != 0)
        {
            result |= 1 << CompiledRules.RulePopulation;
        }
        else if (((required | excluded) & UnknownPopulations) != 0)
        {
            result |= 64;
        }

        if (Client.TraffickingTypes != TraffickingTypes.None && (row.TraffickingTypes & (byte)Client.TraffickingTypes) == 0)
        {
            result |= 1 << CompiledRules.RuleType;
        }

        return result;
    }

    private readonly LocalDateTime LocalTime(int zone)
    {
        if (!zoneComputed[zone])
        {
            zoneTimes[zone] = CalendarEdges.LocalAt(At, network.Zones[zone]);
            zoneComputed[zone] = true;
        }

        return zoneTimes[zone];
    }
}
