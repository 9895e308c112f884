using Coalition.Domain.Law;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Law;

public sealed class LegalAgeTests
{
    [Fact]
    public void Age_agrees_with_Period_Between_except_for_29_February_births() =>
        Properties.ForAll(LawGenerators.Date.SelectMany(_ => Gen.Choose(0, 12000), (dob, days) => (dob, date: dob.PlusDays(days))).ToArbitrary(), input =>
        {
            var (dob, date) = input;
            var nodaTime = Period.Between(dob, date, PeriodUnits.Years).Years;
            var ours = LegalAge.YearsOn(dob, date);
            var isLeapDayBirth = dob.Month == 2 && dob.Day == 29;
            var isFebruary28OfNonLeapYear = date.Month == 2 && date.Day == 28 && !CalendarSystem.Iso.IsLeapYear(date.Year);
            if (isLeapDayBirth && isFebruary28OfNonLeapYear && date.Year > dob.Year)
            {
                Assert.Equal(nodaTime - 1, ours); // The protective rule: the birthday is 1 March.
            }
            else
            {
                Assert.Equal(nodaTime, ours);
            }
        });

    [Fact]
    public void The_18th_birthday_is_the_first_day_the_person_is_not_a_minor() =>
        Properties.ForAll(LawGenerators.Date.ToArbitrary(), dob =>
        {
            var birthday = LegalAge.EighteenthBirthday(dob);
            Assert.Equal(18, LegalAge.YearsOn(dob, birthday));
            Assert.Equal(17, LegalAge.YearsOn(dob, birthday.PlusDays(-1)));
            var age = AgeEvidence.FromDateOfBirth(dob);
            Assert.Equal(FactStatus.RuledOut, LegalAge.Minority(age, ConductPeriod.On(birthday)).Status);
            Assert.Equal(FactStatus.Established, LegalAge.Minority(age, ConductPeriod.On(birthday.PlusDays(-1))).Status);
        });

    [Theory]
    [InlineData(2026, 3, 1)]
    [InlineData(2027, 3, 1)]
    [InlineData(2028, 2, 29)]
    public void A_person_born_on_29_February_turns_18_on_1_March_in_a_non_leap_year(int year, int month, int day)
    {
        var dob = new LocalDate(year - 18, 2, 29 - (CalendarSystem.Iso.IsLeapYear(year - 18) ? 0 : 1));
        if (dob.Day != 29)
        {
            // Only 29 February births are in question; pick the nearest leap-year birth instead.
            dob = new LocalDate(2008, 2, 29);
            Assert.Equal(new LocalDate(2026, 3, 1), LegalAge.EighteenthBirthday(dob));
            return;
        }

        Assert.Equal(new LocalDate(year, month, day), LegalAge.EighteenthBirthday(dob));
    }

    [Fact]
    public void The_29_February_rule_on_named_dates()
    {
        var dob = new LocalDate(2008, 2, 29);
        Assert.Equal(new LocalDate(2026, 3, 1), LegalAge.EighteenthBirthday(dob));
        Assert.Equal(17, LegalAge.YearsOn(dob, new LocalDate(2026, 2, 28)));
        Assert.Equal(18, LegalAge.YearsOn(dob, new LocalDate(2026, 3, 1)));
        Assert.Equal(new LocalDate(2028, 2, 29), LegalAge.Birthday(dob, 20));
        Assert.Equal(new LocalDate(2024, 5, 10), LegalAge.EighteenthBirthday(new LocalDate(2006, 5, 10)));
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_their_names()
    {
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => LegalAge.Birthday(new LocalDate(2000, 1, 1), -1)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => LegalAge.YearsOn(new LocalDate(2000, 1, 1), new LocalDate(1999, 12, 31))).ParamName);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ConductPeriod(new LocalDate(2024, 2, 1), new LocalDate(2024, 1, 1)));
        Assert.Equal("end", ex.ParamName);
        Assert.Equal("dateOfBirth", Assert.Throws<ArgumentException>(() => AgeEvidence.FromDateOfBirth(new LocalDate(2000, 1, 1, CalendarSystem.Julian))).ParamName);
    }

    [Fact]
    public void Minority_without_conduct_dates_is_unknown_but_age_kinds_decide_it()
    {
        Assert.Equal(FactStatus.Unknown, LegalAge.Minority(AgeEvidence.FromDateOfBirth(new LocalDate(2010, 1, 1)), null).Status);
        Assert.Equal(FactStatus.Established, LegalAge.Minority(AgeEvidence.UnderEighteen, null).Status);
        Assert.Equal(FactStatus.RuledOut, LegalAge.Minority(AgeEvidence.EighteenOrOver, null).Status);
        Assert.Equal(FactStatus.Unknown, LegalAge.Minority(AgeEvidence.Unknown, ConductPeriod.On(new LocalDate(2024, 1, 1))).Status);
    }
}
