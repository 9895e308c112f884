using Coalition.Domain.Internal;

namespace Coalition.Domain.Coalitions;

/// <summary>Whether a coalition meets a best practice, with the evidence for the finding.</summary>
/// <param name="IsMet">Whether the practice is met.</param>
/// <param name="Evidence">What in the profile shows it, or what is missing.</param>
public sealed record PracticeCheck(bool IsMet, string Evidence)
{
    /// <summary>Gets the evidence.</summary>
    public string Evidence { get; } = Preconditions.BoundedText(Evidence, Limits.Text, nameof(Evidence));
}
