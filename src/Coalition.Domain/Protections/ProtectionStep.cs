using Coalition.Domain.Internal;

namespace Coalition.Domain.Protections;

/// <summary>A next step in plain language, and who takes it.</summary>
/// <param name="Actor">Who acts.</param>
/// <param name="Text">What to do.</param>
public sealed record ProtectionStep(ProtectionActor Actor, string Text)
{
    /// <summary>Gets who acts.</summary>
    public ProtectionActor Actor { get; } = Preconditions.Defined(Actor, nameof(Actor));

    /// <summary>Gets what to do.</summary>
    public string Text { get; } = Preconditions.BoundedText(Text, Limits.Text, nameof(Text));
}
