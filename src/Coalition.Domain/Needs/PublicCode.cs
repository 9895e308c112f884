using Coalition.Domain.Internal;

namespace Coalition.Domain.Needs;

/// <summary>A code in a public code system that a service need maps to, with how closely it matches.</summary>
/// <param name="System">The code system.</param>
/// <param name="Code">The code within that system, for example <c>1121</c>.</param>
/// <param name="Display">The code's display text in that system, for example <c>Emergency Shelter</c>.</param>
/// <param name="Equivalence">How closely the code matches the need.</param>
public sealed record PublicCode(PublicCodeSystem System, string Code, string Display, PublicCodeEquivalence Equivalence)
{
    /// <summary>Gets the code system.</summary>
    public PublicCodeSystem System { get; } = Enum.IsDefined(System)
        ? System
        : throw new ArgumentOutOfRangeException(nameof(System), System, "Unknown public code system.");

    /// <summary>Gets the code within the system.</summary>
    public string Code { get; } = Preconditions.NotBlank(Code, nameof(Code));

    /// <summary>Gets the display text of the code in its system.</summary>
    public string Display { get; } = Preconditions.NotBlank(Display, nameof(Display));

    /// <summary>Gets how closely the code matches the need.</summary>
    public PublicCodeEquivalence Equivalence { get; } = Enum.IsDefined(Equivalence)
        ? Equivalence
        : throw new ArgumentOutOfRangeException(nameof(Equivalence), Equivalence, "Unknown equivalence.");

    /// <summary>Returns <c>system:code (display)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{System}:{Code} ({Display}, {Equivalence})";
}
