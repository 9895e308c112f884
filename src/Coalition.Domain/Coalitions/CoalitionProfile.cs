using System.Collections.Immutable;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Coalitions;

/// <summary>
/// A coalition or task force as its health check sees it: members, committees, leadership, mission, meetings, policies,
/// funding, media, survivor participation, the best practices it has adopted, and its needs-assessment answers.
/// Organisational data only; value-equal.
/// </summary>
public sealed record CoalitionProfile
{
    /// <summary>Creates a coalition profile.</summary>
    /// <param name="name">The coalition's name.</param>
    /// <param name="area">The area it serves, such as a county.</param>
    /// <param name="members">Its member organisations.</param>
    /// <param name="committees">Its committees or sub-groups.</param>
    /// <param name="leadership">Its leadership.</param>
    /// <param name="hasMissionStatement">Whether it has written a mission statement.</param>
    /// <param name="meetings">How often it meets.</param>
    /// <param name="hasWrittenPolicies">Whether it has written policies and procedures that keep it going when a member or leader leaves.</param>
    /// <param name="funding">Its funding sources.</param>
    /// <param name="media">How it works with the media.</param>
    /// <param name="survivors">Survivor participation.</param>
    /// <param name="adoptedPractices">Best practices it declares adopted (for those that cannot be seen in the profile itself).</param>
    /// <param name="answers">Its answers to the needs-assessment questions; a question answered twice keeps the later entry.</param>
    /// <param name="needsAssessmentCompleted">When it last completed a needs assessment, if ever.</param>
    /// <exception cref="ArgumentNullException">A required reference is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or a collection holds a null.</exception>
    public CoalitionProfile(
        string name,
        string area,
        ImmutableArray<CoalitionMember> members,
        ImmutableArray<Committee> committees,
        Leadership leadership,
        bool hasMissionStatement,
        MeetingCadence meetings,
        bool hasWrittenPolicies,
        ImmutableArray<FundingSource> funding,
        MediaEngagement media,
        SurvivorParticipation survivors,
        ImmutableArray<BestPractice> adoptedPractices,
        ImmutableArray<QuestionAnswer> answers,
        LocalDate? needsAssessmentCompleted)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(leadership);
        ArgumentNullException.ThrowIfNull(survivors);
        Name = Preconditions.BoundedText(name, Limits.Name, nameof(name));
        Area = Preconditions.BoundedText(area, Limits.Name, nameof(area));
        Members = Checked(members, nameof(members));
        Committees = Checked(committees, nameof(committees));
        Leadership = leadership;
        HasMissionStatement = hasMissionStatement;
        Meetings = Preconditions.Defined(meetings, nameof(meetings));
        HasWrittenPolicies = hasWrittenPolicies;
        Funding = Checked(funding, nameof(funding));
        Media = Preconditions.Defined(media, nameof(media));
        Survivors = survivors;
        AdoptedPractices = [.. Checked(adoptedPractices, nameof(adoptedPractices)).Distinct().OrderBy(p => p.Code, StringComparer.Ordinal)];
        Answers = [.. Checked(answers, nameof(answers)).GroupBy(a => a.Question).Select(g => g.Last()).OrderBy(a => NeedsAssessmentQuestions.Catalogue.Entries.IndexOf(a.Question))];
        NeedsAssessmentCompleted = needsAssessmentCompleted is { Calendar: var calendar } && calendar != CalendarSystem.Iso
            ? throw new ArgumentException("The date must be in the ISO calendar.", nameof(needsAssessmentCompleted))
            : needsAssessmentCompleted;
    }

    /// <summary>Gets the coalition's name.</summary>
    public string Name { get; }

    /// <summary>The most members, committees, funding sources, practices or answers a profile may list, each.</summary>
    public const int MaxItems = 10_000;

    /// <summary>Gets the area it serves.</summary>
    public string Area { get; }

    /// <summary>Gets its member organisations.</summary>
    public ImmutableArray<CoalitionMember> Members { get; }

    /// <summary>Gets its committees.</summary>
    public ImmutableArray<Committee> Committees { get; }

    /// <summary>Gets its leadership.</summary>
    public Leadership Leadership { get; }

    /// <summary>Gets whether it has a mission statement.</summary>
    public bool HasMissionStatement { get; }

    /// <summary>Gets how often it meets.</summary>
    public MeetingCadence Meetings { get; }

    /// <summary>Gets whether it has written policies and procedures.</summary>
    public bool HasWrittenPolicies { get; }

    /// <summary>Gets its funding sources.</summary>
    public ImmutableArray<FundingSource> Funding { get; }

    /// <summary>Gets how it works with the media.</summary>
    public MediaEngagement Media { get; }

    /// <summary>Gets survivor participation.</summary>
    public SurvivorParticipation Survivors { get; }

    /// <summary>Gets the best practices it declares adopted, sorted by code.</summary>
    public ImmutableArray<BestPractice> AdoptedPractices { get; }

    /// <summary>Gets its needs-assessment answers, in the questionnaire's order.</summary>
    public ImmutableArray<QuestionAnswer> Answers { get; }

    /// <summary>Gets when it last completed a needs assessment.</summary>
    public LocalDate? NeedsAssessmentCompleted { get; }

    /// <summary>
    /// Gets how the coalition works, as data (protocol, agreements, training, campaigns, knowledge assessments), or
    /// <see langword="null"/> when none is recorded; the health check then falls back to declared practices.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Operations.CoalitionOperations? Operations { get; init; }

    /// <summary>Returns a copy with one more member.</summary>
    /// <param name="member">The new member.</param>
    /// <returns>The updated profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    public CoalitionProfile WithMember(CoalitionMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(Name, Area, Members.Add(member), Committees, Leadership, HasMissionStatement, Meetings, HasWrittenPolicies, Funding, Media, Survivors, AdoptedPractices, Answers, NeedsAssessmentCompleted)
        {
            Operations = Operations,
        };
    }

    /// <inheritdoc />
    public bool Equals(CoalitionProfile? other) =>
        other is not null && Name == other.Name && Area == other.Area && Equality.Sequence(Members, other.Members) &&
        Equality.Sequence(Committees, other.Committees) && Leadership == other.Leadership && HasMissionStatement == other.HasMissionStatement &&
        Meetings == other.Meetings && HasWrittenPolicies == other.HasWrittenPolicies && Equality.Sequence(Funding, other.Funding) &&
        Media == other.Media && Survivors == other.Survivors && Equality.Sequence(AdoptedPractices, other.AdoptedPractices) &&
        Equality.Sequence(Answers, other.Answers) && NeedsAssessmentCompleted == other.NeedsAssessmentCompleted && Equals(Operations, other.Operations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Area, Equality.SequenceHash(Members), Equality.SequenceHash(Committees), Leadership, Equality.SequenceHash(AdoptedPractices));

    /// <summary>Returns the coalition's name and size.</summary>
    /// <returns>For example <c>Riverbend Anti-Trafficking Coalition (24 members)</c>.</returns>
    public override string ToString() => $"{Name} ({Members.Length} members)";

    private static ImmutableArray<T> Checked<T>(ImmutableArray<T> values, string paramName)
        where T : class
    {
        return Preconditions.Elements(values, MaxItems, paramName);
    }
}
