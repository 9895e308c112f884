using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coalition.Domain.Catalogues;

/// <summary>
/// Writes a catalogue entry as its code and reads a code back as the same entry, also as a dictionary key.
/// An unknown code, a <c>null</c>, or a token that is not a string, raises a <see cref="JsonException"/>; the serializer
/// adds the JSON path (<see cref="JsonException.Path"/>). The message quotes at most a short prefix of an unknown code,
/// and none of one that could be personal data. AOT-safe: the catalogue is found through
/// <see cref="ICatalogueEntry{TSelf}.Catalogue"/>, without reflection.
/// </summary>
/// <typeparam name="TEntry">The entry type.</typeparam>
public sealed class CatalogueEntryJsonConverter<TEntry> : JsonConverter<TEntry>
    where TEntry : class, ICatalogueEntry<TEntry>
{
    private const int MaxCodeLength = 128;
    private const int MaxEscapedCodeLength = 6 * MaxCodeLength;

    /// <summary>Gets <see langword="true"/>: a JSON <c>null</c> where a code belongs (as in <c>[null]</c>) is rejected, never read as a null entry.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override TEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {TEntry.Catalogue.EntryKind} code as a JSON string, but found {reader.TokenType}.");
        }

        return Resolve(ref reader);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEntry value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStringValue(value.Code);
    }

    /// <inheritdoc />
    public override TEntry ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Resolve(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEntry value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WritePropertyName(value.Code);
    }

    private static TEntry Resolve(ref Utf8JsonReader reader)
    {
        var catalogue = TEntry.Catalogue;
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= MaxCodeLength)
        {
            // Unescaped text is never longer (in chars) than its UTF-8 bytes, so the buffer is large enough.
            Span<char> buffer = stackalloc char[MaxCodeLength];
            var written = reader.CopyString(buffer);
            if (catalogue.TryGet(buffer[..written], out var entry))
            {
                return entry;
            }

            throw new JsonException(catalogue.UnknownCodeMessage(buffer[..written].ToString()));
        }

        if (length <= MaxEscapedCodeLength)
        {
            // Escaped text (\uXXXX) can be longer than the code it spells; no known code is this long, so it is unknown.
            throw new JsonException(catalogue.UnknownCodeMessage(reader.GetString()!));
        }

        throw new JsonException($"A {catalogue.EntryKind} code is at most {MaxCodeLength} characters; found a string of {length} bytes.");
    }
}
