using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Referrals;

public sealed class NetworkNeedsAssessmentTests
{
    private static readonly NetworkAssessmentScope Scope = new(["north", "south", "east"], "America/Chicago", new LocalDate(2026, 11, 16));

    [Fact]
    public void Adding_a_provider_never_adds_a_gap_or_raises_a_severity() =>
        Properties.ForAll(
            (from network in ReferralGenerators.Networks
             from extra in ReferralGenerators.Provider("zz-added")
             select (network, extra)).ToArbitrary(),
            input =>
            {
                var before = NetworkNeedsAssessment.Assess(input.network, Scope).Gaps.ToDictionary(g => (g.Need, g.Kind), g => g.Severity);
                var after = NetworkNeedsAssessment.Assess(input.network.With(input.extra), Scope).Gaps;
                foreach (var gap in after)
                {
                    Assert.True(before.TryGetValue((gap.Need, gap.Kind), out var severity), $"new gap {gap.Kind} for {gap.Need}");
                    Assert.True(gap.Severity <= severity);
                }
            });

    [Fact]
    public void The_report_is_deterministic_order_independent_and_round_trips_through_json() =>
        Properties.ForAll(ReferralGenerators.Networks.SelectMany(n => Gen.Shuffle(n.Providers.AsEnumerable()), (n, s) => (n, s)).ToArbitrary(), input =>
        {
            var report = NetworkNeedsAssessment.Assess(input.n, Scope);
            Assert.Equal(report, NetworkNeedsAssessment.Assess(new ReferralNetwork([.. input.s]), Scope));
            var json = JsonSerializer.Serialize(report, CoalitionJsonContext.Default.NetworkNeedsReport);
            Assert.Equal(report, JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.NetworkNeedsReport));
        });

    [Fact]
    public void Gaps_are_ranked_by_severity_then_need_then_kind() =>
        Properties.ForAll(ReferralGenerators.Networks.ToArbitrary(), network =>
        {
            var gaps = NetworkNeedsAssessment.Assess(network, Scope).Gaps;
            for (var i = 1; i < gaps.Length; i++)
            {
                var (a, b) = (gaps[i - 1], gaps[i]);
                Assert.True(a.Severity > b.Severity || (a.Severity == b.Severity && (string.CompareOrdinal(a.Need.Code, b.Need.Code) < 0 || (a.Need == b.Need && a.Kind < b.Kind))));
            }
        });

    [Fact]
    public void Coverage_reports_providers_languages_hours_areas_populations_and_single_points_of_failure()
    {
        var weekdays = new WeeklySchedule("America/Chicago", false, [.. Enumerable.Range(1, 5).Select(d => new OpeningHours((IsoDayOfWeek)d, new LocalTime(9, 0), new LocalTime(17, 0)))], []);
        var shelter = new ServiceOffering("shelter", [ServiceNeeds.HousingEmergency])
        {
            Eligibility = new Eligibility(AgeRange.Adults, Genders.Female, Populations.None, Populations.None, TraffickingTypes.Any),
            Languages = [new LanguageCode("en"), new LanguageCode("es")],
            ProvidesInterpretation = true,
            Area = ServiceArea.Of("north"),
            Schedule = weekdays,
            Capacity = new Capacity(CapacityStatus.Available, 2, 10),
        };
        var network = new ReferralNetwork([new Provider("only-shelter", "Example Shelter", Coalition.Domain.Stakeholders.StakeholderCategories.Shelters, [shelter]) { Visibility = LocationVisibility.Confidential, IntakeContact = "+1-555-0100" }]);
        var report = NetworkNeedsAssessment.Assess(network, Scope);
        var housing = report.Needs.Single(n => n.Need == ServiceNeeds.HousingEmergency);
        Assert.Equal(["only-shelter"], housing.ProviderIds.ToArray());
        Assert.Equal(["en", "es"], housing.DirectLanguages.ToArray());
        Assert.Equal(40, housing.OpenHours);
        Assert.Contains(new HourRange(IsoDayOfWeek.Saturday, 0, 24), housing.UncoveredHours);
        Assert.Contains(new HourRange(IsoDayOfWeek.Monday, 0, 9), housing.UncoveredHours);
        Assert.Equal(["east", "south"], housing.UncoveredAreas.ToArray());
        Assert.False(housing.ServesMinors);
        Assert.False(housing.ServesMen);
        Assert.True(housing.ServesForeignNationals);
        var kinds = report.Gaps.Where(g => g.Need == ServiceNeeds.HousingEmergency).Select(g => g.Kind).ToHashSet();
        Assert.Equal(new HashSet<GapKind> { GapKind.No24x7, GapKind.NoServiceForMinors, GapKind.NoServiceForMen, GapKind.AreasUncovered, GapKind.SingleProvider, GapKind.HoursUncovered }, kinds);
        Assert.Equal(105, report.Gaps.Single(g => g.Need == ServiceNeeds.HousingEmergency && g.Kind == GapKind.No24x7).Severity);
        Assert.Contains(report.Gaps, g => g.Need == ServiceNeeds.RepatriationAssistance && g.Kind == GapKind.NotOffered);
        Assert.Equal(GapKind.NotOffered, report.Gaps[0].Kind);
    }

    [Fact]
    public void The_scope_must_start_on_a_monday_in_a_known_zone()
    {
        Assert.Equal("weekStarting", Assert.Throws<ArgumentException>(() => new NetworkAssessmentScope([], "UTC", new LocalDate(2026, 11, 17))).ParamName);
        Assert.Equal("timeZoneId", Assert.Throws<ArgumentException>(() => new NetworkAssessmentScope([], "Nowhere/City", new LocalDate(2026, 11, 16))).ParamName);
    }

    [Fact]
    public void A_national_scope_names_ten_uncovered_areas_and_counts_the_rest()
    {
        // Issue 12: a scope of 3,000 counties with one covered made the description 37,818 characters long, and it threw.
        var counties = Enumerable.Range(0, 3_000).Select(i => $"county-{i:D4}").ToArray();
        var scope = new NetworkAssessmentScope([.. counties], "America/Chicago", new LocalDate(2026, 11, 16));
        var network = new ReferralNetwork([new Provider("p", "Example", Coalition.Domain.Stakeholders.StakeholderCategories.FaithBased, [new ServiceOffering("s", [ServiceNeeds.Food]) { Area = ServiceArea.Of("county-0000") }])]);
        var report = NetworkNeedsAssessment.Assess(network, scope);
        var gap = report.Gaps.Single(g => g.Need == ServiceNeeds.Food && g.Kind == GapKind.AreasUncovered);
        Assert.Equal("No provider in county-0001, county-0002, county-0003, county-0004, county-0005, county-0006, county-0007, county-0008, county-0009, county-0010 and 2989 more.", gap.Description);
        Assert.Equal(2_999, report.Needs.Single(n => n.Need == ServiceNeeds.Food).UncoveredAreas.Length);
    }

    [Fact]
    public void A_need_offered_by_more_than_a_hundred_thousand_providers_is_assessed()
    {
        // Issue 12: coverage lists were capped at 100,000 provider ids, so a national assessment threw.
        var offering = new ServiceOffering("s", [ServiceNeeds.Food]);
        var network = new ReferralNetwork([.. Enumerable.Range(0, 100_001).Select(i => new Provider($"p{i:D6}", "Example", Coalition.Domain.Stakeholders.StakeholderCategories.FaithBased, [offering]))]);
        var coverage = NetworkNeedsAssessment.Assess(network, Scope).Needs.Single(n => n.Need == ServiceNeeds.Food);
        Assert.Equal(100_001, coverage.ProviderIds.Length);
        Assert.Equal(100_001, coverage.Offerings);
    }
}
