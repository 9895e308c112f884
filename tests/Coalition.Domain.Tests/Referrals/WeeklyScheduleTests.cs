using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Tests.Referrals;

public sealed class WeeklyScheduleTests
{
    private static readonly WeeklySchedule Weekdays = new(
        "America/New_York",
        false,
        [.. Enumerable.Range(1, 5).Select(d => new OpeningHours((IsoDayOfWeek)d, new LocalTime(9, 0), new LocalTime(17, 0)))],
        [new Closure(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 27))]);

    [Fact]
    public void Opening_follows_local_time_across_a_daylight_saving_change()
    {
        // 9:00 in New York is 13:00 UTC in summer (EDT) and 14:00 UTC in winter (EST).
        Assert.Equal(OpenState.Open, Weekdays.StateAt(Instant.FromUtc(2026, 10, 30, 13, 0)));
        Assert.Equal(OpenState.Closed, Weekdays.StateAt(Instant.FromUtc(2026, 11, 2, 13, 30)));
        Assert.Equal(OpenState.Open, Weekdays.StateAt(Instant.FromUtc(2026, 11, 2, 14, 0)));
    }

    [Fact]
    public void Closures_close_the_day_and_the_next_opening_skips_them()
    {
        var thanksgivingMorning = Instant.FromUtc(2026, 11, 26, 15, 0);
        Assert.Equal(OpenState.Closed, Weekdays.StateAt(thanksgivingMorning));
        Assert.Equal(Instant.FromUtc(2026, 11, 30, 14, 0), Weekdays.NextOpening(thanksgivingMorning)); // Monday 09:00 EST.
    }

    [Fact]
    public void The_next_opening_of_an_open_service_is_now()
    {
        var now = Instant.FromUtc(2026, 11, 17, 16, 0);
        Assert.Equal(now, Weekdays.NextOpening(now));
        Assert.Equal(Instant.FromUtc(2026, 11, 18, 14, 0), Weekdays.NextOpening(Instant.FromUtc(2026, 11, 17, 23, 0)));
    }

    [Fact]
    public void An_hsds_2359_closing_time_means_open_until_midnight()
    {
        var late = new WeeklySchedule("Europe/London", false, [new OpeningHours(IsoDayOfWeek.Friday, new LocalTime(0, 0), new LocalTime(23, 59))], []);
        Assert.Equal(OpenState.Open, late.StateAt(Instant.FromUtc(2026, 11, 20, 23, 59, 30)));
        Assert.Equal(OpenState.Closed, late.StateAt(Instant.FromUtc(2026, 11, 21, 0, 0)));
    }

    [Fact]
    public void Always_open_is_open_except_on_closures()
    {
        var shelter = new WeeklySchedule("America/Chicago", true, [], [new Closure(new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 25))]);
        Assert.Equal(OpenState.Open, shelter.StateAt(Instant.FromUtc(2026, 11, 22, 3, 0)));
        Assert.Equal(OpenState.Closed, shelter.StateAt(Instant.FromUtc(2026, 12, 25, 18, 0)));
        Assert.Equal(Instant.FromUtc(2026, 12, 26, 6, 0), shelter.NextOpening(Instant.FromUtc(2026, 12, 25, 18, 0)));
    }

    [Fact]
    public void Monthly_openings_fall_on_the_right_weekday_of_the_month()
    {
        // The first Saturday of each month, 10:00 to 14:00, and the last Friday, evenings (Europe/London, UTC in winter).
        var monthly = new WeeklySchedule("Europe/London", false, [],
            [new MonthlyOpening(1, IsoDayOfWeek.Saturday, new LocalTime(10, 0), new LocalTime(14, 0)), new MonthlyOpening(-1, IsoDayOfWeek.Friday, new LocalTime(18, 0), new LocalTime(22, 0))], []);
        Assert.Equal(OpenState.Open, monthly.StateAt(Instant.FromUtc(2026, 12, 5, 11, 0)));   // first Saturday of December
        Assert.Equal(OpenState.Closed, monthly.StateAt(Instant.FromUtc(2026, 12, 12, 11, 0))); // second Saturday
        Assert.Equal(OpenState.Open, monthly.StateAt(Instant.FromUtc(2026, 11, 27, 19, 0)));  // last Friday of November
        Assert.Equal(OpenState.Closed, monthly.StateAt(Instant.FromUtc(2026, 11, 20, 19, 0))); // a Friday, not the last
        Assert.Equal(Instant.FromUtc(2026, 12, 5, 10, 0), monthly.NextOpening(Instant.FromUtc(2026, 11, 28, 9, 0)));
        Assert.True(new MonthlyOpening(5, IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0)).FallsOn(new LocalDate(2026, 11, 30)));
        Assert.Equal("ordinal", Assert.Throws<ArgumentOutOfRangeException>(() => new MonthlyOpening(0, IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0))).ParamName);
        Assert.Equal("monthlyHours", Assert.Throws<ArgumentException>(() => new WeeklySchedule("UTC", true, [], [new MonthlyOpening(1, IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0))], [])).ParamName);
    }

    [Fact]
    public void Bad_schedules_are_rejected_with_the_parameter_named()
    {
        Assert.Equal("timeZoneId", Assert.Throws<ArgumentException>(() => WeeklySchedule.AlwaysOpen("Mars/Olympus_Mons")).ParamName);
        Assert.Equal("hours", Assert.Throws<ArgumentException>(() => new WeeklySchedule("UTC", true, [new OpeningHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0))], [])).ParamName);
        Assert.Equal("closes", Assert.Throws<ArgumentOutOfRangeException>(() => new OpeningHours(IsoDayOfWeek.Monday, new LocalTime(22, 0), new LocalTime(6, 0))).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => new Closure(new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 1))).ParamName);
        Assert.Equal("minimum", Assert.Throws<ArgumentOutOfRangeException>(() => new AgeRange(20, 10)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new LanguageCode("english")).ParamName);
        Assert.Equal("areas", Assert.Throws<ArgumentException>(() => new ServiceArea(false, [])).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentOutOfRangeException>(() => new Capacity(CapacityStatus.Available, 5, 3)).ParamName);
    }
}
