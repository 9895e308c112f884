using System.Collections.Immutable;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>Generates invented referral networks of a given size, deterministically from a seed.</summary>
public static class NetworkGenerator
{
    private static readonly string[] Languages = ["en", "es", "vi", "fr", "ar", "so", "zh", "ht", "pt", "ru", "tl", "ko"];
    private static readonly string[] Zones = ["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"];
    private static readonly StakeholderCategory[] Categories = [.. StakeholderCategories.Catalogue.Where(c => !c.TypicalNeeds.IsEmpty)];

    /// <summary>The number of areas (counties) generated networks span.</summary>
    public const int AreaCount = 50;

    /// <summary>Generates a network with <paramref name="offerings"/> service offerings, two per provider.</summary>
    public static ReferralNetwork Generate(int offerings, int seed = 20261122)
    {
        var random = new Random(seed);
        var needs = ServiceNeeds.Catalogue.Entries;
        var providers = ImmutableArray.CreateBuilder<Provider>(offerings / 2);
        for (var p = 0; p < offerings / 2; p++)
        {
            var category = Categories[random.Next(Categories.Length)];
            var services = ImmutableArray.CreateBuilder<ServiceOffering>(2);
            for (var s = 0; s < 2; s++)
            {
                var offeringNeeds = Enumerable.Range(0, random.Next(1, 4)).Select(_ => needs[random.Next(needs.Length)]).Distinct().ToImmutableArray();
                var ages = random.Next(10) switch { 0 => AgeRange.Minors, 1 or 2 => AgeRange.Adults, _ => AgeRange.Any };
                var genders = random.Next(10) switch { 0 => Genders.Female, 1 => Genders.Male, _ => Genders.Any };
                var required = random.Next(12) == 0 ? Populations.ForeignNational : Populations.None;
                var excluded = random.Next(15) == 0 ? Populations.WithChildren : Populations.None;
                var types = random.Next(8) switch { 0 => TraffickingTypes.Sex, 1 => TraffickingTypes.Labor, _ => TraffickingTypes.Any };
                var languages = Languages.Where((_, i) => i == 0 ? random.Next(10) < 9 : random.Next(8) == 0).Select(l => new LanguageCode(l)).ToImmutableArray();
                var area = random.Next(5) == 0
                    ? ServiceArea.Anywhere
                    : new ServiceArea(false, [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"county-{random.Next(AreaCount):D2}")]);
                var zone = Zones[random.Next(Zones.Length)];
                WeeklySchedule? schedule = random.Next(6) switch
                {
                    0 => null,
                    1 => WeeklySchedule.AlwaysOpen(zone),
                    _ => new WeeklySchedule(zone, false, [.. Enumerable.Range(1, 5).Select(d => new OpeningHours((IsoDayOfWeek)d, new LocalTime(8 + random.Next(3), 0), new LocalTime(16 + random.Next(4), 0)))], []),
                };
                var capacity = random.Next(6) switch
                {
                    0 => new Capacity(CapacityStatus.NoCapacity, 0, 10),
                    1 => new Capacity(CapacityStatus.Waitlist),
                    2 or 3 => new Capacity(CapacityStatus.Available, random.Next(0, 10), 10),
                    _ => Capacity.Unknown,
                };
                services.Add(new ServiceOffering($"s{s}", offeringNeeds)
                {
                    Eligibility = new Eligibility(ages, genders, required, excluded, types),
                    Languages = languages,
                    ProvidesInterpretation = random.Next(3) == 0,
                    Area = area,
                    Schedule = schedule,
                    Capacity = capacity,
                    Cost = CostKind.Free,
                    ReferralMethods = ReferralMethods.Phone,
                    IsCulturallySpecific = random.Next(10) == 0,
                });
            }

            var lawEnforcement = category.IsOrDescendsFrom(StakeholderCategories.LawEnforcement);
            var childAbuseDuty = random.Next(4) == 0;
            providers.Add(new Provider($"provider-{p:D6}", $"Provider {p}", category, services.MoveToImmutable())
            {
                IsLawEnforcementAffiliated = lawEnforcement,
                ReportingDuties = [.. Duties(childAbuseDuty, lawEnforcement)],
                AdheresToStandardOfCare = random.Next(2) == 0,
                HasTraffickingTrainedStaff = random.Next(2) == 0,
                HasLicensedSocialWorkers = random.Next(3) == 0,
                Visibility = random.Next(10) == 0 ? LocationVisibility.Confidential : LocationVisibility.Public,
                Address = $"{p} Example Road",
                IntakeContact = $"intake-{p}@example.invalid",
            });
        }

        return new ReferralNetwork(providers.MoveToImmutable());
    }

    private static IEnumerable<string> Duties(bool childAbuse, bool lawEnforcement)
    {
        if (childAbuse)
        {
            yield return ReportingDuties.ChildAbuseOrNeglect.Code;
        }

        if (lawEnforcement)
        {
            yield return ReportingDuties.LawEnforcementCrimeReport.Code;
        }
    }

    /// <summary>A client with eight needs, half of them immediate, who declined law-enforcement contact.</summary>
    public static ClientProfile Client { get; } = new(
        [
            new ClientNeed(ServiceNeeds.HousingEmergency, NeedUrgency.Immediate),
            new ClientNeed(ServiceNeeds.Food, NeedUrgency.Immediate),
            new ClientNeed(ServiceNeeds.MedicalCareEmergency, NeedUrgency.Immediate),
            new ClientNeed(ServiceNeeds.SafetyPlanning, NeedUrgency.Immediate),
            new ClientNeed(ServiceNeeds.CaseManagement, NeedUrgency.Routine),
            new ClientNeed(ServiceNeeds.LegalRepresentationImmigration, NeedUrgency.Routine),
            new ClientNeed(ServiceNeeds.Employment, NeedUrgency.Routine),
            new ClientNeed(ServiceNeeds.EslClasses, NeedUrgency.Routine),
        ],
        ClientConsent.DeclinesLawEnforcement)
    {
        AgeYears = 27,
        Gender = Genders.Female,
        Languages = [new LanguageCode("es"), new LanguageCode("en")],
        Populations = Populations.ForeignNational,
        TraffickingTypes = TraffickingTypes.Labor,
        Area = "county-07",
    };

    /// <summary>A Tuesday afternoon in the central United States.</summary>
    public static Instant At { get; } = Instant.FromUtc(2026, 11, 17, 20, 0);
}
