using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Coalition.Domain.Coalitions;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.OpenReferral;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Screening;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;
using Coalition.Domain.Tests.Coalitions;
using Coalition.Domain.Tests.Referrals;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Hardening;

/// <summary>Every JSON entry point of both packages, with valid seeds and a thorough use of what is accepted.</summary>
internal static class EntryPoints
{
    private static readonly CoalitionJsonContext Context = CoalitionJsonContext.Default;

    private static readonly Instant At = ReferralGenerators.Start.Plus(Duration.FromHours(10));

    private static readonly NetworkAssessmentScope Scope = new(["north", "south", "riverbend"], "America/Chicago", new LocalDate(2026, 11, 16));

    private static readonly HsdsImportOptions HsdsOptions = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));

    private static readonly Lazy<ReferralNetwork> SampleNetwork = new(() => SampleData.Network);

    private static readonly Lazy<ReferralMatcher> SampleMatcher = new(() => ReferralMatcher.Compile(SampleNetwork.Value));

    private static readonly Lazy<ImmutableArray<ClientProfile>> SampleClients = new(() => [.. SampleData.Clients.Select(c => c.Client)]);

    private static Gen<CapacityUpdate> CapacityUpdates { get; } =
        from provider in Gen.Elements(SampleData.Network.Providers.AsEnumerable())
        from offering in Gen.Elements(provider.Services.AsEnumerable())
        from capacity in ReferralGenerators.Capacities
        select new CapacityUpdate(provider.Id, offering.Id, capacity);

    private static Gen<NetworkAssessmentScope> Scopes { get; } =
        from areas in Gen.NonEmptyListOf(Gen.Elements(ReferralGenerators.Areas))
        from zone in Gen.Elements(ReferralGenerators.Zones)
        from weeks in Gen.Choose(0, 520)
        select new NetworkAssessmentScope([.. areas.Distinct()], zone, new LocalDate(2024, 1, 1).PlusWeeks(weeks));

    private static Gen<MatchResult> MatchResults { get; } =
        from scenario in ReferralGenerators.ScenariosWithPolicies.Generator
        from exclusions in ArbMap.Default.GeneratorFor<bool>()
        select ReferralMatcher.Compile(scenario.Network, scenario.Policy).Match(scenario.Client, scenario.At, new MatchOptions(3, exclusions));

    private static Gen<ReferralPlan> Plans { get; } =
        ReferralGenerators.ScenariosWithPolicies.Generator.Select(s => ReferralPlanner.Plan(ReferralMatcher.Compile(s.Network, s.Policy), s.Client, s.At));

    private static Gen<AllocationResult> Allocations { get; } =
        from network in ReferralGenerators.Networks
        from clients in Gen.ListOf(ReferralGenerators.Clients).Select(l => l.Take(6).ToList())
        from optimal in ArbMap.Default.GeneratorFor<bool>()
        let matcher = ReferralMatcher.Compile(network)
        let requests = clients.Select((c, i) => new AllocationRequest($"case-{i}", c)).ToList()
        select optimal ? BatchAllocator.Allocate(matcher, requests, At) : BatchAllocator.AllocateFirstComeFirstServed(matcher, requests, At);

    private static Gen<Coalition.Domain.Reporting.ReleaseRequest> ReleaseRequests { get; } =
        from definition in Reporting.ReportingGenerators.Definitions
        from length in Gen.Choose(0, definition.Dimensions.Length)
        from areas in Gen.SubListOf(Reporting.ReportingGenerators.Areas)
        select new Coalition.Domain.Reporting.ReleaseRequest("Release", definition) { CombinationLength = length == 0 ? null : length, Areas = [.. areas] };

    private static Gen<Coalition.Domain.Reporting.PrivacyLedger> Ledgers { get; } =
        from asks in Gen.ListOf(Gen.Choose(1, 5).Select(e => e / 10m))
        select asks.Aggregate(new Coalition.Domain.Reporting.PrivacyLedger("cases", 2m), (ledger, e) => ledger.CanSpend(e) ? ledger.Spend("release", e, At) : ledger);

    /// <summary>Gets the entry points, read through <see cref="CoalitionJson"/> (the HSDS importer through itself).</summary>
    internal static ImmutableArray<EntryPoint> All { get; } =
    [
        Json("referral-network", Context.ReferralNetwork, Seeds(ReferralGenerators.Networks, Context.ReferralNetwork, SampleNetwork), UseNetwork),
        Json("client-profile", Context.ClientProfile, Seeds(ReferralGenerators.Clients, Context.ClientProfile), UseClient, "ageYears", "gender"),
        Json("referral-policy", Context.ReferralPolicy, Seeds(ReferralGenerators.Policies, Context.ReferralPolicy), UsePolicy),
        Json("case-facts", Context.CaseFacts, Seeds(LawGenerators.Facts, Context.CaseFacts), UseFacts, "dateOfBirth"),
        Json("capacity-update", Context.CapacityUpdate, Seeds(CapacityUpdates, Context.CapacityUpdate), UseCapacityUpdate),
        Json("coalition-profile", Context.CoalitionProfile, Seeds(CoalitionGenerators.Profiles, Context.CoalitionProfile), UseCoalition),
        Json("coalition-operations", Context.CoalitionOperations, Seeds(Gen.Elements(Operations.OperationsExamples.ExampleOperations, Operations.OperationsExamples.ExampleOperations with { Protocol = null, TargetVenues = [] }), Context.CoalitionOperations), UseOperations),
        Json("network-assessment-scope", Context.NetworkAssessmentScope, Seeds(Scopes, Context.NetworkAssessmentScope), UseScope),
        Json("indicators", Context.ImmutableArrayIndicator, Seeds(Gen.SubListOf(Indicators.Catalogue.Entries.AsEnumerable()).Select(l => l.ToImmutableArray()), Context.ImmutableArrayIndicator), UseIndicators),
        Json("service-needs", Context.ImmutableArrayServiceNeed, Seeds(Gen.SubListOf(ServiceNeeds.Catalogue.Entries.AsEnumerable()).Select(l => l.ToImmutableArray()), Context.ImmutableArrayServiceNeed), v => RoundTrip(v, Context.ImmutableArrayServiceNeed)),
        Json("stakeholder-categories", Context.ImmutableArrayStakeholderCategory, Seeds(Gen.SubListOf(StakeholderCategories.Catalogue.Entries.AsEnumerable()).Select(l => l.ToImmutableArray()), Context.ImmutableArrayStakeholderCategory), v => RoundTrip(v, Context.ImmutableArrayStakeholderCategory)),
        Json("match-result", Context.MatchResult, Seeds(MatchResults, Context.MatchResult), UseMatchResult),
        Json("referral-plan", Context.ReferralPlan, Seeds(Plans, Context.ReferralPlan), Output(Context.ReferralPlan)),
        Json("allocation-result", Context.AllocationResult, Seeds(Allocations, Context.AllocationResult), Output(Context.AllocationResult)),
        Json("network-needs-report", Context.NetworkNeedsReport, Seeds(ReferralGenerators.Networks.Select(n => NetworkNeedsAssessment.Assess(n, Scope)), Context.NetworkNeedsReport), Output(Context.NetworkNeedsReport)),
        Json("assessment", Context.Assessment, Seeds(LawGenerators.Facts.Select(f => TraffickingAssessor.Assess(LegalFrameworks.Tvpa, f)), Context.Assessment), UseAssessment, "dateOfBirth"),
        Json("screening-result", Context.ScreeningResult, Seeds(Gen.SubListOf(Indicators.Catalogue.Entries.AsEnumerable()).Select(Screener.Screen), Context.ScreeningResult), UseScreening),
        Json("coalition-report", Context.CoalitionReport, Seeds(CoalitionGenerators.Profiles.Select(p => CoalitionReport.Create(p, SampleNetwork.Value, Scope)), Context.CoalitionReport), UseCoalitionReport),
        Json("case-records", Context.ImmutableArrayCaseRecord, Seeds(Reporting.ReportingGenerators.RecordLists, Context.ImmutableArrayCaseRecord), UseCaseRecords),
        Json("release-request", Context.ReleaseRequest, Seeds(ReleaseRequests, Context.ReleaseRequest), UseReleaseRequest),
        Json("privacy-ledger", Context.PrivacyLedger, Seeds(Ledgers, Context.PrivacyLedger), UseLedger),
        new EntryPoint("hsds-import", Seeds(ReferralGenerators.Networks, n => System.Text.Encoding.UTF8.GetBytes(HsdsExporter.Export(n))), ReadHsds, UseHsds),
        new EntryPoint("hsds-stream", Seeds(ReferralGenerators.Networks, n => System.Text.Encoding.UTF8.GetBytes(HsdsExporter.Export(n))), ReadHsdsStream, UseHsds),
    ];

    private static EntryPoint Json<T>(string name, JsonTypeInfo<T> info, Gen<byte[]> seeds, Action<T> use, params string[] sensitive)
        where T : notnull =>
        new(name, seeds, bytes => Read(bytes, info), value => use((T)value), sensitive);

    private static object? Read<T>(byte[] bytes, JsonTypeInfo<T> info) => CoalitionJson.Deserialize(bytes, info);

    private static Gen<byte[]> Seeds<T>(Gen<T> values, JsonTypeInfo<T> info, Lazy<T>? sample = null)
    {
        var generated = values.Select(v => JsonSerializer.SerializeToUtf8Bytes(v, info));
        return sample is null ? generated : Gen.Frequency((1, Gen.Fresh(() => JsonSerializer.SerializeToUtf8Bytes(sample.Value, info))), (4, generated));
    }

    private static Gen<byte[]> Seeds<T>(Gen<T> values, Func<T, byte[]> write) => values.Select(write);

    /// <summary>Serialises, reads back through <see cref="CoalitionJson"/>, and checks equality and byte-stable output.</summary>
    internal static void RoundTrip<T>(T value, JsonTypeInfo<T> info)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, info);
        var back = CoalitionJson.Deserialize(json, info);
        if (value is System.Collections.IEnumerable items && back is System.Collections.IEnumerable backItems)
        {
            Assert.Equal(items.Cast<object>(), backItems.Cast<object>());
        }
        else
        {
            Assert.Equal(value, back);
        }

        Assert.Equal(json, JsonSerializer.SerializeToUtf8Bytes(back, info));
    }

    private static void UseNetwork(ReferralNetwork network)
    {
        RoundTrip(network, Context.ReferralNetwork);
        _ = network.ToString();
        var matcher = ReferralMatcher.Compile(network);
        foreach (var client in SampleClients.Value)
        {
            RoundTrip(matcher.Match(client, At, new MatchOptions(5, includeExclusions: true)), Context.MatchResult);
            RoundTrip(matcher.Match(client, Instant.MaxValue), Context.MatchResult);
            RoundTrip(matcher.Match(client, Instant.MinValue), Context.MatchResult);
            RoundTrip(ReferralPlanner.Plan(matcher, client, At), Context.ReferralPlan);
        }

        var requests = SampleClients.Value.Select((c, i) => new AllocationRequest($"case-{i}", c)).ToList();
        RoundTrip(BatchAllocator.Allocate(matcher, requests, At), Context.AllocationResult);
        RoundTrip(BatchAllocator.AllocateFirstComeFirstServed(matcher, requests, At), Context.AllocationResult);
        RoundTrip(NetworkNeedsAssessment.Assess(network, Scope), Context.NetworkNeedsReport);
        RoundTrip(NetworkNeedsAssessment.Assess(network, new NetworkAssessmentScope(["north"], "UTC", NetworkAssessmentScope.LatestWeekStarting)), Context.NetworkNeedsReport);
        _ = FhirHealthcareServiceExporter.ExportBundle(network);
        var hsds = HsdsExporter.Export(network, includeConfidentialAddresses: true);
        var imported = HsdsImporter.Import(hsds, HsdsOptions);
        _ = ReferralMatcher.Compile(imported.Network).Match(SampleClients.Value[0], At);
    }

    private static void UseClient(ClientProfile client)
    {
        RoundTrip(client, Context.ClientProfile);
        _ = client.ToString();
        var result = SampleMatcher.Value.Match(client, At, new MatchOptions(5, includeExclusions: true));
        RoundTrip(result, Context.MatchResult);
        RoundTrip(SampleMatcher.Value.Match(client, Instant.MaxValue), Context.MatchResult);
        RoundTrip(ReferralPlanner.Plan(SampleMatcher.Value, client, At), Context.ReferralPlan);
        RoundTrip(BatchAllocator.Allocate(SampleMatcher.Value, [new AllocationRequest("case-1", client), new AllocationRequest("case-2", client)], At), Context.AllocationResult);
    }

    private static void UsePolicy(ReferralPolicy policy)
    {
        RoundTrip(policy, Context.ReferralPolicy);
        _ = policy.ToString();
        var matcher = ReferralMatcher.Compile(SampleNetwork.Value, policy);
        foreach (var client in SampleClients.Value)
        {
            RoundTrip(matcher.Match(client, At), Context.MatchResult);
            RoundTrip(matcher.Match(client, Instant.MaxValue), Context.MatchResult);
            RoundTrip(ReferralPlanner.Plan(matcher, client, At), Context.ReferralPlan);
        }

        var requests = SampleClients.Value.Select((c, i) => new AllocationRequest($"case-{i}", c)).ToList();
        RoundTrip(BatchAllocator.Allocate(matcher, requests, At), Context.AllocationResult);
    }

    private static void UseFacts(CaseFacts facts)
    {
        RoundTrip(facts, Context.CaseFacts);
        _ = facts.ToString();
        foreach (var framework in (ILegalFramework[])[LegalFrameworks.Tvpa, LegalFrameworks.PalermoProtocol])
        {
            var assessment = TraffickingAssessor.Assess(framework, facts);
            RoundTrip(assessment, Context.Assessment);
            _ = assessment.ToString();
            foreach (var offence in framework.Offences)
            {
                Assert.Equal(assessment.VerdictOn(offence.Code), TraffickingAssessor.Decide(offence, facts));
            }
        }
    }

    private static void UseCapacityUpdate(CapacityUpdate update)
    {
        RoundTrip(update, Context.CapacityUpdate);
        ReferralMatcher updated;
        try
        {
            updated = SampleMatcher.Value.WithCapacities([update]);
        }
        catch (ArgumentException)
        {
            // A well-formed update for an offering the network does not have is the caller's mismatch, reported as such.
            return;
        }

        RoundTrip(updated.Match(SampleClients.Value[0], At), Context.MatchResult);
    }

    private static void UseCoalition(CoalitionProfile profile)
    {
        RoundTrip(profile, Context.CoalitionProfile);
        _ = CoalitionHealthCheck.Assess(profile).ToString();
        RoundTrip(CoalitionReport.Create(profile, SampleNetwork.Value, Scope), Context.CoalitionReport);
    }

    private static readonly Coalition.Domain.Reporting.ReportDefinition AreaByGender = new("Cases", [Coalition.Domain.Reporting.ReportDimension.Area, Coalition.Domain.Reporting.ReportDimension.Gender]);

    private static void UseCaseRecords(ImmutableArray<Coalition.Domain.Reporting.CaseRecord> records)
    {
        RoundTrip(records, Context.ImmutableArrayCaseRecord);
        var request = new Coalition.Domain.Reporting.ReleaseRequest("Release", AreaByGender) { Areas = ["north", "south"] };
        RoundTrip(Coalition.Domain.Reporting.AggregateReporter.Publish(records, request, Reporting.ReportingGenerators.NeverRefused), Context.Release);
        RoundTrip(Coalition.Domain.Reporting.PrivateReporter.Publish(records, request, new Coalition.Domain.Reporting.PrivacyLedger("cases", 1m), 0.5m, At, new Random(1)), Context.PrivateRelease);
    }

    private static void UseReleaseRequest(Coalition.Domain.Reporting.ReleaseRequest request)
    {
        RoundTrip(request, Context.ReleaseRequest);
        var records = Reporting.ReportingGenerators.RecordLists.Sample(1, 1)[0];
        RoundTrip(Coalition.Domain.Reporting.AggregateReporter.AssessRisk(records, request), Context.ReidentificationRisk);
        RoundTrip(Coalition.Domain.Reporting.AggregateReporter.Publish(records, request, Reporting.ReportingGenerators.NeverRefused), Context.Release);
    }

    private static void UseLedger(Coalition.Domain.Reporting.PrivacyLedger ledger)
    {
        RoundTrip(ledger, Context.PrivacyLedger);
        Assert.True(ledger.Spent <= ledger.Budget);
        if (ledger.CanSpend(0.1m))
        {
            Assert.Equal(ledger.Spent + 0.1m, ledger.Spend("next", 0.1m, At).Spent);
        }
        else
        {
            Assert.Throws<Coalition.Domain.Reporting.ReleaseRefusedException>(() => ledger.Spend("next", 0.1m, At));
        }
    }

    private static void UseOperations(Coalition.Domain.Operations.CoalitionOperations operations)
    {
        RoundTrip(operations, Context.CoalitionOperations);
        var coalition = Operations.OperationsExamples.ExampleCoalition(operations);
        RoundTrip(Coalition.Domain.Operations.OperationsReview.Of(coalition, operations), Context.OperationsReview);
        _ = CoalitionReport.Create(coalition).ToMarkdown();
        _ = operations.Protocol?.ToMarkdown(coalition.Members.Select(m => m.Organization));
    }

    private static void UseScope(NetworkAssessmentScope scope)
    {
        RoundTrip(scope, Context.NetworkAssessmentScope);
        RoundTrip(NetworkNeedsAssessment.Assess(SampleNetwork.Value, scope), Context.NetworkNeedsReport);
    }

    private static void UseIndicators(ImmutableArray<Indicator> indicators)
    {
        RoundTrip(indicators, Context.ImmutableArrayIndicator);
        var screening = Screener.Screen(indicators);
        RoundTrip(screening, Context.ScreeningResult);
        _ = screening.Confirm(CaseFacts.Empty, screening.Suggestions.Select(s => s.Fact).Where(f => f != CaseFact.UnderEighteen));
    }

    private static void UseMatchResult(MatchResult result)
    {
        RoundTrip(result, Context.MatchResult);
        _ = result.ToString();
        _ = result.UnmetNeeds;
        foreach (var need in result.Needs)
        {
            _ = need.IsMet;
            foreach (var candidate in need.Candidates)
            {
                _ = candidate.NeedsConfirmation;
            }
        }
    }

    private static void UseAssessment(Assessment assessment)
    {
        RoundTrip(assessment, Context.Assessment);
        _ = assessment.ToString();
        _ = assessment.IsPotentialTrafficking;
        foreach (var offence in assessment.Offences)
        {
            Assert.Equal(offence.Verdict, assessment.VerdictOn(offence.Code));
        }
    }

    private static void UseScreening(ScreeningResult screening)
    {
        RoundTrip(screening, Context.ScreeningResult);
        _ = screening.ToString();
        _ = screening.Confirm(CaseFacts.Empty, screening.Suggestions.Select(s => s.Fact).Where(f => f != CaseFact.UnderEighteen));
    }

    private static void UseCoalitionReport(CoalitionReport report)
    {
        RoundTrip(report, Context.CoalitionReport);
        Assert.Contains(report.Coalition.CoalitionName, report.ToMarkdown(), StringComparison.Ordinal);
    }

    /// <summary>Uses an output that is only read back and written: it round-trips, and its ToString works.</summary>
    private static Action<T> Output<T>(JsonTypeInfo<T> info) => value =>
    {
        RoundTrip(value, info);
        _ = value!.ToString();
    };

    private static HsdsImportResult ReadHsds(byte[] bytes)
    {
        try
        {
            return HsdsImporter.Import(bytes, HsdsOptions);
        }
        catch (ArgumentException e)
        {
            // The importer's contract is narrower: only a JsonException, for a document that is not JSON as a whole.
            throw new InvalidOperationException($"HsdsImporter threw {e.GetType().Name}, outside its contract: {e.Message}", e);
        }
    }

    /// <summary>
    /// The streaming import: the same contract as the document import, and, for a document that is an array the document
    /// import accepts, the same result issue for issue, unless a record is larger than
    /// <see cref="HsdsImporter.MaxRecordBytes"/>: the stream holds one record at a time, so it rejects such an array
    /// (documented) where the document import, which holds everything, reads it.
    /// </summary>
    private static HsdsImportResult ReadHsdsStream(byte[] bytes)
    {
        HsdsImportResult? document = null;
        if (System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('['))
        {
            try
            {
                document = HsdsImporter.Import(bytes, HsdsOptions);
            }
            catch (JsonException)
            {
                // Rejected as a whole; the stream may reject it too, or read the records before the fault.
            }
        }

        HsdsImportResult streamed;
        try
        {
            using var stream = new MemoryStream(bytes);
            streamed = HsdsImporter.ImportAsync(stream, HsdsOptions).GetAwaiter().GetResult();
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"HsdsImporter.ImportAsync threw {e.GetType().Name}, outside its contract: {e.Message}", e);
        }
        catch (JsonException e) when (document is not null && bytes.Length <= HsdsImporter.MaxRecordBytes)
        {
            throw new InvalidOperationException("The stream rejected an array that the document import accepts.", e);
        }

        if (document is not null && bytes.Length <= HsdsImporter.MaxRecordBytes)
        {
            Assert.Equal(document.Network, streamed.Network);
            Assert.Equal(document.Issues.ToList(), streamed.Issues.ToList());
        }

        return streamed;
    }

    private static void UseHsds(object value)
    {
        var result = (HsdsImportResult)value;
        Assert.True(result.ServicesImported <= result.ServicesRead);
        Assert.All(result.Issues, i => Assert.True(i.Reason.Length <= FuzzHarness.MaxMessageLength && i.Path.Length <= FuzzHarness.MaxMessageLength));
        UseNetwork(result.Network);
    }
}
