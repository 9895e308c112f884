using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Coalitions;

/// <summary>The coalition's answer to one needs-assessment question.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answer, in the coalition's words. Record no personal data here.</param>
/// <param name="AnsweredOn">When it was answered, if recorded.</param>
public sealed record QuestionAnswer(NeedsAssessmentQuestion Question, string Answer, LocalDate? AnsweredOn)
{
    /// <summary>Gets the question.</summary>
    public NeedsAssessmentQuestion Question { get; } = Preconditions.NotNull(Question, nameof(Question));

    /// <summary>Gets the answer.</summary>
    public string Answer { get; } = Preconditions.BoundedText(Answer, Limits.Text, nameof(Answer));

    /// <summary>Gets when it was answered, or <see langword="null"/>.</summary>
    public LocalDate? AnsweredOn { get; } = AnsweredOn is { Calendar: var calendar } && calendar != CalendarSystem.Iso
        ? throw new ArgumentException("The date must be in the ISO calendar.", nameof(AnsweredOn))
        : AnsweredOn;
}
