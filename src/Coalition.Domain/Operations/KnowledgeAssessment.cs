using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// The result of a knowledge assessment of professionals, as an aggregate per audience (seed 003: assess professionals'
/// understanding as part of a needs assessment). Never a person's result.
/// </summary>
/// <param name="Audience">Who was assessed.</param>
/// <param name="Date">When (ISO calendar).</param>
/// <param name="Respondents">How many answered: at least 1.</param>
/// <param name="Passed">How many reached the assessment's pass mark: 0 to <paramref name="Respondents"/>.</param>
public sealed record KnowledgeAssessment(Audience Audience, LocalDate Date, int Respondents, int Passed)
{
    /// <summary>Gets who was assessed.</summary>
    public Audience Audience { get; } = Preconditions.Defined(Audience, nameof(Audience));

    /// <summary>Gets when.</summary>
    public LocalDate Date { get; } = Date.Calendar == CalendarSystem.Iso ? Date : throw new ArgumentException("The date must be in the ISO calendar.", nameof(Date));

    /// <summary>Gets how many answered.</summary>
    public int Respondents { get; } = Respondents >= 1 ? Respondents : throw new ArgumentOutOfRangeException(nameof(Respondents), Respondents, "At least one respondent.");

    /// <summary>Gets how many passed.</summary>
    public int Passed { get; } = Passed >= 0 && Passed <= Respondents ? Passed : throw new ArgumentOutOfRangeException(nameof(Passed), Passed, $"Between 0 and the respondents, {Respondents}.");

    /// <summary>Gets the share who passed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double PassRate => (double)Passed / Respondents;
}
