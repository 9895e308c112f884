using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// How a coalition works, as data (seeds 002, 003, 004): the identification points it lists, its community response
/// protocol, its agreements between members, training records and target venues, awareness campaigns and knowledge
/// assessments. The health check reads it as evidence (<c>CoalitionProfile.Operations</c>). Organisational and aggregate
/// data only; value-equal.
/// </summary>
/// <param name="RecordedOn">The day the records describe: the health check judges currency, expiry and coverage as of this day (nothing reads the clock).</param>
public sealed record CoalitionOperations(LocalDate RecordedOn)
{
    private readonly ImmutableArray<IdentificationPoint> identificationPoints = [];
    private readonly ImmutableArray<Agreement> agreements = [];
    private readonly ImmutableArray<TrainingRecord> trainingRecords = [];
    private readonly ImmutableArray<TargetVenue> targetVenues = [];
    private readonly ImmutableArray<AwarenessCampaign> campaigns = [];
    private readonly ImmutableArray<LanguageCode> communityLanguages = [];
    private readonly ImmutableArray<KnowledgeAssessment> knowledgeAssessments = [];
    private readonly TrainingPolicy trainingPolicy = TrainingPolicy.Default;

    /// <summary>Gets the day the records describe.</summary>
    public LocalDate RecordedOn { get; } = RecordedOn.Calendar == CalendarSystem.Iso ? RecordedOn : throw new ArgumentException("The date must be in the ISO calendar.", nameof(RecordedOn));

    /// <summary>Gets the identification points the coalition lists as its own, ordered by code, distinct.</summary>
    /// <exception cref="ArgumentException">A point is null.</exception>
    public ImmutableArray<IdentificationPoint> IdentificationPoints
    {
        get => identificationPoints;
        init => identificationPoints = [.. Preconditions.Elements(value, Limits.Items, nameof(IdentificationPoints)).Distinct().OrderBy(p => p.Code, StringComparer.Ordinal)];
    }

    /// <summary>Gets the community response protocol, or <see langword="null"/> when none is recorded.</summary>
    public ResponseProtocol? Protocol { get; init; }

    /// <summary>Gets the agreements between members, ordered by id.</summary>
    /// <exception cref="ArgumentException">An agreement is null or an id repeats.</exception>
    public ImmutableArray<Agreement> Agreements
    {
        get => agreements;
        init
        {
            var list = Preconditions.Elements(value, Limits.Items, nameof(Agreements));
            if (list.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            {
                throw new ArgumentException($"The agreement id '{repeated.Key}' repeats.", nameof(Agreements));
            }

            agreements = [.. list.OrderBy(a => a.Id, StringComparer.Ordinal)];
        }
    }

    /// <summary>Gets the training records (aggregates, never names), in a canonical order.</summary>
    /// <exception cref="ArgumentException">A record is null.</exception>
    public ImmutableArray<TrainingRecord> TrainingRecords
    {
        get => trainingRecords;
        init => trainingRecords = [.. Preconditions.Elements(value, Limits.Items, nameof(TrainingRecords)).OrderBy(r => r.Date).ThenBy(r => r.Organization, StringComparer.Ordinal).ThenBy(r => r.Programme.Code, StringComparer.Ordinal).ThenBy(r => r.Trained).ThenBy(r => r.StaffSize)];
    }

    /// <summary>Gets the venues programmes aim to train, such as the hotels in the area, ordered by programme and name.</summary>
    /// <exception cref="ArgumentException">A venue is null or is listed twice for one programme.</exception>
    public ImmutableArray<TargetVenue> TargetVenues
    {
        get => targetVenues;
        init
        {
            var list = Preconditions.Elements(value, Limits.Items, nameof(TargetVenues));
            if (list.GroupBy(v => (v.Programme, v.Name)).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            {
                throw new ArgumentException($"The venue '{repeated.Key.Name}' is listed twice for {repeated.Key.Programme.Code}.", nameof(TargetVenues));
            }

            targetVenues = [.. list.OrderBy(v => v.Programme.Code, StringComparer.Ordinal).ThenBy(v => v.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>Gets the turnover and refresh assumptions; <see cref="TrainingPolicy.Default"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TrainingPolicy TrainingPolicy
    {
        get => trainingPolicy;
        init => trainingPolicy = Preconditions.NotNull(value, nameof(TrainingPolicy));
    }

    /// <summary>Gets the awareness campaigns, ordered by start and name.</summary>
    /// <exception cref="ArgumentException">A campaign is null.</exception>
    public ImmutableArray<AwarenessCampaign> Campaigns
    {
        get => campaigns;
        init => campaigns = [.. Preconditions.Elements(value, Limits.Items, nameof(Campaigns)).OrderBy(c => c.Start).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>Gets the languages spoken in the coalition's area, for the campaign gap report; sorted, distinct.</summary>
    public ImmutableArray<LanguageCode> CommunityLanguages
    {
        get => communityLanguages;
        init => communityLanguages = [.. (value.IsDefault ? [] : value).Distinct().OrderBy(l => l.Value, StringComparer.Ordinal)];
    }

    /// <summary>Gets the knowledge assessments of professionals, per audience, ordered by audience and date.</summary>
    /// <exception cref="ArgumentException">An assessment is null.</exception>
    public ImmutableArray<KnowledgeAssessment> KnowledgeAssessments
    {
        get => knowledgeAssessments;
        init => knowledgeAssessments = [.. Preconditions.Elements(value, Limits.Items, nameof(KnowledgeAssessments)).OrderBy(k => k.Audience).ThenBy(k => k.Date).ThenBy(k => k.Respondents).ThenBy(k => k.Passed)];
    }

    /// <inheritdoc />
    public bool Equals(CoalitionOperations? other) =>
        other is not null && RecordedOn == other.RecordedOn && Equality.Sequence(IdentificationPoints, other.IdentificationPoints) && Equals(Protocol, other.Protocol) &&
        Equality.Sequence(Agreements, other.Agreements) && Equality.Sequence(TrainingRecords, other.TrainingRecords) && Equality.Sequence(TargetVenues, other.TargetVenues) &&
        TrainingPolicy == other.TrainingPolicy && Equality.Sequence(Campaigns, other.Campaigns) && Equality.Sequence(CommunityLanguages, other.CommunityLanguages) &&
        Equality.Sequence(KnowledgeAssessments, other.KnowledgeAssessments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecordedOn, Equality.SequenceHash(IdentificationPoints), Protocol, Equality.SequenceHash(Agreements), Equality.SequenceHash(TrainingRecords), Equality.SequenceHash(Campaigns));

    /// <summary>Returns a summary without personal data.</summary>
    /// <returns>For example <c>operations recorded on 2026-11-23 (3 agreements, 12 training records)</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"operations recorded on {RecordedOn:uuuu-MM-dd} ({Agreements.Length} agreements, {TrainingRecords.Length} training records)");
}
