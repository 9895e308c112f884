using System.Collections.Immutable;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>
/// Generates an invented national directory, about the size of all 211 listings in the United States: 3,000 counties in
/// six US time zones, providers with one to three offerings, needs with a realistic skew (food and case management common,
/// forensic exams rare), languages (English nearly everywhere, Spanish often, others rarely), schedules and capacities.
/// Most offerings serve one county or a few neighbouring ones; about one in two hundred serves anywhere (national lines).
/// Deterministic from the seed. Identical values (schedules, eligibility, language lists, one-county areas) are shared
/// between offerings, as an importer that interns them would.
/// </summary>
public static class NationalDirectory
{
    /// <summary>The number of counties.</summary>
    public const int CountyCount = 3_000;

    private static readonly (string Zone, double Share)[] Zones =
    [
        ("America/New_York", 0.42), ("America/Chicago", 0.30), ("America/Denver", 0.08), ("America/Los_Angeles", 0.18), ("America/Anchorage", 0.01), ("Pacific/Honolulu", 0.01),
    ];

    private static readonly Dictionary<ServiceNeed, double> Weights = new()
    {
        [ServiceNeeds.Food] = 14,
        [ServiceNeeds.CaseManagement] = 12,
        [ServiceNeeds.Clothing] = 7,
        [ServiceNeeds.HousingEmergency] = 5,
        [ServiceNeeds.HousingTransitional] = 3,
        [ServiceNeeds.HousingPermanent] = 3,
        [ServiceNeeds.MedicalCare] = 6,
        [ServiceNeeds.MentalHealthCare] = 6,
        [ServiceNeeds.SubstanceAbuseServices] = 4,
        [ServiceNeeds.Transportation] = 4,
        [ServiceNeeds.PublicBenefits] = 5,
        [ServiceNeeds.Employment] = 4,
        [ServiceNeeds.EslClasses] = 2,
        [ServiceNeeds.LegalRepresentationImmigration] = 0.8,
        [ServiceNeeds.SafetyPlanning] = 1.5,
        [ServiceNeeds.CrisisIntervention] = 2,
        [ServiceNeeds.MedicalCareEmergency] = 1,
        [ServiceNeeds.SexualAssaultForensicExam] = 0.15,
        [ServiceNeeds.RepatriationAssistance] = 0.05,
    };

    private static readonly string[] RareLanguages = ["vi", "zh", "ar", "ht", "fr", "ko", "tl", "ru", "pt", "so"];

    /// <summary>Gets a county's code.</summary>
    public static string County(int index) => $"county-{index:D4}";

    /// <summary>Generates a directory with about <paramref name="offerings"/> offerings.</summary>
    public static ReferralNetwork Generate(int offerings, int seed = 20261123)
    {
        var random = new Random(seed);
        var needs = ServiceNeeds.Catalogue.Entries.ToArray();
        var cumulative = new double[needs.Length];
        for (var (i, sum) = (0, 0.0); i < needs.Length; i++)
        {
            sum += Weights.GetValueOrDefault(needs[i], 1);
            cumulative[i] = sum;
        }

        ServiceNeed PickNeed()
        {
            var x = random.NextDouble() * cumulative[^1];
            var i = Array.BinarySearch(cumulative, x);
            return needs[i < 0 ? ~i : i];
        }

        var counties = Enumerable.Range(0, CountyCount).Select(County).ToArray();
        var countyZone = new int[CountyCount];
        for (var (c, z, edge) = (0, 0, Zones[0].Share * CountyCount); c < CountyCount; c++)
        {
            while (c >= edge && z < Zones.Length - 1)
            {
                edge += Zones[++z].Share * CountyCount;
            }

            countyZone[c] = z;
        }

        var oneCounty = counties.Select(c => new ServiceArea(false, [c])).ToArray();
        var schedules = Zones.Select(z => new WeeklySchedule?[]
        {
            null,
            WeeklySchedule.AlwaysOpen(z.Zone),
            new WeeklySchedule(z.Zone, false, [.. Enumerable.Range(1, 5).Select(d => new OpeningHours((IsoDayOfWeek)d, new LocalTime(9, 0), new LocalTime(17, 0)))], []),
            new WeeklySchedule(z.Zone, false, [.. Enumerable.Range(1, 5).Select(d => new OpeningHours((IsoDayOfWeek)d, new LocalTime(8, 0), new LocalTime(20, 0)))], []),
            new WeeklySchedule(z.Zone, false, [.. Enumerable.Range(1, 6).Select(d => new OpeningHours((IsoDayOfWeek)d, new LocalTime(10, 0), new LocalTime(14, 0)))], []),
        }).ToArray();
        var english = ImmutableArray.Create(new LanguageCode("en"));
        var englishSpanish = ImmutableArray.Create(new LanguageCode("en"), new LanguageCode("es"));
        var rare = RareLanguages.Select(l => ImmutableArray.Create(new LanguageCode("en"), new LanguageCode(l))).ToArray();
        var eligibilities = new[]
        {
            Eligibility.Everyone,
            new Eligibility(AgeRange.Adults, Genders.Any, Populations.None, Populations.None, TraffickingTypes.Any),
            new Eligibility(AgeRange.Minors, Genders.Any, Populations.None, Populations.None, TraffickingTypes.Any),
            new Eligibility(AgeRange.Any, Genders.Female, Populations.None, Populations.None, TraffickingTypes.Any),
            new Eligibility(AgeRange.Any, Genders.Any, Populations.ForeignNational, Populations.None, TraffickingTypes.Any),
        };
        var capacities = Enumerable.Range(0, 21).Select(k => new Capacity(CapacityStatus.Available, k, 20)).ToArray();
        var categories = StakeholderCategories.Catalogue.Where(c => !c.TypicalNeeds.IsEmpty).ToArray();
        var offeringIds = new[] { "s0", "s1", "s2" };

        var providers = ImmutableArray.CreateBuilder<Provider>(offerings / 2);
        var made = 0;
        for (var p = 0; made < offerings; p++)
        {
            var county = random.Next(CountyCount);
            var zone = countyZone[county];
            var count = Math.Min(offerings - made, 1 + (random.Next(10) switch { < 5 => 0, < 8 => 1, _ => 2 }));
            var services = ImmutableArray.CreateBuilder<ServiceOffering>(count);
            for (var s = 0; s < count; s++)
            {
                var offeringNeeds = Enumerable.Range(0, random.Next(10) < 6 ? 1 : random.Next(2, 4)).Select(_ => PickNeed()).Distinct().ToImmutableArray();
                var area = random.Next(200) switch
                {
                    0 => ServiceArea.Anywhere,
                    < 140 => oneCounty[county],
                    _ => new ServiceArea(false, [.. Enumerable.Range(0, random.Next(2, 4)).Select(k => counties[Math.Min(CountyCount - 1, county + k)]).Distinct()]),
                };
                services.Add(new ServiceOffering(offeringIds[s], offeringNeeds)
                {
                    Eligibility = eligibilities[random.Next(10) switch { < 6 => 0, 6 => 1, 7 => 2, 8 => 3, _ => 4 }],
                    Languages = random.Next(20) switch { < 11 => english, < 18 => englishSpanish, _ => rare[random.Next(rare.Length)] },
                    ProvidesInterpretation = random.Next(4) == 0,
                    Area = area,
                    Schedule = schedules[zone][random.Next(5)],
                    Capacity = random.Next(4) switch { 0 => Capacity.Unknown, 1 => new Capacity(CapacityStatus.Waitlist), _ => capacities[random.Next(capacities.Length)] },
                    Cost = CostKind.Free,
                    ReferralMethods = ReferralMethods.Phone,
                    IsCulturallySpecific = random.Next(20) == 0,
                });
            }

            made += count;
            var category = categories[random.Next(categories.Length)];
            var lawEnforcement = category.IsOrDescendsFrom(StakeholderCategories.LawEnforcement);
            var built = services.MoveToImmutable();
            providers.Add(new Provider($"provider-{p:D7}", $"Provider {p}", category, built)
            {
                IsLawEnforcementAffiliated = lawEnforcement,
                ReportingDuties = random.Next(4) == 0 ? [ReportingDuties.ChildAbuseOrNeglect.Code] : [],
                AdheresToStandardOfCare = random.Next(2) == 0,
                HasTraffickingTrainedStaff = random.Next(2) == 0,
                HasLicensedSocialWorkers = random.Next(3) == 0,
                Visibility = random.Next(10) == 0 ? LocationVisibility.Confidential : LocationVisibility.Public,
                IntakeContact = "intake@example.invalid",
                ImmigrationPractice = PracticeFor(p, built),
            });
        }

        return new ReferralNetwork(providers.ToImmutable());
    }

    /// <summary>
    /// Who may represent in immigration matters, for providers offering immigration legal representation: seven in ten have
    /// an attorney, two a current accreditation (full or partial), one an expired one. Derived from the provider's index, not
    /// the random stream, so the rest of the directory is the same as before practices existed.
    /// </summary>
    private static ImmigrationPractice? PracticeFor(int provider, ImmutableArray<ServiceOffering> services)
    {
        if (!services.Any(s => s.Needs.Contains(ServiceNeeds.LegalRepresentationImmigration) || s.Needs.Contains(ServiceNeeds.LegalRepresentation)))
        {
            return null;
        }

        return (provider % 10) switch
        {
            < 7 => new ImmigrationPractice { HasLicensedAttorney = true },
            7 => new ImmigrationPractice { Accreditations = [new Accreditation(AccreditationScope.Full, new LocalDate(2028, 6, 30))] },
            8 => new ImmigrationPractice { Accreditations = [new Accreditation(AccreditationScope.Partial, new LocalDate(2027, 6, 30))] },
            _ => new ImmigrationPractice { Accreditations = [new Accreditation(AccreditationScope.Full, new LocalDate(2026, 1, 31))] },
        };
    }

    /// <summary>The benchmark client (eight needs, half immediate) placed in one county of the national directory.</summary>
    public static ClientProfile Client { get; } = NetworkGenerator.Client with { Area = County(1_234) };
}
