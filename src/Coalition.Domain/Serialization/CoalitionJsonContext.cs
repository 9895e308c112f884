using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Coalitions;
using Coalition.Domain.FourP;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Screening;
using Coalition.Domain.Sources;
using Coalition.Domain.Stakeholders;
using Coalition.Domain.Typology;

namespace Coalition.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for the library's types: AOT- and trimming-safe. Catalogue entries are
/// written as their codes; enums as kebab-case strings. Use <c>CoalitionJsonContext.Default.ServiceNeed</c> and the like
/// as the <c>JsonTypeInfo</c> argument of <see cref="CoalitionJson.Deserialize{T}(System.ReadOnlySpan{byte}, System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}, JsonReadLimits?)"/>
/// for untrusted input, or of <see cref="System.Text.Json.JsonSerializer"/>. Reading is strict: unknown properties,
/// comments and trailing commas are rejected, and on .NET 10 so is a repeated property.
/// </summary>
#if NET10_0_OR_GREATER
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    Converters = [typeof(LocalDateJsonConverter), typeof(InstantJsonConverter), typeof(LocalTimeJsonConverter), typeof(DurationJsonConverter), typeof(PeriodJsonConverter), typeof(KebabCaseEnumJsonConverter<NodaTime.IsoDayOfWeek>)])]
#else
// System.Text.Json 8 cannot reject a repeated property; CoalitionJson does, on every target.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter), typeof(InstantJsonConverter), typeof(LocalTimeJsonConverter), typeof(DurationJsonConverter), typeof(PeriodJsonConverter), typeof(KebabCaseEnumJsonConverter<NodaTime.IsoDayOfWeek>)])]
#endif
[JsonSerializable(typeof(Pillar))]
[JsonSerializable(typeof(ServiceNeed))]
[JsonSerializable(typeof(CriminalJusticeNeed))]
[JsonSerializable(typeof(StakeholderCategory))]
[JsonSerializable(typeof(MembershipChecklist))]
[JsonSerializable(typeof(SourceDocument))]
[JsonSerializable(typeof(ImmutableArray<Pillar>))]
[JsonSerializable(typeof(ImmutableArray<ServiceNeed>))]
[JsonSerializable(typeof(ImmutableArray<StakeholderCategory>))]
[JsonSerializable(typeof(NeedHorizon))]
[JsonSerializable(typeof(ServiceNeedGroup))]
[JsonSerializable(typeof(StakeholderSector))]
[JsonSerializable(typeof(JurisdictionLevels))]
[JsonSerializable(typeof(HtcdsOrganisationType))]
[JsonSerializable(typeof(PublicCode))]
[JsonSerializable(typeof(CaseFacts))]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(ScreeningResult))]
[JsonSerializable(typeof(Indicator))]
[JsonSerializable(typeof(ImmutableArray<Indicator>))]
[JsonSerializable(typeof(PolarisType))]
[JsonSerializable(typeof(ExploitationType))]
[JsonSerializable(typeof(HtcdsTraffickingStatus))]
[JsonSerializable(typeof(ReferralNetwork))]
[JsonSerializable(typeof(ClientProfile))]
[JsonSerializable(typeof(ReferralPolicy))]
[JsonSerializable(typeof(MatchResult))]
[JsonSerializable(typeof(CapacityUpdate))]
[JsonSerializable(typeof(CoalitionProfile))]
[JsonSerializable(typeof(CoalitionReport))]
[JsonSerializable(typeof(NetworkNeedsReport))]
[JsonSerializable(typeof(NetworkAssessmentScope))]
[JsonSerializable(typeof(Coalition.Domain.Planning.ReferralPlan))]
[JsonSerializable(typeof(Coalition.Domain.Planning.AllocationResult))]
[JsonSerializable(typeof(Coalition.Domain.Referrals.Lifecycle.ConsentRelease))]
[JsonSerializable(typeof(ImmutableArray<Coalition.Domain.Referrals.Lifecycle.ConsentRelease>))]
[JsonSerializable(typeof(Coalition.Domain.Referrals.Lifecycle.ConsentPolicy))]
[JsonSerializable(typeof(Coalition.Domain.Referrals.Lifecycle.Referral))]
[JsonSerializable(typeof(ImmutableArray<Coalition.Domain.Referrals.Lifecycle.Referral>))]
[JsonSerializable(typeof(Coalition.Domain.Referrals.Lifecycle.ReferralEvent))]
[JsonSerializable(typeof(Coalition.Domain.Referrals.Lifecycle.FollowUpPolicy))]
[JsonSerializable(typeof(ImmutableArray<Coalition.Domain.Referrals.Lifecycle.FollowUpItem>))]
[JsonSerializable(typeof(Coalition.Domain.Referrals.Lifecycle.ReferralMetrics))]
[JsonSerializable(typeof(Coalition.Domain.Referrals.Lifecycle.RerouteResult))]
[JsonSerializable(typeof(Coalition.Domain.Protections.ImmigrationFacts))]
[JsonSerializable(typeof(Coalition.Domain.Protections.ProtectionAssessment))]
[JsonSerializable(typeof(ImmutableArray<Coalition.Domain.Protections.ProtectionAssessment>))]
[JsonSerializable(typeof(Coalition.Domain.Protections.InformedChoice))]
[JsonSerializable(typeof(Coalition.Domain.Protections.NeedSuggestion))]
[JsonSerializable(typeof(ImmutableArray<Coalition.Domain.Protections.NeedSuggestion>))]
[JsonSerializable(typeof(Coalition.Domain.Operations.CoalitionOperations))]
[JsonSerializable(typeof(Coalition.Domain.Operations.ResponseProtocol))]
[JsonSerializable(typeof(Coalition.Domain.Operations.Agreement))]
[JsonSerializable(typeof(Coalition.Domain.Operations.OperationsReview))]
[JsonSerializable(typeof(Coalition.Domain.Operations.ProgrammeCoverage))]
[JsonSerializable(typeof(Coalition.Domain.Operations.TrainingPolicy))]
[JsonSerializable(typeof(Coalition.Domain.Operations.IdentificationPoint))]
[JsonSerializable(typeof(Coalition.Domain.Operations.ProtocolAction))]
[JsonSerializable(typeof(Coalition.Domain.Operations.TrainingProgramme))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.CaseRecord))]
[JsonSerializable(typeof(ImmutableArray<Coalition.Domain.Reporting.CaseRecord>))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.Release))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.DisclosurePolicy))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.ReportDefinition))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.ReleaseRequest))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.ReidentificationRisk))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.PrivacyLedger))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.PrivateRelease))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.DemandRelease))]
[JsonSerializable(typeof(Coalition.Domain.Reporting.DemandRequest))]
public sealed partial class CoalitionJsonContext : JsonSerializerContext
{
}
