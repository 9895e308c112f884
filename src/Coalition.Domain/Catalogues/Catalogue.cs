using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Catalogues;

/// <summary>
/// An immutable, thread-safe catalogue of entries with unique codes: lookup by code in constant time,
/// enumeration in a stable documented order, and suggestions for mistyped codes.
/// </summary>
/// <typeparam name="TEntry">The entry type.</typeparam>
public sealed class Catalogue<TEntry> : IReadOnlyList<TEntry>
    where TEntry : class, ICatalogueEntry
{
    /// <summary>The longest input <see cref="SuggestCodes"/> compares with the known codes; a longer one gets no suggestions.</summary>
    public const int MaxSuggestionInputLength = 128;

    private const int DefaultSuggestionCount = 3;

    private readonly ImmutableArray<TEntry> entries;
    private readonly FrozenDictionary<string, TEntry> byCode;

    internal Catalogue(string entryKind, IEnumerable<TEntry> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entryKind);
        ArgumentNullException.ThrowIfNull(entries);
        EntryKind = entryKind;
        this.entries = entries.ToImmutableArray();
        Preconditions.NoNullElements(this.entries, nameof(entries));
        var map = new Dictionary<string, TEntry>(this.entries.Length, StringComparer.Ordinal);
        foreach (var entry in this.entries)
        {
            if (!map.TryAdd(entry.Code, entry))
            {
                throw new ArgumentException($"Duplicate {entryKind} code '{entry.Code}'.", nameof(entries));
            }
        }

        byCode = map.ToFrozenDictionary(StringComparer.Ordinal);
        Codes = this.entries.Select(e => e.Code).ToImmutableArray();
    }

    /// <summary>Gets what the entries are called in messages, for example <c>service need</c>.</summary>
    public string EntryKind { get; }

    /// <summary>Gets the number of entries.</summary>
    public int Count => entries.Length;

    /// <summary>Gets every entry, in catalogue order.</summary>
    public ImmutableArray<TEntry> Entries => entries;

    /// <summary>Gets every code, in catalogue order.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Gets the entry at <paramref name="index"/> in catalogue order.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the catalogue.</exception>
    public TEntry this[int index] => entries[index];

    /// <summary>Returns the entry with the given code.</summary>
    /// <param name="code">A stable code, compared ordinally (codes are lower case).</param>
    /// <returns>The entry with that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No entry has that code. The message names the code and
    /// suggests the nearest known codes; <see cref="ArgumentOutOfRangeException.ActualValue"/> holds the code.</exception>
    public TEntry Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (byCode.TryGetValue(code, out var entry))
        {
            return entry;
        }

        ThrowUnknown(code);
        return null!;
    }

    /// <summary>Looks up an entry by code without throwing.</summary>
    /// <param name="code">A code, or <see langword="null"/>.</param>
    /// <param name="entry">The entry when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when an entry has that code.</returns>
    public bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out TEntry? entry)
    {
        if (code is null)
        {
            entry = null;
            return false;
        }

        return byCode.TryGetValue(code, out entry);
    }

    /// <summary>Looks up an entry by a code held in a span, without allocating.</summary>
    /// <param name="code">The code's characters.</param>
    /// <param name="entry">The entry when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when an entry has that code.</returns>
    public bool TryGet(ReadOnlySpan<char> code, [NotNullWhen(true)] out TEntry? entry)
    {
#if NET9_0_OR_GREATER
        return byCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out entry);
#else
        return byCode.TryGetValue(code.ToString(), out entry);
#endif
    }

    /// <summary>Returns whether an entry has the given code.</summary>
    /// <param name="code">A code, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public bool Contains([NotNullWhen(true)] string? code) => code is not null && byCode.ContainsKey(code);

    /// <summary>
    /// Returns up to <paramref name="maxSuggestions"/> known codes nearest to <paramref name="code"/>: codes
    /// that start with it first, then by edit distance, ties broken by code. None for an input longer than
    /// <see cref="MaxSuggestionInputLength"/> characters.
    /// </summary>
    /// <param name="code">An unknown or partial code.</param>
    /// <param name="maxSuggestions">How many codes to return at most; at least 1.</param>
    /// <returns>The nearest known codes, nearest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSuggestions"/> is less than 1.</exception>
    public ImmutableArray<string> SuggestCodes(string code, int maxSuggestions = DefaultSuggestionCount)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSuggestions, 1);
        if (code.Length > MaxSuggestionInputLength)
        {
            // No known code is this long; comparing would cost time in proportion to a hostile input's length.
            return [];
        }
        var normalized = code.Trim().ToLowerInvariant();
        return Codes
            .Select(known => (Code: known, Prefix: normalized.Length > 0 && known.StartsWith(normalized, StringComparison.Ordinal) ? 0 : 1, Distance: EditDistance.Levenshtein(normalized, known)))
            .OrderBy(c => c.Prefix)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(maxSuggestions)
            .Select(c => c.Code)
            .ToImmutableArray();
    }

    /// <summary>Returns an enumerator over the entries in catalogue order.</summary>
    /// <returns>An allocation-free enumerator.</returns>
    public ImmutableArray<TEntry>.Enumerator GetEnumerator() => entries.GetEnumerator();

    IEnumerator<TEntry> IEnumerable<TEntry>.GetEnumerator() => ((IEnumerable<TEntry>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)entries).GetEnumerator();

    /// <summary>Returns a short description such as <c>service need catalogue (43 entries)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{EntryKind} catalogue ({Count} entries)";

    /// <summary>Builds the message for an unknown code: the code, the nearest known codes, and what codes look like.</summary>
    /// <remarks>Suggestions are computed only for a code of plausible length (at most <see cref="MaxSuggestionInputLength"/> characters), so that a hostile input costs nothing.</remarks>
    internal string UnknownCodeMessage(string code)
    {
        var nearest = code.Length <= MaxSuggestionInputLength
            ? $" Nearest known codes: {string.Join(", ", SuggestCodes(code).Select(s => $"'{s}'"))}."
            : string.Empty;
        return $"Unknown {EntryKind} code {Preconditions.Quote(code)}.{nearest} See the {EntryKind} catalogue for all {Count} codes.";
    }

    [DoesNotReturn]
    private void ThrowUnknown(string code) =>
        throw new ArgumentOutOfRangeException(nameof(code), UnknownCodeMessage(code));
}
