using System.Reflection;
using System.Text.Json;
using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Screening;
using Coalition.Domain.Serialization;
using Coalition.Domain.Sources;
using Coalition.Domain.Stakeholders;
using Coalition.Domain.Typology;

namespace Coalition.Domain.Tests.Conventions;

/// <summary>Conventions checked by reflection over every public type (after NodaTime's and MoreLINQ's convention tests).</summary>
public sealed class ConventionTests
{
    private static readonly Assembly[] Libraries = [typeof(ICatalogueEntry).Assembly, typeof(Coalition.Domain.OpenReferral.HsdsImporter).Assembly];

    /// <summary>Sample values for parameters and instances, by type. A new public type that needs one fails the null test until it is added here.</summary>
    private static Coalition.Domain.Referrals.Lifecycle.Referral SampleReferral => Coalition.Domain.Referrals.Lifecycle.Referral.SelfReferral(
        "referral-1", "client-1", ServiceNeeds.Food, Coalition.Domain.Referrals.Clients.NeedUrgency.Routine, "provider-1", "s1", "advocate", NodaTime.Instant.FromUtc(1970, 1, 1, 0, 0));

    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(string)] = "sample",
        [typeof(Type)] = typeof(object),
        [typeof(JsonSerializerOptions)] = JsonSerializerOptions.Default,
        [typeof(Utf8JsonWriter)] = new Utf8JsonWriter(Stream.Null),
        [typeof(Pillar)] = Pillars.Protection,
        [typeof(PillarCycle)] = Pillars.Cycle,
        [typeof(CycleStep)] = Pillars.Cycle.Steps[0],
        [typeof(ServiceNeed)] = ServiceNeeds.Food,
        [typeof(CriminalJusticeNeed)] = CriminalJusticeNeeds.Catalogue[0],
        [typeof(StakeholderCategory)] = StakeholderCategories.Shelters,
        [typeof(MembershipChecklist)] = MembershipChecklists.Ohio,
        [typeof(SourceDocument)] = SourceDocuments.OhioCoalitionModel,
        [typeof(PublicCode)] = ServiceNeeds.Food.PublicCodes[0],
        [typeof(Catalogue<ServiceNeed>)] = ServiceNeeds.Catalogue,
        [typeof(CatalogueEntry<ServiceNeed>)] = ServiceNeeds.Food,
        [typeof(CatalogueEntryJsonConverter<ServiceNeed>)] = new CatalogueEntryJsonConverter<ServiceNeed>(),
        [typeof(KebabCaseEnumJsonConverter<NeedHorizon>)] = new KebabCaseEnumJsonConverter<NeedHorizon>(),
        [typeof(CoalitionJsonContext)] = CoalitionJsonContext.Default,
        [typeof(IProgress<Coalition.Domain.OpenReferral.HsdsImportProgress>)] = new Progress<Coalition.Domain.OpenReferral.HsdsImportProgress>(),
        [typeof(Stream)] = Stream.Null,
        [typeof(Coalition.Domain.Planning.PlanBudget)] = Coalition.Domain.Planning.PlanBudget.Operations(10),
        [typeof(CaseFacts)] = CaseFacts.Empty.Establish(CaseFact.Force),
        [typeof(CaseFact[])] = new[] { CaseFact.Force },
        [typeof(AgeEvidence)] = AgeEvidence.UnderEighteen,
        [typeof(ConductPeriod)] = ConductPeriod.On(new NodaTime.LocalDate(2024, 1, 1)),
        [typeof(Rule)] = Rule.Fact(CaseFact.Force),
        [typeof(Rule[])] = new[] { Rule.Fact(CaseFact.Force) },
        [typeof(ElementDefinition)] = LegalFrameworks.Tvpa.Offences[0].Elements[0],
        [typeof(IEnumerable<ElementDefinition>)] = LegalFrameworks.Tvpa.Offences[0].Elements,
        [typeof(OffenceDefinition)] = LegalFrameworks.Tvpa.Offences[0],
        [typeof(IEnumerable<OffenceDefinition>)] = LegalFrameworks.Tvpa.Offences,
        [typeof(LegalFramework)] = LegalFrameworks.Tvpa,
        [typeof(ILegalFramework)] = LegalFrameworks.Tvpa,
        [typeof(Assessment)] = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty),
        [typeof(OffenceAssessment)] = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty).Offences[0],
        [typeof(ElementAssessment)] = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty).Offences[0].Elements[0],
        [typeof(DecidingSet)] = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty).Offences[0].DecidingSets[0],
        [typeof(MinorityFinding)] = LegalAge.Minority(AgeEvidence.UnderEighteen, null),
        [typeof(Indicator)] = Indicators.Get("documents-withheld"),
        [typeof(IEnumerable<Indicator>)] = new[] { Indicators.Get("documents-withheld") },
        [typeof(IEnumerable<CaseFact>)] = Array.Empty<CaseFact>(),
        [typeof(ScreeningResult)] = Screener.Screen([Indicators.Get("documents-withheld")]),
        [typeof(FactSuggestion)] = Screener.Screen([Indicators.Get("physical-threats")]).Suggestions[0],
        [typeof(PolarisType)] = PolarisTypology.Catalogue[0],
        [typeof(LocalDateJsonConverter)] = new LocalDateJsonConverter(),
        [typeof(NodaPatternJsonConverter<NodaTime.LocalDate>)] = new LocalDateJsonConverter(),
        [typeof(InstantJsonConverter)] = new InstantJsonConverter(),
        [typeof(CaseFactsJsonConverter)] = new CaseFactsJsonConverter(),
        [typeof(LocalTimeJsonConverter)] = new LocalTimeJsonConverter(),
        [typeof(LanguageCodeJsonConverter)] = new LanguageCodeJsonConverter(),
        [typeof(AgeRange)] = AgeRange.Any,
        [typeof(Eligibility)] = Eligibility.Everyone,
        [typeof(ServiceArea)] = ServiceArea.Anywhere,
        [typeof(string[])] = new[] { "north" },
        [typeof(WeeklySchedule)] = WeeklySchedule.AlwaysOpen("UTC"),
        [typeof(OpeningHours)] = new OpeningHours(NodaTime.IsoDayOfWeek.Monday, new NodaTime.LocalTime(9, 0), new NodaTime.LocalTime(17, 0)),
        [typeof(MonthlyOpening)] = new MonthlyOpening(1, NodaTime.IsoDayOfWeek.Saturday, new NodaTime.LocalTime(9, 0), new NodaTime.LocalTime(17, 0)),
        [typeof(Closure)] = new Closure(new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2026, 1, 1)),
        [typeof(Capacity)] = Capacity.Unknown,
        [typeof(IEnumerable<ServiceNeed>)] = new[] { ServiceNeeds.Food },
        [typeof(IEnumerable<Coalition.Domain.Referrals.Lifecycle.ConsentingParty>)] = new[] { Coalition.Domain.Referrals.Lifecycle.ConsentingParty.Client },
        [typeof(Coalition.Domain.Referrals.Lifecycle.ConsentRelease)] = Coalition.Domain.Referrals.Lifecycle.ConsentRelease.Create(
            "release-1", "client-1", "provider-1", Coalition.Domain.Referrals.Lifecycle.ReleaseScope.Needs, [ServiceNeeds.Food], NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0),
            NodaTime.Instant.FromUtc(2026, 1, 31, 0, 0), Coalition.Domain.Referrals.Lifecycle.ConsentMethod.Written, Coalition.Domain.Referrals.Lifecycle.ReleaseClientStatus.Adult,
            [Coalition.Domain.Referrals.Lifecycle.ConsentingParty.Client]),
        [typeof(Coalition.Domain.Referrals.Lifecycle.ConsentPolicy)] = Coalition.Domain.Referrals.Lifecycle.ConsentPolicy.Default,
        [typeof(Coalition.Domain.Protections.ImmigrationFacts)] = Coalition.Domain.Protections.ImmigrationFacts.Unknown,
        [typeof(Coalition.Domain.Protections.ProtectionRecord)] = Coalition.Domain.Protections.ProtectionRecord.None,
        [typeof(Coalition.Domain.Protections.NeedSuggestion)] = new Coalition.Domain.Protections.NeedSuggestion(Domain.Needs.ServiceNeeds.LegalRepresentationImmigration, Coalition.Domain.Protections.NeedSuggestion.ProtectionAssessmentSource, [Coalition.Domain.Protections.Protection.TVisa], "Invented reason."),
        [typeof(Coalition.Domain.Reporting.CaseRecord)] = new Coalition.Domain.Reporting.CaseRecord("case-1", new Coalition.Domain.Reporting.YearQuarter(2026, 1)),
        [typeof(IEnumerable<Coalition.Domain.Reporting.CaseRecord>)] = new[] { new Coalition.Domain.Reporting.CaseRecord("case-1", new Coalition.Domain.Reporting.YearQuarter(2026, 1)) },
        [typeof(Coalition.Domain.Reporting.DisclosurePolicy)] = Coalition.Domain.Reporting.DisclosurePolicy.Default,
        [typeof(IEnumerable<Coalition.Domain.Reporting.ReportDefinition>)] = Array.Empty<Coalition.Domain.Reporting.ReportDefinition>(),
        [typeof(IEnumerable<string>)] = new[] { "north" },
        [typeof(Coalition.Domain.Reporting.ReportDefinition)] = new Coalition.Domain.Reporting.ReportDefinition("t", [Coalition.Domain.Reporting.ReportDimension.Gender]),
        [typeof(Coalition.Domain.Reporting.ReleaseTable)] = new Coalition.Domain.Reporting.ReleaseTable(new Coalition.Domain.Reporting.ReportDefinition("t", [Coalition.Domain.Reporting.ReportDimension.Gender]), []),
        [typeof(Coalition.Domain.Reporting.ReleaseRequest)] = new Coalition.Domain.Reporting.ReleaseRequest("t", new Coalition.Domain.Reporting.ReportDefinition("t", [Coalition.Domain.Reporting.ReportDimension.Gender])),
        [typeof(Coalition.Domain.Reporting.Release)] = Coalition.Domain.Reporting.AggregateReporter.Publish([], new Coalition.Domain.Reporting.ReleaseRequest("t", new Coalition.Domain.Reporting.ReportDefinition("t", [Coalition.Domain.Reporting.ReportDimension.Gender]))),
        [typeof(Coalition.Domain.Reporting.PrivacyLedger)] = new Coalition.Domain.Reporting.PrivacyLedger("cases", 1m),
        [typeof(Random)] = new Random(1),
        [typeof(Coalition.Domain.Reporting.CryptographicRandom)] = new Coalition.Domain.Reporting.CryptographicRandom(),
        [typeof(byte[])] = new byte[4],
        [typeof(Coalition.Domain.Operations.CoalitionOperations)] = Operations.OperationsExamples.ExampleOperations,
        [typeof(Coalition.Domain.Operations.PointProtocol)] = Operations.OperationsExamples.HotelProtocol,
        [typeof(Coalition.Domain.Operations.ProtocolStep)] = Operations.OperationsExamples.HotelProtocol.Steps[0],
        [typeof(Coalition.Domain.Operations.ResponseProtocol)] = Operations.OperationsExamples.Protocol,
        [typeof(Coalition.Domain.Operations.TrainingPolicy)] = Coalition.Domain.Operations.TrainingPolicy.Default,
        [typeof(Coalition.Domain.Operations.TrainingProgramme)] = Coalition.Domain.Operations.TrainingProgrammes.HotelMotel,
        [typeof(Coalition.Domain.Operations.Agreement)] = Operations.OperationsExamples.PoliceAgreement,
        [typeof(IEnumerable<Coalition.Domain.Operations.Agreement>)] = new[] { Operations.OperationsExamples.PoliceAgreement },
        [typeof(IEnumerable<Coalition.Domain.Operations.IdentificationPoint>)] = new[] { Coalition.Domain.Operations.IdentificationPoints.Outreach },
        [typeof(IEnumerable<Coalition.Domain.Operations.TargetVenue>)] = Operations.OperationsExamples.Hotels,
        [typeof(IEnumerable<Coalition.Domain.Operations.TrainingRecord>)] = Operations.OperationsExamples.HotelRecords,
        [typeof(IEnumerable<Coalition.Domain.Operations.AwarenessCampaign>)] = Operations.OperationsExamples.ExampleOperations.Campaigns,
        [typeof(IEnumerable<Domain.Referrals.Network.LanguageCode>)] = new[] { new Domain.Referrals.Network.LanguageCode("en") },
        [typeof(IEnumerable<Coalition.Domain.Protections.ProtectionAssessment>)] = Coalition.Domain.Protections.ProtectionAssessor.AssessAll(Coalition.Domain.Protections.ImmigrationFacts.Unknown),
        [typeof(Coalition.Domain.Referrals.Lifecycle.OutcomeRanking)] = Coalition.Domain.Referrals.Lifecycle.OutcomeRanking.From(Coalition.Domain.Referrals.Lifecycle.ReferralMetrics.Compute([])),
        [typeof(Coalition.Domain.Referrals.Lifecycle.FollowUpPolicy)] = Coalition.Domain.Referrals.Lifecycle.FollowUpPolicy.Default,
        [typeof(Coalition.Domain.Referrals.Lifecycle.ReleaseValidity)] = new Coalition.Domain.Referrals.Lifecycle.ReleaseValidity([], "valid"),
        [typeof(Coalition.Domain.Referrals.Lifecycle.ReferralMetrics)] = Coalition.Domain.Referrals.Lifecycle.ReferralMetrics.Compute([]),
        [typeof(Coalition.Domain.Referrals.Lifecycle.Referral)] = SampleReferral,
        [typeof(IEnumerable<Coalition.Domain.Referrals.Lifecycle.Referral>)] = new[] { SampleReferral },
        [typeof(Coalition.Domain.Referrals.Lifecycle.ReferralEvent)] = new Coalition.Domain.Referrals.Lifecycle.ReferralEvent(
            Coalition.Domain.Referrals.Lifecycle.ReferralStatus.Accepted, NodaTime.Instant.FromUtc(2026, 1, 2, 0, 0), Coalition.Domain.Referrals.Lifecycle.ActorRole.Recipient),
        [typeof(IEnumerable<Coalition.Domain.Referrals.Lifecycle.ReferralEvent>)] = Array.Empty<Coalition.Domain.Referrals.Lifecycle.ReferralEvent>(),
        [typeof(IReadOnlyDictionary<string, Coalition.Domain.Referrals.Lifecycle.ConsentRelease>)] = new Dictionary<string, Coalition.Domain.Referrals.Lifecycle.ConsentRelease>(),
        [typeof(ServiceOffering)] = SampleOffering,
        [typeof(Provider)] = SampleProvider,
        [typeof(ReferralNetwork)] = new ReferralNetwork([SampleProvider]),
        [typeof(ClientNeed)] = new ClientNeed(ServiceNeeds.Food, NeedUrgency.Routine),
        [typeof(ClientConsent)] = ClientConsent.Full,
        [typeof(ClientProfile)] = SampleClient,
        [typeof(ScoringWeights)] = ScoringWeights.Default,
        [typeof(MandatoryRoutingRule)] = MandatoryRoutingRule.MinorToChildProtection,
        [typeof(ReferralPolicy)] = ReferralPolicy.Default,
        [typeof(IReferralRule)] = new NoRule(),
        [typeof(MatchOptions)] = MatchOptions.Default,
        [typeof(ReferralMatcher)] = ReferralMatcher.Compile(new ReferralNetwork([SampleProvider])),
        [typeof(IEnumerable<CapacityUpdate>)] = Array.Empty<CapacityUpdate>(),
        [typeof(CapacityUpdate)] = new CapacityUpdate("p", "o", Capacity.Unknown),
        [typeof(MatchResult)] = ReferralMatcher.Compile(new ReferralNetwork([SampleProvider])).Match(SampleClient, NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)),
        [typeof(NeedMatch)] = ReferralMatcher.Compile(new ReferralNetwork([SampleProvider])).Match(SampleClient, NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)).Needs[0],
        [typeof(MatchCandidate)] = ReferralMatcher.Compile(new ReferralNetwork([SampleProvider])).Match(SampleClient, NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)).Needs[0].Candidates[0],
        [typeof(MatchExclusion)] = new MatchExclusion("p", "o", []),
        [typeof(RuleCount)] = new RuleCount("age", 1),
        [typeof(Domain.OpenReferral.HsdsImportOptions)] = Domain.OpenReferral.HsdsImportOptions.Create("UTC", new NodaTime.LocalDate(2026, 1, 1)),
        [typeof(IEnumerable<KeyValuePair<string, string>>)] = new Dictionary<string, string>(),
        [typeof(Domain.OpenReferral.ImportIssue)] = new Domain.OpenReferral.ImportIssue("service", "id", "$", "reason", true),
        [typeof(Domain.OpenReferral.HsdsImportResult)] = new Domain.OpenReferral.HsdsImportResult(ReferralNetwork.Empty, [], 0, 0),
        [typeof(Domain.Coalitions.CoalitionMember)] = new Domain.Coalitions.CoalitionMember("Member", StakeholderCategories.FaithBased, []),
        [typeof(Domain.Coalitions.Committee)] = new Domain.Coalitions.Committee("Prevention", [], true),
        [typeof(Domain.Coalitions.Leadership)] = Domain.Coalitions.Leadership.None,
        [typeof(Domain.Coalitions.FundingSource)] = new Domain.Coalitions.FundingSource("Funder", Domain.Coalitions.FundingKind.Foundation, true),
        [typeof(Domain.Coalitions.SurvivorParticipation)] = Domain.Coalitions.SurvivorParticipation.None,
        [typeof(Domain.Coalitions.BestPractice)] = Domain.Coalitions.BestPractices.Catalogue[0],
        [typeof(Domain.Coalitions.NeedsAssessmentQuestion)] = Domain.Coalitions.NeedsAssessmentQuestions.Catalogue[0],
        [typeof(Domain.Coalitions.QuestionAnswer)] = new Domain.Coalitions.QuestionAnswer(Domain.Coalitions.NeedsAssessmentQuestions.Catalogue[0], "answer", null),
        [typeof(Domain.Coalitions.CoalitionProfile)] = SampleCoalition,
        [typeof(Domain.Coalitions.PracticeCheck)] = new Domain.Coalitions.PracticeCheck(true, "evidence"),
        [typeof(Domain.Coalitions.PracticeResult)] = new Domain.Coalitions.PracticeResult(Domain.Coalitions.BestPractices.Catalogue[0], true, "evidence"),
        [typeof(Domain.Coalitions.ChecklistGap)] = new Domain.Coalitions.ChecklistGap(MembershipChecklists.Ohio, 0, []),
        [typeof(Domain.Coalitions.PillarCoverage)] = new Domain.Coalitions.PillarCoverage(Pillars.Prevention, 0, false, 0, 0, 0),
        [typeof(Domain.Coalitions.CoalitionAssessment)] = Domain.Coalitions.CoalitionHealthCheck.Assess(SampleCoalition),
        [typeof(Domain.Coalitions.CoalitionReport)] = Domain.Coalitions.CoalitionReport.Create(SampleCoalition),
        [typeof(NetworkAssessmentScope)] = new NetworkAssessmentScope([], "UTC", new NodaTime.LocalDate(2026, 11, 16)),
        [typeof(NetworkNeedsReport)] = NetworkNeedsAssessment.Assess(new ReferralNetwork([SampleProvider]), new NetworkAssessmentScope([], "UTC", new NodaTime.LocalDate(2026, 11, 16))),
        [typeof(NeedCoverage)] = NetworkNeedsAssessment.Assess(new ReferralNetwork([SampleProvider]), new NetworkAssessmentScope([], "UTC", new NodaTime.LocalDate(2026, 11, 16))).Needs[0],
        [typeof(NetworkGap)] = NetworkNeedsAssessment.Assess(new ReferralNetwork([SampleProvider]), new NetworkAssessmentScope([], "UTC", new NodaTime.LocalDate(2026, 11, 16))).Gaps[0],
        [typeof(CapacitySummary)] = new CapacitySummary(0, 0, 0, 0),
        [typeof(HourRange)] = new HourRange(NodaTime.IsoDayOfWeek.Monday, 0, 1),
        [typeof(Domain.Planning.AllocationRequest)] = new Domain.Planning.AllocationRequest("case", SampleClient),
        [typeof(IEnumerable<Domain.Planning.AllocationRequest>)] = new[] { new Domain.Planning.AllocationRequest("case", SampleClient) },
        [typeof(Domain.Planning.PlannedReferral)] = new Domain.Planning.PlannedReferral(ServiceNeeds.Food, NeedUrgency.Routine, "p", "P", "o", 1),
        [typeof(Domain.Planning.ReferralPlan)] = Domain.Planning.ReferralPlanner.Plan(ReferralMatcher.Compile(new ReferralNetwork([SampleProvider])), SampleClient, NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)),
        [typeof(Domain.Planning.Allocation)] = new Domain.Planning.Allocation("case", ServiceNeeds.Food, NeedUrgency.Routine, "p", "o", 1, "why"),
        [typeof(Domain.Planning.UnallocatedNeed)] = new Domain.Planning.UnallocatedNeed("case", ServiceNeeds.Food, NeedUrgency.Routine, Domain.Planning.UnallocatedReason.CapacityExhausted, "why"),
        [typeof(Domain.Planning.AllocationSummary)] = new Domain.Planning.AllocationSummary(0, 0, 0, 0, 0),
        [typeof(Domain.Planning.AllocationResult)] = new Domain.Planning.AllocationResult("optimal", [], [], new Domain.Planning.AllocationSummary(0, 0, 0, 0, 0)),
        [typeof(ReportingDuty)] = ReportingDuties.ChildAbuseOrNeglect,
        [typeof(Catalogue<ReportingDuty>)] = ReportingDuties.Defaults,
        [typeof(FallbackContact)] = FallbackContacts.NationalHumanTraffickingHotline,
        [typeof(DutyNotice)] = new DutyNotice("child-abuse-neglect", DutyCertainty.MayApply, "Notice.", true),
        [typeof(EmergencyOption)] = new EmergencyOption("p", "P", "o", StakeholderCategories.Hospitals, [], [], null, null, UrgencyTier.OpenNow, "why"),
        [typeof(RequiredAction)] = new RequiredAction("rule", RequiredActionStatus.MayBeRequired, "What.", "Source.", "Agencies.", [], null),
        [typeof(Domain.Referrals.Matching.Rules.CandidateAssessment)] = SampleAssessment,
        [typeof(NodaTime.Duration)] = NodaTime.Duration.FromHours(1),
        [typeof(DurationJsonConverter)] = new DurationJsonConverter(),
        [typeof(Domain.Coalitions.HealthCheckThresholds)] = Domain.Coalitions.HealthCheckThresholds.Default,
        [typeof(Populations)] = Populations.None,
        [typeof(System.Collections.Immutable.ImmutableArray<OffenceAssessment>)] = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty).Offences,
        [typeof(System.Collections.Immutable.ImmutableArray<ElementAssessment>)] = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, CaseFacts.Empty).Offences[0].Elements,
        [typeof(Verdict)] = Verdict.Undetermined,
        [typeof(FactGroup)] = FactGroups.Coercion,
        [typeof(AssessmentOptions)] = AssessmentOptions.Default,
        [typeof(OpenQuestion)] = new OpenQuestion("means", "Means", [CaseFact.Force]),
        [typeof(JsonReadLimits)] = JsonReadLimits.Default,
    };

    private static ServiceOffering SampleOffering => new("o", [ServiceNeeds.Food]);

    private static Provider SampleProvider => new("p", "Provider", StakeholderCategories.FaithBased, [SampleOffering]) { IntakeContact = "intake" };

    private static Domain.Coalitions.CoalitionProfile SampleCoalition => new("Coalition", "county", [], [], Domain.Coalitions.Leadership.None, false, Domain.Coalitions.MeetingCadence.None, false, [], Domain.Coalitions.MediaEngagement.None, Domain.Coalitions.SurvivorParticipation.None, [], [], null);

    private static ClientProfile SampleClient => new([new ClientNeed(ServiceNeeds.Food, NeedUrgency.Routine)], ClientConsent.Full) { AgeYears = 30 };

    private static Domain.Referrals.Matching.Rules.CandidateAssessment SampleAssessment =>
        Domain.Referrals.Matching.Rules.ReferralRules.Assess(SampleProvider, SampleOffering, SampleClient, SampleClient.Needs[0], ReferralPolicy.Default, NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0));

    /// <summary>How open generic public types are closed for the null test.</summary>
    private static readonly Dictionary<Type, Type[]> GenericClosures = new()
    {
        [typeof(Catalogue<>)] = [typeof(ServiceNeed)],
        [typeof(CatalogueEntry<>)] = [typeof(ServiceNeed)],
        [typeof(CatalogueEntryJsonConverter<>)] = [typeof(ServiceNeed)],
        [typeof(KebabCaseEnumJsonConverter<>)] = [typeof(NeedHorizon)],
        [typeof(NodaPatternJsonConverter<>)] = [typeof(NodaTime.LocalDate)],
        [typeof(ICatalogueEntry<>)] = [typeof(ServiceNeed)],
    };

    public static TheoryData<string> PublicTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Libraries.SelectMany(PublicApiWriter.LibraryTypes).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_classes_are_sealed_static_or_abstract_by_design(string typeName)
    {
        var type = TypeNamed(typeName);
        if (!type.IsClass || type.IsSealed || typeof(Delegate).IsAssignableFrom(type))
        {
            return;
        }

        // Abstract by design means nobody outside the library can derive from it: no public or protected constructor.
        Assert.True(type.IsAbstract, $"{type} is public, unsealed and not abstract.");
        var derivable = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly)
            .ToList();
        Assert.True(derivable.Count == 0, $"{type} is abstract but can be derived from outside the library.");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Non_nullable_reference_parameters_reject_null_with_their_name(string typeName)
    {
        var type = Close(TypeNamed(typeName));
        var nullability = new NullabilityInfoContext();
        var failures = new List<string>();
        var methods = type.GetConstructors()
            .Cast<MethodBase>()
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsAbstract && !m.IsGenericMethodDefinition && m.DeclaringType == type))
            .Where(m => m.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>() is null);
        foreach (var method in methods)
        {
            // The source-generated JSON context accepts null options by design (it then uses default options).
            if (method is ConstructorInfo && typeof(System.Text.Json.Serialization.JsonSerializerContext).IsAssignableFrom(type))
            {
                continue;
            }

            var parameters = method.GetParameters();
            if (parameters.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike || p.ParameterType.IsPointer))
            {
                continue;
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                if (parameter.ParameterType.IsValueType || nullability.Create(parameter).WriteState != NullabilityState.NotNull)
                {
                    continue;
                }

                var failure = CheckRejectsNull(type, method, parameters, i);
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Enum_parameters_reject_undefined_values_with_their_name(string typeName)
    {
        var type = Close(TypeNamed(typeName));
        var failures = new List<string>();
        var methods = type.GetConstructors()
            .Cast<MethodBase>()
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsAbstract && !m.IsGenericMethodDefinition && m.DeclaringType == type && !IsEqualityOperator(m)))
            .Where(m => m.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>() is null && !typeof(Delegate).IsAssignableFrom(type));
        foreach (var method in methods)
        {
            var parameters = method.GetParameters();
            if (parameters.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike || p.ParameterType.IsPointer))
            {
                continue;
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                var enumType = Nullable.GetUnderlyingType(parameters[i].ParameterType) ?? parameters[i].ParameterType;
                if (!enumType.IsEnum || (type.IsEnum && method.IsStatic))
                {
                    continue;
                }

                var failure = CheckRejectsUndefined(type, method, parameters, i, enumType);
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool IsEqualityOperator(MethodInfo method) =>
        method.IsSpecialName && method.Name is "op_Equality" or "op_Inequality" or "Equals";

    /// <summary>An undefined value: one past the largest defined value, or for a flags enum a bit no member uses.</summary>
    internal static object UndefinedValue(Type enumType)
    {
        var values = Enum.GetValues(enumType).Cast<object>().Select(v => Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (enumType.IsDefined(typeof(FlagsAttribute), false))
        {
            var all = values.Aggregate(0UL, (a, v) => a | v);
            var bit = 1UL;
            while ((all & bit) != 0)
            {
                bit <<= 1;
            }

            return Enum.ToObject(enumType, bit);
        }

        return Enum.ToObject(enumType, values.Max() + 1);
    }

    private static string? CheckRejectsUndefined(Type type, MethodBase method, ParameterInfo[] parameters, int index, Type enumType) =>
        CheckRejects<ArgumentException>(type, method, parameters, index, UndefinedValue(enumType), $"undefined {enumType.Name}");

    private static Type TypeNamed(string name) => Libraries.Select(l => l.GetType(name)).Single(t => t is not null)!;

    private sealed class NoRule : IReferralRule
    {
        public string Code => "no-rule";

        public ReferralRuleOutcome Evaluate(in ReferralRuleContext context) => ReferralRuleOutcome.Pass;
    }

    private static Type Close(Type type) =>
        type.IsGenericTypeDefinition
            ? type.MakeGenericType(GenericClosures.TryGetValue(type, out var arguments)
                ? arguments
                : throw new InvalidOperationException($"Add a closure for {type} to {nameof(GenericClosures)}."))
            : type;

    private static string? CheckRejectsNull(Type type, MethodBase method, ParameterInfo[] parameters, int nullIndex) =>
        CheckRejects<ArgumentNullException>(type, method, parameters, nullIndex, null, "null");

    /// <summary>
    /// Calls <paramref name="method"/> with sample arguments and <paramref name="bad"/> at <paramref name="index"/>, and
    /// returns a failure unless it throws <typeparamref name="TException"/> naming the parameter (or, for an init accessor, the property).
    /// </summary>
    private static string? CheckRejects<TException>(Type type, MethodBase method, ParameterInfo[] parameters, int index, object? bad, string what)
        where TException : ArgumentException
    {
        var arguments = new object?[parameters.Length];
        for (var j = 0; j < parameters.Length; j++)
        {
            arguments[j] = j == index ? bad : parameters[j].HasDefaultValue && parameters[j].ParameterType.IsClass ? parameters[j].DefaultValue : Sample(parameters[j].ParameterType);
        }

        try
        {
            if (method is ConstructorInfo ctor)
            {
                ctor.Invoke(arguments);
            }
            else
            {
                method.Invoke(method.IsStatic ? null : Sample(type), arguments);
            }
        }
        catch (TargetInvocationException ex) when (ex.InnerException is TException ae)
        {
            // A property's init accessor names the property, which tells a caller more than "value".
            var expected = method.IsSpecialName && method.Name.StartsWith("set_", StringComparison.Ordinal) ? method.Name["set_".Length..] : parameters[index].Name;
            return ae.ParamName == expected
                ? null
                : $"{type.Name}.{method.Name}: {what} '{parameters[index].Name}' threw {ae.GetType().Name} for '{ae.ParamName}'.";
        }
        catch (TargetInvocationException ex)
        {
            return $"{type.Name}.{method.Name}: {what} '{parameters[index].Name}' threw {ex.InnerException?.GetType().Name}.";
        }

        return $"{type.Name}.{method.Name}: {what} '{parameters[index].Name}' was accepted.";
    }

    private static object Sample(Type type)
    {
        if (Samples.TryGetValue(type, out var sample))
        {
            return sample;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1)!;
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type)!;
        }

        throw new InvalidOperationException($"Add a sample value of {type} to {nameof(Samples)}.");
    }
}
