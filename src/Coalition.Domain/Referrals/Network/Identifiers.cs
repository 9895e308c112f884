using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Network;

/// <summary>Validation of provider and offering ids: 1 to 100 characters, no white space or control characters.</summary>
internal static class Identifiers
{
    internal const int MaxLength = 100;

    /// <summary>Returns <paramref name="id"/> when it is a valid id; otherwise throws as <see cref="Validate"/> does.</summary>
    internal static string Valid([System.Diagnostics.CodeAnalysis.NotNull] string? id, string paramName)
    {
        Validate(id, paramName);
        return id;
    }

    internal static void Validate([System.Diagnostics.CodeAnalysis.NotNull] string? id, string paramName)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        if (id.Length is 0 or > MaxLength || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentOutOfRangeException(paramName, $"The id {Preconditions.Quote(id)} is not valid: an id is 1 to {MaxLength} characters without white space.");
        }
    }
}
