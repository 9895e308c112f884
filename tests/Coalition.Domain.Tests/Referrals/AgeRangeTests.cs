using Coalition.Domain.Law;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Referrals;

public sealed class AgeRangeTests
{
    private static Arbitrary<(LocalDate DateOfBirth, int Maximum)> BirthsAndMaxima { get; } =
        (from dob in LawGenerators.Date
         from maximum in Gen.Choose(0, 40)
         select (dob, maximum)).ToArbitrary();

    [Fact]
    public void A_whole_year_maximum_admits_the_day_before_the_next_birthday_and_excludes_the_birthday() =>
        Properties.ForAll(BirthsAndMaxima, input =>
        {
            var (dob, maximum) = input;
            var range = new AgeRange(null, maximum);
            var birthday = LegalAge.Birthday(dob, maximum + 1);
            Assert.True(range.Contains(ClientProfile.AgeOn(dob, birthday.PlusDays(-1))), $"excluded the day before the {maximum + 1}th birthday");
            Assert.False(range.Contains(ClientProfile.AgeOn(dob, birthday)), $"admitted on the {maximum + 1}th birthday");
        });

    [Fact]
    public void A_minimum_admits_from_the_birthday()
    {
        var dob = new LocalDate(2008, 6, 15);
        Assert.False(AgeRange.Adults.Contains(ClientProfile.AgeOn(dob, new LocalDate(2026, 6, 14))));
        Assert.True(AgeRange.Adults.Contains(ClientProfile.AgeOn(dob, new LocalDate(2026, 6, 15))));
    }

    [Fact]
    public void Minors_and_adults_meet_at_the_18th_birthday_without_a_gap_or_an_overlap()
    {
        foreach (var age in new[] { 17m, 17.5m, 17.999m, 18m, 18.001m })
        {
            Assert.NotEqual(AgeRange.Minors.Contains(age), AgeRange.Adults.Contains(age));
        }
    }
}
