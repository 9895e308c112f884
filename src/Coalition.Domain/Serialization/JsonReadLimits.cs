using Coalition.Domain.Internal;

namespace Coalition.Domain.Serialization;

/// <summary>
/// The limits <see cref="CoalitionJson"/> enforces before it deserialises untrusted JSON, so that a hostile document
/// fails fast with a short message instead of growing memory or messages. The defaults suit every document the library
/// writes; raise them only for a trusted source.
/// </summary>
public sealed record JsonReadLimits
{
    /// <summary>The largest value <see cref="MaxDepth"/> may take: the depth <see cref="CoalitionJsonContext"/> reads (System.Text.Json's default). The library's deepest document nests about 8 levels.</summary>
    public const int MaxAllowedDepth = 64;

    private readonly int maxDepth = 64;
    private readonly int maxPropertyNameLength = 128;
    private readonly int maxStringLength = 65_536;

    /// <summary>Gets the default limits: depth 64, property names of at most 128 bytes, strings of at most 65,536 bytes.</summary>
    public static JsonReadLimits Default { get; } = new();

    /// <summary>Gets the deepest nesting of objects and arrays allowed, from 1 to <see cref="MaxAllowedDepth"/>; 64 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside that range.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = InRange(value, 1, MaxAllowedDepth, nameof(MaxDepth));
    }

    /// <summary>Gets the longest property name allowed, in UTF-8 bytes as written (escapes included); 128 by default. The library's own names are under 40.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxPropertyNameLength
    {
        get => maxPropertyNameLength;
        init => maxPropertyNameLength = InRange(value, 1, int.MaxValue, nameof(MaxPropertyNameLength));
    }

    /// <summary>
    /// Gets the longest string value allowed, in UTF-8 bytes as written (escapes included); 65,536 by default. The
    /// library's longest texts (explanations) are a few thousand characters.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxStringLength
    {
        get => maxStringLength;
        init => maxStringLength = InRange(value, 1, int.MaxValue, nameof(MaxStringLength));
    }

    private static int InRange(int value, int min, int max, string paramName)
    {
        if (value < min || value > max)
        {
            Preconditions.ThrowOutOfRange(paramName, value, $"The limit must be from {min} to {max}.");
        }

        return value;
    }
}
