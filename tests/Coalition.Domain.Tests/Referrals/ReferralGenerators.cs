using System.Collections.Immutable;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Referrals;

/// <summary>Generators for invented referral networks and de-identified clients. Small domains make collisions (and gaps) likely.</summary>
internal static class ReferralGenerators
{
    internal static readonly ServiceNeed[] Needs =
    [
        ServiceNeeds.HousingEmergency, ServiceNeeds.Housing, ServiceNeeds.Food, ServiceNeeds.CaseManagement, ServiceNeeds.MedicalCareEmergency,
        ServiceNeeds.LegalRepresentationImmigration, ServiceNeeds.TranslationInterpretation, ServiceNeeds.MentalHealthCare,
        ServiceNeeds.LegalRepresentation, ServiceNeeds.LegalRepresentationCivil,
    ];

    internal static readonly string[] Languages = ["en", "es", "vi", "fr"];
    internal static readonly string[] Areas = ["north", "south", "east"];
    internal static readonly string[] Zones = ["America/Chicago", "Europe/London"];

    internal static readonly StakeholderCategory[] Categories =
    [
        StakeholderCategories.Shelters, StakeholderCategories.LawEnforcementLocal, StakeholderCategories.ChildAdvocacyCenters,
        StakeholderCategories.ChildWelfare, StakeholderCategories.MedicalProviders, StakeholderCategories.LegalServicesImmigration,
        StakeholderCategories.HumanTraffickingPrograms, StakeholderCategories.FaithBased,
    ];

    /// <summary>Duty codes providers may declare: every default, and one no policy defines.</summary>
    internal static readonly string[] DutyCodes = [.. ReportingDuties.Defaults.Codes, "state-specific-duty"];

    internal static readonly Instant Start = Instant.FromUtc(2026, 11, 16, 0, 0);

    private static Gen<ImmutableArray<T>> SubsetOf<T>(IEnumerable<T> items) => Gen.SubListOf(items).Select(l => l.ToImmutableArray());

    private static Gen<ImmutableArray<T>> NonEmptySubsetOf<T>(T[] items) => Gen.SubListOf(items).Where(l => l.Count > 0).Select(l => l.ToImmutableArray());

    private static Gen<bool> Bools { get; } = ArbMap.Default.GeneratorFor<bool>();

    internal static Gen<AgeRange> AgeRanges { get; } = Gen.Elements(AgeRange.Any, AgeRange.Any, AgeRange.Minors, AgeRange.Adults, new AgeRange(12, 17), new AgeRange(12, 24), new AgeRange(17.5m, 30));

    internal static Gen<Eligibility> Eligibilities { get; } =
        from ages in AgeRanges
        from genders in Gen.Elements(Genders.Any, Genders.Any, Genders.Female, Genders.Male | Genders.NonBinary)
        from required in Gen.Elements(Populations.None, Populations.None, Populations.ForeignNational, Populations.Lgbtq)
        from excluded in Gen.Elements(Populations.None, Populations.None, Populations.WithChildren, Populations.Pregnant)
        from types in Gen.Elements(TraffickingTypes.Any, TraffickingTypes.Any, TraffickingTypes.Sex, TraffickingTypes.Labor)
        select new Eligibility(ages, genders, required, excluded & ~required, types);

    internal static Gen<WeeklySchedule?> Schedules { get; } = Gen.OneOf(
        Gen.Constant<WeeklySchedule?>(null),
        Gen.Elements(Zones).Select(z => (WeeklySchedule?)WeeklySchedule.AlwaysOpen(z)),
        Gen.Elements(Zones).Select(z => (WeeklySchedule?)new WeeklySchedule(
            z,
            false,
            [.. Enumerable.Range(1, 5).Select(d => new OpeningHours((IsoDayOfWeek)d, new LocalTime(9, 0), new LocalTime(17, 0)))],
            [new Closure(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 27))])),
        Gen.Elements(Zones).Select(z => (WeeklySchedule?)new WeeklySchedule(
            z,
            false,
            [new OpeningHours(IsoDayOfWeek.Wednesday, new LocalTime(12, 0), new LocalTime(20, 0))],
            [new MonthlyOpening(1, IsoDayOfWeek.Saturday, new LocalTime(10, 0), new LocalTime(14, 0)), new MonthlyOpening(-1, IsoDayOfWeek.Friday, new LocalTime(18, 0), new LocalTime(23, 59))],
            [])));

    internal static Gen<Capacity> Capacities { get; } = Gen.OneOf(
        Gen.Constant(Capacity.Unknown),
        Gen.Elements(CapacityStatus.NoCapacity, CapacityStatus.Waitlist).Select(s => new Capacity(s)),
        Gen.Choose(0, 10).SelectMany(_ => Gen.Choose(0, 10), (a, extra) => new Capacity(CapacityStatus.Available, a, a + extra, Start)));

    internal static Gen<ServiceOffering> Offering(string id) =>
        from needs in NonEmptySubsetOf(Needs).Select(n => n.Take(3).ToImmutableArray())
        from eligibility in Eligibilities
        from languages in SubsetOf(Languages).Select(l => l.Select(x => new LanguageCode(x)).ToImmutableArray())
        from interpretation in Bools
        from area in Gen.OneOf(Gen.Constant(ServiceArea.Anywhere), NonEmptySubsetOf(Areas).Select(a => new ServiceArea(false, a)))
        from schedule in Schedules
        from capacity in Capacities
        from cultural in Bools
        select new ServiceOffering(id, needs)
        {
            Eligibility = eligibility,
            Languages = languages,
            ProvidesInterpretation = interpretation,
            Area = area,
            Schedule = schedule,
            Capacity = capacity,
            Cost = CostKind.Free,
            ReferralMethods = ReferralMethods.Phone,
            IsCulturallySpecific = cultural,
        };

    /// <summary>Accreditations whose last day falls around the generated match instants, so that some expire during the window.</summary>
    internal static Gen<Accreditation> Accreditations { get; } =
        from scope in Gen.Elements(AccreditationScope.Partial, AccreditationScope.Full)
        from day in Gen.Choose(-5, 20)
        select new Accreditation(scope, new LocalDate(2026, 11, 16).PlusDays(day));

    /// <summary>No practice (most providers), or an attorney, accreditations and students in any combination.</summary>
    internal static Gen<ImmigrationPractice?> Practices { get; } = Gen.Frequency(
        (2, Gen.Constant<ImmigrationPractice?>(null)),
        (3, from attorney in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            from accreditations in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Accreditations, n))
            from students in Bools
            select (ImmigrationPractice?)new ImmigrationPractice { HasLicensedAttorney = attorney, Accreditations = [.. accreditations], HasSupervisedStudents = students }));

    internal static Gen<Provider> Provider(string id) =>
        from category in Gen.Elements(Categories)
        from practice in Practices
        from flags in Gen.ArrayOf(Bools, 6)
        from duties in Gen.SubListOf(DutyCodes).Select(d => d.Take(3))
        from count in Gen.Choose(1, 3)
        from offerings in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => Offering($"offering-{i}")))
        select new Provider(id, $"Example provider {id}", category, [.. offerings])
        {
            IsLawEnforcementAffiliated = category.IsOrDescendsFrom(StakeholderCategories.LawEnforcement) || flags[0],
            ReportingDuties = [.. duties],
            AdheresToStandardOfCare = flags[1],
            HasTraffickingTrainedStaff = flags[2],
            HasLicensedSocialWorkers = flags[3],
            Visibility = flags[4] ? LocationVisibility.Confidential : LocationVisibility.Public,
            Address = $"{id} Example Street",
            IntakeContact = flags[5] ? $"intake-{id}@example.invalid" : null,
            ImmigrationPractice = practice,
        };

    internal static Gen<ImmutableArray<Provider>> ProviderLists { get; } =
        Gen.Choose(0, 10).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n).Select(i => Provider($"p{i:D2}"))), (_, list) => list.ToImmutableArray());

    internal static Gen<ReferralNetwork> Networks { get; } = ProviderLists.Select(list => new ReferralNetwork(list));

    internal static Gen<ClientConsent> Consents { get; } =
        from lawEnforcement in Bools
        from restricted in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from share in SubsetOf(Categories.Append(StakeholderCategories.VictimServices))
        from avoids in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new ClientConsent(lawEnforcement, restricted ? share : null) { AvoidsReportingDuties = avoids };

    private static readonly Populations[] KnownPopulations =
        [Populations.None, Populations.ForeignNational, Populations.Lgbtq | Populations.Pregnant, Populations.WithChildren | Populations.ForeignNational];

    private static readonly ClientCircumstances[] CircumstanceSets =
        [ClientCircumstances.None, ClientCircumstances.InjuryFromViolence, ClientCircumstances.SexualAssault | ClientCircumstances.RiskOfHarm, ClientCircumstances.VulnerableAdult];

    internal static Gen<ClientProfile> Clients { get; } =
        from age in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(5, 70).Select(a => (decimal?)a), Gen.Elements<decimal?>(17, 17.5m, 17.999m, 18m))
        from gender in Gen.Elements<Genders?>(null, Genders.Female, Genders.Male, Genders.NonBinary)
        from languages in SubsetOf(Languages.Append("ar")).Select(l => l.Select(x => new LanguageCode(x)).ToImmutableArray())
        from populations in Gen.Elements(KnownPopulations)
        from unknownPopulations in Gen.Elements(Populations.None, Populations.None, Populations.WithChildren, Populations.ForeignNational | Populations.Pregnant)
        from types in Gen.Elements(TraffickingTypes.None, TraffickingTypes.Sex, TraffickingTypes.Labor, TraffickingTypes.Any)
        from area in Gen.Elements<string?>(null, "north", "south", "east", "west")
        from present in Gen.Elements(CircumstanceSets)
        from ruledOut in Gen.Elements(CircumstanceSets)
        from lacksCapacity in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from excludedCategories in Gen.Frequency((4, Gen.Constant(ImmutableArray<StakeholderCategory>.Empty)), (1, SubsetOf(Categories).Select(c => c.Take(2).ToImmutableArray())))
        from excludedProviders in Gen.Frequency((4, Gen.Constant(ImmutableArray<string>.Empty)), (1, SubsetOf(["p00", "p03", "p07"])))
        from needs in NonEmptySubsetOf(Needs.Append(ServiceNeeds.DentalCare).ToArray())
        from urgencies in Gen.ArrayOf(Gen.Elements(NeedUrgency.Immediate, NeedUrgency.Routine), needs.Length)
        from consent in Consents
        select new ClientProfile([.. needs.Select((n, i) => new ClientNeed(n, urgencies[i]))], consent)
        {
            AgeYears = age,
            Gender = gender,
            Languages = languages,
            Populations = populations,
            UnknownPopulations = unknownPopulations & ~populations,
            TraffickingTypes = types,
            Area = area,
            Circumstances = present,
            RuledOutCircumstances = ruledOut & ~present,
            LacksDecisionCapacity = lacksCapacity,
            ExcludedCategories = excludedCategories,
            ExcludedProviders = excludedProviders,
        };

    /// <summary>The default policy, and policies that state duties as certain, narrow the window or add a custom duty.</summary>
    internal static Gen<ReferralPolicy> Policies { get; } = Gen.Elements(
        ReferralPolicy.Default,
        ReferralPolicy.Default with { CertainDuties = [ReportingDuties.ChildAbuseOrNeglect.Code, ReportingDuties.LawEnforcementCrimeReport.Code, ReportingDuties.InjuryFromViolence.Code] },
        ReferralPolicy.Default with { OpeningSoonWindow = Duration.FromHours(12), AllowInterpretation = false },
        ReferralPolicy.Default with
        {
            ReportingDuties = [.. ReportingDuties.Defaults, new ReportingDuty("state-specific-duty", "A state duty", DutyTrigger.Minor, DutyBasis.State) { Receivers = "the state", Notice = "Staff must report to the state.", Source = "State law" }],
            CertainDuties = ["state-specific-duty"],
        });

    internal static Gen<Instant> Instants { get; } = Gen.Choose(0, 14 * 24 * 4).Select(q => Start.Plus(Duration.FromMinutes(q * 15)));

    internal static Arbitrary<(ReferralNetwork Network, ClientProfile Client, Instant At)> Scenarios { get; } =
        (from network in Networks
         from client in Clients
         from at in Instants
         select (network, client, at)).ToArbitrary();

    internal static Arbitrary<(ReferralNetwork Network, ClientProfile Client, Instant At, ReferralPolicy Policy)> ScenariosWithPolicies { get; } =
        (from network in Networks
         from client in Clients
         from at in Instants
         from policy in Policies
         select (network, client, at, policy)).ToArbitrary();
}
