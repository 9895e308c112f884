using System.Collections.Immutable;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>
/// Assesses a referral network need by need: who offers it, in which languages, at which hours, where, for whom and with
/// what capacity, and ranks the gaps (see <see cref="NetworkGap"/> for the ranking rule). One pass over the offerings;
/// the weekly hours of each distinct schedule are computed once.
/// </summary>
public static class NetworkNeedsAssessment
{
    private const int HoursPerWeek = 168;

    /// <summary>The most uncovered areas a gap's description names.</summary>
    private const int MaxAreasNamed = 10;

    /// <summary>Assesses a network.</summary>
    /// <param name="network">The referral network.</param>
    /// <param name="scope">The coalition's areas, time zone and week.</param>
    /// <returns>The report, deterministic for the same inputs.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NetworkNeedsReport Assess(ReferralNetwork network, NetworkAssessmentScope scope)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(scope);
        var needs = ServiceNeeds.Catalogue.Entries;
        var accumulators = needs.Select(_ => new Accumulator()).ToArray();
        var needIndex = needs.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        System.Diagnostics.Debug.Assert(needs.Length <= 64, "Served needs are a 64-bit mask.");
        var hourMasks = new Dictionary<WeeklySchedule, UInt192>();
        var hourStarts = Enumerable.Range(0, HoursPerWeek)
            .Select(h => scope.WeekStarting.AtMidnight().PlusHours(h).PlusMinutes(30).InZoneLeniently(scope.Zone).ToInstant())
            .ToArray();
        var areaSet = scope.Areas;

        foreach (var provider in network.Providers)
        {
            foreach (var offering in provider.Services)
            {
                var hours = offering.Schedule is null ? default : HoursOf(offering.Schedule, hourStarts, hourMasks);
                var served = 0UL;
                foreach (var need in offering.Needs)
                {
                    served |= 1UL << needIndex[need];
                    if (need.Parent is { } parent)
                    {
                        served |= 1UL << needIndex[parent];
                    }

                    foreach (var variant in need.Variants)
                    {
                        served |= 1UL << needIndex[variant];
                    }
                }

                for (; served != 0; served &= served - 1)
                {
                    accumulators[System.Numerics.BitOperations.TrailingZeroCount(served)].Add(provider, offering, hours, areaSet);
                }
            }
        }

        var coverage = needs.Select((need, i) => accumulators[i].ToCoverage(need, areaSet)).ToImmutableArray();
        var gaps = coverage.SelectMany(c => GapsOf(c, scope)).OrderByDescending(g => g.Severity).ThenBy(g => g.Need.Code, StringComparer.Ordinal).ThenBy(g => g.Kind).ToImmutableArray();
        return new NetworkNeedsReport(scope, coverage, gaps);
    }

    /// <summary>
    /// Assesses a network and sets demand against supply from referral outcomes: for each need with referrals sent, the
    /// providers and offerings with places against the referrals sent, accepted, rejected (and for lack of capacity) and met.
    /// </summary>
    /// <param name="network">The referral network.</param>
    /// <param name="scope">The coalition's areas, time zone and week.</param>
    /// <param name="outcomes">Referral outcomes (<see cref="ReferralMetrics.Compute"/>).</param>
    /// <returns>The report, deterministic for the same inputs.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NetworkNeedsReport Assess(ReferralNetwork network, NetworkAssessmentScope scope, ReferralMetrics outcomes)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(outcomes);
        var report = Assess(network, scope);
        var rows = outcomes.Rows.ToLookup(r => r.Need);
        var demand = report.Needs
            .Where(c => rows.Contains(c.Need))
            .Select(c =>
            {
                var r = rows[c.Need].ToList();
                return new NeedDemand(
                    c.Need,
                    c.ProviderIds.Length,
                    c.Capacity.Available,
                    r.Sum(x => x.Sent),
                    r.Sum(x => x.Accepted),
                    r.Sum(x => x.Rejected),
                    r.Sum(x => x.RejectionReasons.Where(x => x.Reason == ReferralReason.NoCapacity).Sum(x => x.Count)),
                    r.Sum(x => x.NeedMet),
                    r.Sum(x => x.NeedMet + x.NeedPartlyMet + x.NeedNotMet));
            });
        return report with { DemandAgainstSupply = [.. demand] };
    }

    private static UInt192 HoursOf(WeeklySchedule schedule, Instant[] hourStarts, Dictionary<WeeklySchedule, UInt192> cache)
    {
        if (!cache.TryGetValue(schedule, out var mask))
        {
            for (var h = 0; h < HoursPerWeek; h++)
            {
                if (schedule.StateAt(hourStarts[h]) == OpenState.Open)
                {
                    mask = mask.With(h);
                }
            }

            cache[schedule] = mask;
        }

        return mask;
    }

    private static IEnumerable<NetworkGap> GapsOf(NeedCoverage c, NetworkAssessmentScope scope)
    {
        var factor = c.Need.Horizon == NeedHorizon.Immediate ? 1.5 : 1.0;
        NetworkGap Gap(GapKind kind, double severity, string text) => new(c.Need, kind, Math.Round(severity * factor, 3), text);
        if (c.Offerings == 0)
        {
            yield return Gap(GapKind.NotOffered, 100, $"No provider offers {c.Need.DisplayName.ToLowerInvariant()}.");
        }

        if (c.Capacity.Available + c.Capacity.Waitlist + c.Capacity.Unknown == 0)
        {
            yield return Gap(GapKind.NoCapacity, 80, "No offering has capacity.");
        }

        if (c.Need.Horizon == NeedHorizon.Immediate && !c.Has24x7)
        {
            yield return Gap(GapKind.No24x7, 70, "An immediate need with no 24/7 provider.");
        }

        if (!c.ServesMinors)
        {
            yield return Gap(GapKind.NoServiceForMinors, 60, "No provider accepts minors.");
        }

        if (!c.ServesMen)
        {
            yield return Gap(GapKind.NoServiceForMen, 50, "No provider accepts men.");
        }

        if (!c.ServesForeignNationals)
        {
            yield return Gap(GapKind.NoServiceForForeignNationals, 50, "Every provider excludes foreign nationals.");
        }

        if (!c.ServesLgbtq)
        {
            yield return Gap(GapKind.NoServiceForLgbtq, 50, "Every provider excludes LGBTQ+ people.");
        }

        if (!c.UncoveredAreas.IsEmpty && !scope.Areas.IsEmpty)
        {
            yield return Gap(GapKind.AreasUncovered, 40.0 * c.UncoveredAreas.Length / scope.Areas.Length, $"No provider in {AreaList(c.UncoveredAreas)}.");
        }

        if (c.ProviderIds.Length < 2)
        {
            yield return Gap(GapKind.SingleProvider, 30, c.ProviderIds.Length == 1 ? $"Only one provider ({c.ProviderIds[0]}): a single point of failure." : "No provider at all.");
        }

        if (c.OpenHours < HoursPerWeek)
        {
            yield return Gap(GapKind.HoursUncovered, 20.0 * (HoursPerWeek - c.OpenHours) / HoursPerWeek, $"{HoursPerWeek - c.OpenHours} of 168 weekly hours with no provider known to be open.");
        }
    }

    /// <summary>168 bits, one per hour of the week.</summary>
    /// <summary>
    /// The first areas by name and how many more: a statewide or national scope can leave thousands uncovered, and the
    /// full list is in <see cref="NeedCoverage.UncoveredAreas"/>.
    /// </summary>
    private static string AreaList(ImmutableArray<string> areas) =>
        areas.Length <= MaxAreasNamed
            ? string.Join(", ", areas)
            : FormattableString.Invariant($"{string.Join(", ", areas.Take(MaxAreasNamed))} and {areas.Length - MaxAreasNamed} more");

    private readonly record struct UInt192(ulong A, ulong B, ulong C)
    {
        internal UInt192 With(int hour) => hour switch
        {
            < 64 => this with { A = A | (1UL << hour) },
            < 128 => this with { B = B | (1UL << (hour - 64)) },
            _ => this with { C = C | (1UL << (hour - 128)) },
        };

        internal UInt192 Or(UInt192 other) => new(A | other.A, B | other.B, C | other.C);

        internal bool Has(int hour) => hour switch
        {
            < 64 => (A & (1UL << hour)) != 0,
            < 128 => (B & (1UL << (hour - 64))) != 0,
            _ => (C & (1UL << (hour - 128))) != 0,
        };

        internal int Count => System.Numerics.BitOperations.PopCount(A) + System.Numerics.BitOperations.PopCount(B) + System.Numerics.BitOperations.PopCount(C);
    }

    private sealed class Accumulator
    {
        // Providers arrive in id order (the network keeps them sorted), each with its offerings together.
        private readonly List<string> providers = [];
        private readonly HashSet<string> languages = new(StringComparer.Ordinal);
        private readonly HashSet<string> areas = new(StringComparer.Ordinal);
        private int offerings;
        private int interpretation;
        private bool anywhere;
        private bool always;
        private UInt192 hours;
        private bool minors;
        private bool men;
        private bool foreignNationals;
        private bool lgbtq;
        private int available;
        private int waitlist;
        private int noCapacity;
        private int unknown;

        internal void Add(Provider provider, ServiceOffering offering, UInt192 openHours, ImmutableArray<string> scopeAreas)
        {
            offerings++;
            if (providers.Count == 0 || !ReferenceEquals(providers[^1], provider.Id))
            {
                providers.Add(provider.Id);
            }
            foreach (var language in offering.Languages)
            {
                languages.Add(language.Value);
            }

            interpretation += offering.ProvidesInterpretation ? 1 : 0;
            if (offering.Area.IsAnywhere)
            {
                anywhere = true;
            }
            else
            {
                foreach (var area in offering.Area.Areas)
                {
                    if (scopeAreas.BinarySearch(area, StringComparer.Ordinal) >= 0)
                    {
                        areas.Add(area);
                    }
                }
            }

            always |= offering.Schedule?.IsAlwaysOpen == true;
            hours = hours.Or(openHours);
            var eligibility = offering.Eligibility;
            minors |= eligibility.Ages.Minimum is null or < 18;
            men |= eligibility.Genders.HasFlag(Genders.Male);
            foreignNationals |= !eligibility.ExcludedPopulations.HasFlag(Populations.ForeignNational);
            lgbtq |= !eligibility.ExcludedPopulations.HasFlag(Populations.Lgbtq);
            switch (offering.Capacity.Status)
            {
                case CapacityStatus.Available: available++; break;
                case CapacityStatus.Waitlist: waitlist++; break;
                case CapacityStatus.NoCapacity: noCapacity++; break;
                default: unknown++; break;
            }
        }

        internal NeedCoverage ToCoverage(ServiceNeed need, ImmutableArray<string> scopeAreas) => new(
            need,
            [.. providers],
            offerings,
            [.. languages.Order(StringComparer.Ordinal)],
            interpretation,
            always,
            hours.Count,
            Ranges(hours),
            anywhere ? [] : [.. scopeAreas.Where(a => !areas.Contains(a))],
            minors,
            men,
            foreignNationals,
            lgbtq,
            new CapacitySummary(available, waitlist, noCapacity, unknown));

        private static ImmutableArray<HourRange> Ranges(UInt192 open)
        {
            var ranges = ImmutableArray.CreateBuilder<HourRange>();
            for (var day = 0; day < 7; day++)
            {
                var start = -1;
                for (var hour = 0; hour <= 24; hour++)
                {
                    var closed = hour < 24 && !open.Has((day * 24) + hour);
                    if (closed && start < 0)
                    {
                        start = hour;
                    }
                    else if (!closed && start >= 0)
                    {
                        ranges.Add(new HourRange((IsoDayOfWeek)(day + 1), start, hour));
                        start = -1;
                    }
                }
            }

            return ranges.ToImmutable();
        }
    }
}
