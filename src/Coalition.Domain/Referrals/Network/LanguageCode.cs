using System.Text.Json.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// An ISO 639 language code (two or three lower-case ASCII letters, such as <c>en</c>, <c>es</c> or <c>prs</c>), as used
/// by Open Referral HSDS for the languages a service speaks directly. Value-equal; written to JSON as the code.
/// </summary>
[JsonConverter(typeof(LanguageCodeJsonConverter))]
public readonly record struct LanguageCode
{
    private readonly string? value;

    /// <summary>Creates a language code.</summary>
    /// <param name="value">Two or three ASCII letters; upper case is lowered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not two or three ASCII letters.</exception>
    public LanguageCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValid(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An ISO 639 language code is two or three ASCII letters, such as 'en' or 'prs'.");
        }

        this.value = value.ToLowerInvariant();
    }

    /// <summary>Gets the code, in lower case. A default instance has the code <c>und</c> (undetermined).</summary>
    public string Value => value ?? "und";

    /// <summary>Returns whether <paramref name="value"/> is a well-formed code.</summary>
    /// <param name="value">Text to check.</param>
    /// <returns><see langword="true"/> for two or three ASCII letters.</returns>
    public static bool IsValid(string? value) => value is { Length: 2 or 3 } && value.All(char.IsAsciiLetter);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;
}
