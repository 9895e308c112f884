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

    /// <summary>Whether an offering is open at the match instant; each zone's local time is computed once per match.</summary>
    internal readonly OpenState StateOf(int offering) =>
        network.ZoneOf[offering] is var zone && zone < 0 ? OpenState.Unknown : network.Offerings[offering].Schedule!.StateAt(LocalTime(zone));

    /// <summary>The urgency tier of an offering at the match instant (see <see cref="UrgencyTiers"/>).</summary>
    internal readonly UrgencyTier TierOf(int offering)
    {
        var zone = network.ZoneOf[offering];
        if (zone < 0)
        {
            return UrgencyTier.HoursUnknown;
        }

        var schedule = network.Offerings[offering].Schedule!;
        var local = LocalTime(zone);
        if (schedule.StateAt(local) == OpenState.Open)
        {
            return UrgencyTier.OpenNow;
        }

        // The window is at most 24 hours, so the next opening within it falls on one of the next four local dates (three, and one more for a zone that skips a day).
        return schedule.NextOpeningAfter(local, 4) is { } next && next <= OpeningSoonLimit ? UrgencyTier.OpeningSoon : UrgencyTier.Closed;
    }

    public readonly void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(LanguageWords);
        ArrayPool<bool>.Shared.Return(zoneComputed);
        ArrayPool<LocalDateTime>.Shared.Return(zoneTimes);
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
