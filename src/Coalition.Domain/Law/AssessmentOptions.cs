using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>How much detail <see cref="TraffickingAssessor.Assess(ILegalFramework, CaseFacts, AssessmentOptions?)"/> gives for an undetermined offence.</summary>
public sealed record AssessmentOptions
{
    /// <summary>The largest value <see cref="MaxDecidingSets"/> and <see cref="MaxFactsPerElement"/> may take.</summary>
    public const int MaxListLength = 100_000;

    private readonly int maxDecidingSets = MaxListLength;
    private readonly int maxFactsPerElement = MaxListLength;

    /// <summary>Gets the default options: every deciding set listed, in full.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>Gets options for a short explanation: the distinct facts that could decide, grouped by element, at most 8 per element; at most 20 deciding sets kept.</summary>
    public static AssessmentOptions Summary { get; } = new() { SummarizeUndetermined = true, MaxDecidingSets = 20, MaxFactsPerElement = 8 };

    /// <summary>
    /// Gets whether the explanation of an undetermined offence gives the distinct facts that could decide it, grouped by
    /// element (<see cref="OffenceAssessment.OpenQuestions"/>), instead of every smallest deciding set.
    /// </summary>
    public bool SummarizeUndetermined { get; init; }

    /// <summary>Gets the most deciding sets kept in <see cref="OffenceAssessment.DecidingSets"/> and listed; the rest are counted in <see cref="OffenceAssessment.OmittedDecidingSets"/>. From 1 to <see cref="MaxListLength"/>; all by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside that range.</exception>
    public int MaxDecidingSets
    {
        get => maxDecidingSets;
        init => maxDecidingSets = InRange(value, nameof(MaxDecidingSets));
    }

    /// <summary>Gets the most facts a summary lists for one element; the rest are counted. From 1 to <see cref="MaxListLength"/>; all by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside that range.</exception>
    public int MaxFactsPerElement
    {
        get => maxFactsPerElement;
        init => maxFactsPerElement = InRange(value, nameof(MaxFactsPerElement));
    }

    private static int InRange(int value, string paramName)
    {
        if (value is < 1 or > MaxListLength)
        {
            Preconditions.ThrowOutOfRange(paramName, value, $"The limit must be from 1 to {MaxListLength}.");
        }

        return value;
    }
}
