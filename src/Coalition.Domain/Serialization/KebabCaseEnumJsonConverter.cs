using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coalition.Domain.Serialization;

/// <summary>
/// Writes and reads the library's enums as stable kebab-case strings (<c>longer-term</c>, <c>law-enforcement</c>) and
/// rejects integers, so that untrusted JSON cannot smuggle in an undefined value. AOT-safe.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class KebabCaseEnumJsonConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Initializes a converter with the kebab-case-lower naming policy and integer values disallowed.</summary>
    public KebabCaseEnumJsonConverter()
        : base(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    {
    }
}
