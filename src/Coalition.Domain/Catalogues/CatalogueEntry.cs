using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Catalogues;

/// <summary>
/// Base class of the library's catalogue entries: value equality by <see cref="Code"/>, and a
/// <see cref="ToString"/> that returns the code.
/// </summary>
/// <remarks>
/// This class is abstract by design and cannot be derived from outside the library: every entry comes from a
/// closed catalogue, and codes are unique within it, so equality by code is equality of content.
/// </remarks>
/// <typeparam name="TSelf">The derived entry type.</typeparam>
public abstract class CatalogueEntry<TSelf> : ICatalogueEntry, IEquatable<TSelf>
    where TSelf : CatalogueEntry<TSelf>
{
    private readonly int hashCode;

    private protected CatalogueEntry(string code, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        if (!CodeSyntax.IsValid(code))
        {
            Preconditions.ThrowOutOfRange(nameof(code), code, CodeSyntax.Description);
        }

        Code = code;
        DisplayName = displayName;
        hashCode = StringComparer.Ordinal.GetHashCode(code);
    }

    /// <summary>Gets the stable code of this entry.</summary>
    public string Code { get; }

    /// <summary>Gets the human-readable name of this entry. It may change between releases.</summary>
    public string DisplayName { get; }

    /// <summary>Compares two entries by code.</summary>
    /// <param name="left">The first entry, or <see langword="null"/>.</param>
    /// <param name="right">The second entry, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are null or both have the same code.</returns>
    public static bool operator ==(CatalogueEntry<TSelf>? left, CatalogueEntry<TSelf>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two entries by code.</summary>
    /// <param name="left">The first entry, or <see langword="null"/>.</param>
    /// <param name="right">The second entry, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the entries differ.</returns>
    public static bool operator !=(CatalogueEntry<TSelf>? left, CatalogueEntry<TSelf>? right) => !(left == right);

    /// <summary>Returns whether <paramref name="other"/> has the same code as this entry.</summary>
    /// <param name="other">The entry to compare with, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the codes are equal (ordinal comparison).</returns>
    public bool Equals(TSelf? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TSelf other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => hashCode;

    /// <summary>Returns the entry's code.</summary>
    /// <returns>The stable code.</returns>
    public override string ToString() => Code;

    /// <summary>Builds an immutable array, rejecting null elements, for use by derived constructors.</summary>
    private protected static ImmutableArray<T> ToImmutable<T>(IEnumerable<T> values, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var array = values.ToImmutableArray();
        Preconditions.NoNullElements(array, paramName);
        return array;
    }
}
