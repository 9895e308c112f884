using System.Collections.Immutable;
using Coalition.Domain.Coalitions;
using Coalition.Domain.FourP;
using Coalition.Domain.Needs;
using Coalition.Domain.Operations;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Tests.Operations;

/// <summary>An invented county coalition with a hotel protocol, two agreements (one expired) and the Hotel-Motel project.</summary>
internal static class OperationsExamples
{
    internal const string Advocates = "Example Freedom Path";
    internal const string ChildServices = "Example County Children's Services";
    internal const string Police = "Example City Police";
    internal const string Shelter = "Example Harbor House";
    internal const string HotelAssociation = "Example Hotel Association";

    internal static readonly LocalDate Today = new(2026, 11, 23);
    internal static readonly LocalDate HotelTraining = new(2026, 5, 23);

    internal static ImmutableArray<CoalitionMember> Members { get; } =
    [
        new(Advocates, StakeholderCategories.HumanTraffickingPrograms, []),
        new(ChildServices, StakeholderCategories.ChildWelfare, []),
        new(Police, StakeholderCategories.LawEnforcementLocal, []),
        new(Shelter, StakeholderCategories.Shelters, []),
        new(HotelAssociation, StakeholderCategories.Hospitality, []),
    ];

    internal static ProtocolStep Step(ProtocolAction action, StakeholderCategory performer, int hours, StepConditions when = StepConditions.None, LawEnforcementBasis basis = LawEnforcementBasis.None) =>
        new(action, [performer], Duration.FromHours(hours)) { AppliesWhen = when, Basis = basis };

    internal static PointProtocol HotelProtocol { get; } = new(IdentificationPoints.HotelMotelStaff,
    [
        Step(ProtocolActions.EnsureSafety, StakeholderCategories.HumanTraffickingPrograms, 1),
        Step(ProtocolActions.ReportToChildProtection, StakeholderCategories.ChildWelfare, 24, StepConditions.Minor | StepConditions.PossibleMinor),
        Step(ProtocolActions.ContactAdvocate, StakeholderCategories.HumanTraffickingPrograms, 4),
        Step(ProtocolActions.MatchAndRefer, StakeholderCategories.HumanTraffickingPrograms, 24),
        Step(ProtocolActions.NotifyLawEnforcement, StakeholderCategories.LawEnforcementLocal, 72, basis: LawEnforcementBasis.Consent),
        Step(ProtocolActions.FollowUp, StakeholderCategories.HumanTraffickingPrograms, 168),
    ]);

    internal static PointProtocol OutreachProtocol { get; } = new(IdentificationPoints.Outreach,
    [
        Step(ProtocolActions.WorkerSafety, StakeholderCategories.HumanTraffickingPrograms, 1),
        Step(ProtocolActions.EnsureSafety, StakeholderCategories.HumanTraffickingPrograms, 1),
        Step(ProtocolActions.ReportToChildProtection, StakeholderCategories.ChildWelfare, 24, StepConditions.Minor | StepConditions.PossibleMinor),
        Step(ProtocolActions.MatchAndRefer, StakeholderCategories.HumanTraffickingPrograms, 24),
    ]);

    internal static ResponseProtocol Protocol { get; } = new("Example County response protocol", [HotelProtocol, OutreachProtocol]);

    internal static Agreement ChildServicesAgreement { get; } = new("mou-child-services", [Advocates, ChildServices], new LocalDate(2026, 1, 1), AgreementDataSharing.WithClientRelease)
    {
        End = new LocalDate(2027, 12, 31),
        ReviewBy = new LocalDate(2027, 6, 30),
        Steps = ["*/report-child-protection", "*/contact-advocate", "*/match-and-refer"],
    };

    internal static Agreement PoliceAgreement { get; } = new("mou-police", [Advocates, Police], new LocalDate(2025, 1, 1), AgreementDataSharing.WithClientRelease)
    {
        End = new LocalDate(2026, 10, 31),
        Steps = ["*/notify-law-enforcement", "*/follow-up"],
        Needs = [ServiceNeeds.SafetyPlanning],
    };

    internal static ImmutableArray<TargetVenue> Hotels { get; } =
        [.. Enumerable.Range(1, 120).Select(i => new TargetVenue($"Example Hotel {i:D3}", TrainingProgrammes.HotelMotel, 20))];

    internal static ImmutableArray<TrainingRecord> HotelRecords { get; } =
        [.. Enumerable.Range(1, 40).Select(i => new TrainingRecord($"Example Hotel {i:D3}", TrainingProgrammes.HotelMotel, HotelTraining, 20, 20))];

    internal static TrainingPolicy SixtyPercentTurnover { get; } = new() { AnnualTurnover = 0.6 };

    internal static CoalitionOperations ExampleOperations { get; } = new(Today)
    {
        IdentificationPoints = [IdentificationPoints.HotelMotelStaff, IdentificationPoints.Outreach, IdentificationPoints.HotlineCall],
        Protocol = Protocol,
        Agreements = [ChildServicesAgreement, PoliceAgreement],
        TrainingRecords = [.. HotelRecords, new TrainingRecord(Advocates, TrainingProgrammes.ServiceProviders, new LocalDate(2026, 3, 1), 8, 10)],
        TargetVenues = Hotels,
        TrainingPolicy = SixtyPercentTurnover,
        Campaigns =
        [
            new AwarenessCampaign("Example community night", Audience.Public, CampaignChannels.CommunityEvent | CampaignChannels.Print, new LocalDate(2026, 1, 10), new LocalDate(2026, 1, 10), Pillars.Prevention)
            {
                Languages = [new LanguageCode("en"), new LanguageCode("es")],
                DataSources = ["National Human Trafficking Hotline statistics"],
            },
        ],
        CommunityLanguages = [new LanguageCode("en"), new LanguageCode("es"), new LanguageCode("vi")],
        KnowledgeAssessments = [new KnowledgeAssessment(Audience.HotelMotelStaff, new LocalDate(2026, 6, 1), 50, 41)],
    };

    internal static CoalitionProfile ExampleCoalition(CoalitionOperations? operations = null) =>
        new("Example County Coalition", "example-county", Members, [new Committee("Hotel-Motel", [Pillars.Prevention], true) { FocusAreas = FocusAreas.HotelMotel }],
            Leadership.None, true, MeetingCadence.Monthly, true, [], MediaEngagement.None, SurvivorParticipation.None, [], [], null)
        {
            Operations = operations ?? ExampleOperations,
        };
}
