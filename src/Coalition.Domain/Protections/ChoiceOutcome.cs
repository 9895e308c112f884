using Coalition.Domain.Internal;

namespace Coalition.Domain.Protections;

/// <summary>What one protection looks like if the survivor cooperates with law enforcement, and if they decline.</summary>
/// <param name="Protection">The protection.</param>
/// <param name="IfCooperating">The verdict if the survivor complies with reasonable requests.</param>
/// <param name="IfDeclining">The verdict if the survivor declines contact with law enforcement.</param>
/// <param name="Note">What the choice costs or keeps, in plain language.</param>
public sealed record ChoiceOutcome(Protection Protection, ProtectionVerdict IfCooperating, ProtectionVerdict IfDeclining, string Note)
{
    /// <summary>Gets the protection.</summary>
    public Protection Protection { get; } = Preconditions.Defined(Protection, nameof(Protection));

    /// <summary>Gets the verdict if cooperating.</summary>
    public ProtectionVerdict IfCooperating { get; } = Preconditions.Defined(IfCooperating, nameof(IfCooperating));

    /// <summary>Gets the verdict if declining.</summary>
    public ProtectionVerdict IfDeclining { get; } = Preconditions.Defined(IfDeclining, nameof(IfDeclining));

    /// <summary>Gets what the choice costs or keeps.</summary>
    public string Note { get; } = Preconditions.BoundedText(Note, Limits.Text, nameof(Note));
}
