using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Coalition.Domain.Serialization;

/// <summary>
/// Reads untrusted JSON into the library's types under one contract: the result is a fully valid object, or a
/// <see cref="JsonException"/> whose <see cref="JsonException.Path"/> and message name where the document is wrong, whose
/// message is at most <see cref="MaxMessageLength"/> characters, and which quotes at most a short prefix of a bad value and
/// never a date of birth, an age or a gender. Nothing else escapes, and nothing is half-built.
/// </summary>
/// <remarks>
/// <para>
/// Before deserialising, the document is scanned once against <see cref="JsonReadLimits"/>: nesting depth, property
/// name length and string length; a property repeated in the same object is rejected (System.Text.Json would silently
/// keep the last one). Then <see cref="JsonSerializer"/> reads it with the given <see cref="JsonTypeInfo{T}"/>, normally
/// one from <see cref="CoalitionJsonContext"/>. Every type validates its invariants in its constructor, so a
/// deserialised object is exactly as valid as one built in code; a constructor's <see cref="ArgumentException"/> is
/// reported as a <see cref="JsonException"/> that carries it as <see cref="Exception.InnerException"/>.
/// </para>
/// <para>
/// Calling <see cref="JsonSerializer"/> directly with <see cref="CoalitionJsonContext"/> gives objects that are just as
/// valid, but its own messages may quote an unknown property name of any length, and on .NET 8 a repeated property is
/// not rejected. Prefer this class for anything that crosses a trust boundary.
/// </para>
/// </remarks>
public static class CoalitionJson
{
    /// <summary>The longest message of an exception thrown by this class.</summary>
    public const int MaxMessageLength = 1000;

    private const int MaxPathLength = 300;

    /// <summary>Reads a <typeparamref name="T"/> from UTF-8 JSON under the untrusted-input contract.</summary>
    /// <typeparam name="T">The type to read, such as <see cref="Referrals.Network.ReferralNetwork"/>.</typeparam>
    /// <param name="utf8Json">The UTF-8 document.</param>
    /// <param name="typeInfo">The type's metadata, such as <c>CoalitionJsonContext.Default.ReferralNetwork</c>.</param>
    /// <param name="limits">The limits to enforce; <see cref="JsonReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The valid object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="JsonException">The document is malformed, exceeds a limit, repeats a property, is the literal <c>null</c>, or describes an invalid object; or <typeparamref name="T"/> cannot be read from JSON at all.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, JsonReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        CheckLimits(utf8Json, limits);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(utf8Json, typeInfo);
        }
        catch (JsonException e) when (!IsBounded(e))
        {
            throw new JsonException(Bound(e.Message), BoundPath(e.Path), e.LineNumber, e.BytePositionInLine);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(Bound($"The document describes an invalid {typeof(T).Name}: {e.Message}"), e);
        }
        catch (NotSupportedException e)
        {
            // Metadata the source generator emitted for a type that is never read on its own (NodaTime's CalendarSystem, say).
            throw new JsonException($"A {typeof(T).Name} cannot be read from JSON.", e);
        }

        // CheckLimits rejected a root null, so the value is never null (nor a default ImmutableArray); a collection read at
        // the root has no constructor to reject a null element, so that is checked here.
        if (value is System.Collections.IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    throw new JsonException($"The element at index {index} is null; expected a value.", $"$[{index}]", null, null);
                }

                index++;
            }
        }

        return value!;
    }

    /// <summary>Reads a <typeparamref name="T"/> from JSON text under the untrusted-input contract.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="json">The document.</param>
    /// <param name="typeInfo">The type's metadata, such as <c>CoalitionJsonContext.Default.ClientProfile</c>.</param>
    /// <param name="limits">The limits to enforce; <see cref="JsonReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The valid object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="JsonException">The document is malformed, exceeds a limit, repeats a property, is the literal <c>null</c>, or describes an invalid object.</exception>
    public static T Deserialize<T>(string json, JsonTypeInfo<T> typeInfo, JsonReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return Deserialize(Encoding.UTF8.GetBytes(json), typeInfo, limits);
    }

    /// <summary>
    /// Scans a document once against <paramref name="limits"/> without deserialising it: well-formed JSON (no comments or
    /// trailing commas), nesting depth, property-name and string lengths, valid UTF-8, no property repeated in the same
    /// object, and a root that is not the literal <c>null</c>. Used by <see cref="Deserialize{T}(ReadOnlySpan{byte}, JsonTypeInfo{T}, JsonReadLimits?)"/> and by importers.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 document.</param>
    /// <param name="limits">The limits to enforce; <see cref="JsonReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="JsonException">The document breaks a rule; <see cref="JsonException.Path"/> says where.</exception>
    public static void CheckLimits(ReadOnlySpan<byte> utf8Json, JsonReadLimits? limits = null)
    {
        limits ??= JsonReadLimits.Default;
        var scan = new Scan(limits);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            MaxDepth = limits.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.Null && reader.CurrentDepth == 0)
                {
                    throw new JsonException("The document is the literal null; expected a value.", "$", null, null);
                }

                scan.Visit(ref reader);
            }
        }
        catch (JsonException e) when (e.Path is null)
        {
            // The reader's own messages quote the bytes at fault, which could be anything (a date of birth included): say where, not what.
            throw new JsonException(SyntaxMessage(e), BoundPath(scan.Path()), e.LineNumber, e.BytePositionInLine);
        }
    }

    /// <summary>A message for a reader error that gives its position and never the text at fault.</summary>
    internal static string SyntaxMessage(JsonException e) =>
        e.Message.Contains("maximum configured depth", StringComparison.Ordinal) || e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? $"The document nests deeper than allowed (line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0})."
            : $"The document is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0}); the text at fault is not shown.";

    /// <summary>Cuts <paramref name="message"/> to at most <see cref="MaxMessageLength"/> characters.</summary>
    internal static string Bound(string message) =>
        message.Length <= MaxMessageLength ? message : string.Concat(message.AsSpan(0, MaxMessageLength - 1), "…");

    /// <summary>Cuts a JSON path to its last <see cref="MaxPathLength"/> characters, marked when cut.</summary>
    internal static string? BoundPath(string? path) =>
        path is null || path.Length <= MaxPathLength ? path : string.Concat("…", path.AsSpan(path.Length - MaxPathLength + 1));

    private static bool IsBounded(JsonException e) =>
        e.Message.Length <= MaxMessageLength && (e.Path?.Length ?? 0) <= MaxPathLength &&
        (e.InnerException is null || e.InnerException.Message.Length <= MaxMessageLength);

    /// <summary>The scanner's state: one frame per nesting level, reused.</summary>
    private sealed class Scan(JsonReadLimits limits)
    {
        private readonly bool[] isArray = new bool[limits.MaxDepth + 1];
        private readonly int[] index = new int[limits.MaxDepth + 1];
        private readonly string?[] name = new string?[limits.MaxDepth + 1];
        private readonly HashSet<string>?[] seen = new HashSet<string>?[limits.MaxDepth + 1];
        private int depth;

        public void Visit(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    Property(ref reader);
                    return;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    depth--;
                    return;
            }

            // A value: count it within its array.
            if (depth > 0 && isArray[depth])
            {
                index[depth]++;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    depth++;
                    isArray[depth] = reader.TokenType == JsonTokenType.StartArray;
                    index[depth] = -1;
                    name[depth] = null;
                    seen[depth]?.Clear();
                    break;
                case JsonTokenType.String:
                    String(ref reader);
                    break;
            }
        }

        public string Path()
        {
            var path = new StringBuilder("$");
            for (var level = 1; level <= depth; level++)
            {
                if (isArray[level])
                {
                    if (index[level] >= 0)
                    {
                        path.Append('[').Append(index[level]).Append(']');
                    }
                }
                else if (name[level] is { } property)
                {
                    path.Append('.').Append(property);
                }
            }

            return path.ToString();
        }

        private void Property(ref Utf8JsonReader reader)
        {
            var length = reader.ValueSpan.Length;
            if (length > limits.MaxPropertyNameLength)
            {
                name[depth] = "…";
                Fail($"A property name is {length} bytes long; at most {limits.MaxPropertyNameLength} are allowed.");
            }

            var text = Text(ref reader, "property name");
            if (!IsPlainName(text))
            {
                name[depth] = "…";
                Fail("A property name has characters this library never uses in a name (control or non-ASCII characters, quotes, or four or more digits); it is not shown.");
            }

            name[depth] = text;
            var names = seen[depth] ??= new HashSet<string>(StringComparer.Ordinal);
            if (!names.Add(text))
            {
                Fail($"The property '{text}' appears more than once in the same object.");
            }
        }

        private void String(ref Utf8JsonReader reader)
        {
            var length = reader.ValueSpan.Length;
            if (length > limits.MaxStringLength)
            {
                Fail($"A string is {length} bytes long; at most {limits.MaxStringLength} are allowed.");
            }

            if (reader.ValueIsEscaped)
            {
                Text(ref reader, "string");
            }
            else if (!System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
            {
                Fail("A string is not valid UTF-8.");
            }
        }

        private string Text(ref Utf8JsonReader reader, string what)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                Fail($"A {what} is not valid UTF-8 or UTF-16.");
                throw;
            }
        }

        /// <summary>Whether a property name can be quoted safely: printable ASCII without quotes or backslashes, and fewer than four digits (so never a date).</summary>
        private static bool IsPlainName(string text)
        {
            var digits = 0;
            foreach (var c in text)
            {
                if (c is < ' ' or > '~' or '\'' or '"' or '\\' || (char.IsAsciiDigit(c) && ++digits >= 4))
                {
                    return false;
                }
            }

            return true;
        }

        private void Fail(string message) => throw new JsonException(message, BoundPath(Path()), null, null);
    }
}
