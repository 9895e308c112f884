using System.Collections.Immutable;
using Coalition.Domain.Coalitions;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// What a coalition's operations data shows on the day it was recorded: protocol and agreement findings, training
/// coverage per programme, audiences never trained, campaign gaps and the latest knowledge assessment per audience.
/// Computed by <see cref="Of"/>; deterministic.
/// </summary>
/// <param name="AsOf">The day judged (<see cref="CoalitionOperations.RecordedOn"/>).</param>
/// <param name="ProtocolFindings">The protocol's findings (none when no protocol is recorded, apart from missing points).</param>
/// <param name="AgreementFindings">The agreements' findings.</param>
/// <param name="Coverage">Coverage of each programme that has target venues or records, in catalogue order.</param>
/// <param name="UnreachedAudiences">Audiences no training has reached.</param>
/// <param name="Campaigns">The campaign gaps.</param>
/// <param name="Knowledge">The latest knowledge assessment of each audience assessed.</param>
public sealed record OperationsReview(
    LocalDate AsOf,
    ImmutableArray<OperationsFinding> ProtocolFindings,
    ImmutableArray<OperationsFinding> AgreementFindings,
    ImmutableArray<ProgrammeCoverage> Coverage,
    ImmutableArray<Audience> UnreachedAudiences,
    CampaignGaps Campaigns,
    ImmutableArray<KnowledgeAssessment> Knowledge)
{
    /// <summary>Gets the protocol's findings.</summary>
    public ImmutableArray<OperationsFinding> ProtocolFindings { get; } = Preconditions.Elements(ProtocolFindings, Limits.Items, nameof(ProtocolFindings));

    /// <summary>Gets the agreements' findings.</summary>
    public ImmutableArray<OperationsFinding> AgreementFindings { get; } = Preconditions.Elements(AgreementFindings, Limits.Items, nameof(AgreementFindings));

    /// <summary>Gets the coverage per programme.</summary>
    public ImmutableArray<ProgrammeCoverage> Coverage { get; } = Preconditions.Elements(Coverage, Limits.Items, nameof(Coverage));

    /// <summary>Gets the campaign gaps.</summary>
    public CampaignGaps Campaigns { get; } = Preconditions.NotNull(Campaigns, nameof(Campaigns));

    /// <summary>Gets the latest knowledge assessment per audience.</summary>
    public ImmutableArray<KnowledgeAssessment> Knowledge { get; } = Preconditions.Elements(Knowledge, Limits.Items, nameof(Knowledge));

    /// <summary>Reviews a coalition's operations data.</summary>
    /// <param name="coalition">The coalition, for its members.</param>
    /// <param name="operations">Its operations data.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OperationsReview Of(CoalitionProfile coalition, CoalitionOperations operations)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        ArgumentNullException.ThrowIfNull(operations);
        var today = operations.RecordedOn;
        // Without a recorded protocol every listed point lacks one: the check of an empty protocol says so, in one place.
        var protocol = operations.Protocol ?? new ResponseProtocol("No protocol recorded", []);
        var protocolFindings = ProtocolCheck.Check(protocol, coalition, operations.IdentificationPoints, operations.Agreements, today);
        var coverage = TrainingProgrammes.Catalogue
            .Where(p => operations.TargetVenues.Any(v => v.Programme == p) || operations.TrainingRecords.Any(r => r.Programme == p))
            .Select(p => ProgrammeCoverage.Compute(p, operations.TargetVenues, operations.TrainingRecords, today, operations.TrainingPolicy))
            .ToImmutableArray();
        var knowledge = operations.KnowledgeAssessments.Where(k => k.Date <= today).GroupBy(k => k.Audience).Select(g => g.Last()).ToImmutableArray();
        return new OperationsReview(
            today,
            protocolFindings,
            AgreementCheck.Check(operations.Agreements, coalition, today),
            coverage,
            ProgrammeCoverage.UnreachedAudiences(operations.TrainingRecords, today),
            CampaignGaps.Of(operations.Campaigns, operations.CommunityLanguages, today),
            knowledge);
    }

    /// <inheritdoc />
    public bool Equals(OperationsReview? other) =>
        other is not null && AsOf == other.AsOf && Equality.Sequence(ProtocolFindings, other.ProtocolFindings) && Equality.Sequence(AgreementFindings, other.AgreementFindings) &&
        Equality.Sequence(Coverage, other.Coverage) && Equality.Sequence(UnreachedAudiences, other.UnreachedAudiences) && Campaigns == other.Campaigns &&
        Equality.Sequence(Knowledge, other.Knowledge);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AsOf, Equality.SequenceHash(ProtocolFindings), Equality.SequenceHash(AgreementFindings), Equality.SequenceHash(Coverage), Campaigns);
}
