namespace Coalition.Domain.Referrals.Network;

/// <summary>Validation of provider and offering ids: 1 to 100 characters, no white space or control characters.</summary>
internal static class Identifiers
{
    internal const int MaxLength = 100;

    internal static void Validate(string? id, string paramName)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        if (id.Length is 0 or > MaxLength || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentOutOfRangeException(paramName, id, $"An id is 1 to {MaxLength} characters without white space.");
        }
    }
}
