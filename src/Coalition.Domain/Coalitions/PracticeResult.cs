using Coalition.Domain.Internal;

namespace Coalition.Domain.Coalitions;

/// <summary>One best practice, met or not, with the evidence.</summary>
/// <param name="Practice">The practice.</param>
/// <param name="IsMet">Whether it is met.</param>
/// <param name="Evidence">The evidence.</param>
public sealed record PracticeResult(BestPractice Practice, bool IsMet, string Evidence)
{
    /// <summary>Gets the practice.</summary>
    public BestPractice Practice { get; } = Preconditions.NotNull(Practice, nameof(Practice));

    /// <summary>Gets the evidence.</summary>
    public string Evidence { get; } = Preconditions.BoundedText(Evidence, Limits.Text, nameof(Evidence));
}
