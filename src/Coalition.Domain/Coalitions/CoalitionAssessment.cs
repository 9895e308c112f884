using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Coalitions;

/// <summary>The health check of a coalition: membership gaps per checklist, coverage per pillar, best practices, unanswered questions and next steps.</summary>
/// <param name="CoalitionName">The coalition's name.</param>
/// <param name="Checklists">The comparison with each recommended-membership checklist.</param>
/// <param name="Pillars">Coverage and score per pillar.</param>
/// <param name="Practices">Each best practice, met or not, with evidence.</param>
/// <param name="UnansweredQuestions">The needs-assessment questions not yet answered.</param>
/// <param name="NextSteps">Concrete next steps, most urgent first.</param>
public sealed record CoalitionAssessment(
    string CoalitionName,
    ImmutableArray<ChecklistGap> Checklists,
    ImmutableArray<PillarCoverage> Pillars,
    ImmutableArray<PracticeResult> Practices,
    ImmutableArray<NeedsAssessmentQuestion> UnansweredQuestions,
    ImmutableArray<string> NextSteps)
{
    private readonly HealthCheckThresholds thresholds = HealthCheckThresholds.Default;

    /// <summary>Gets the coalition's name.</summary>
    public string CoalitionName { get; } = Preconditions.BoundedText(CoalitionName, Limits.Name, nameof(CoalitionName));

    /// <summary>Gets the checklist comparisons.</summary>
    public ImmutableArray<ChecklistGap> Checklists { get; } = Preconditions.Elements(Checklists, Limits.Items, nameof(Checklists));

    /// <summary>Gets the pillar coverage.</summary>
    public ImmutableArray<PillarCoverage> Pillars { get; } = Preconditions.Elements(Pillars, Limits.Items, nameof(Pillars));

    /// <summary>Gets the best-practice results.</summary>
    public ImmutableArray<PracticeResult> Practices { get; } = Preconditions.Elements(Practices, Limits.Items, nameof(Practices));

    /// <summary>Gets the unanswered questions.</summary>
    public ImmutableArray<NeedsAssessmentQuestion> UnansweredQuestions { get; } = Preconditions.Elements(UnansweredQuestions, Limits.Items, nameof(UnansweredQuestions));

    /// <summary>Gets the thresholds the assessment compared against.</summary>
    public HealthCheckThresholds Thresholds
    {
        get => thresholds;
        init => thresholds = Preconditions.NotNull(value, nameof(Thresholds));
    }

    /// <summary>Gets the next steps.</summary>
    public ImmutableArray<string> NextSteps { get; } = ValidSteps(NextSteps, nameof(NextSteps));

    /// <inheritdoc />
    public bool Equals(CoalitionAssessment? other) =>
        other is not null && CoalitionName == other.CoalitionName && Equality.Sequence(Checklists, other.Checklists) && Equality.Sequence(Pillars, other.Pillars) &&
        Equality.Sequence(Practices, other.Practices) && Equality.Sequence(UnansweredQuestions, other.UnansweredQuestions) && Equality.Sequence(NextSteps, other.NextSteps) &&
        Thresholds == other.Thresholds;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CoalitionName, Equality.SequenceHash(Checklists), Equality.SequenceHash(Pillars), Equality.SequenceHash(Practices), Equality.SequenceHash(NextSteps));

    private static ImmutableArray<string> ValidSteps(ImmutableArray<string> steps, string paramName)
    {
        var list = Preconditions.Elements(steps, Limits.Items, paramName);
        foreach (var step in list)
        {
            Preconditions.BoundedText(step, Limits.Text, paramName);
        }

        return list;
    }
}
