using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Coalition.Domain.Serialization;

/// <summary>
/// Base of the NodaTime JSON converters: reads a JSON string with the first matching NodaTime pattern and writes with the
/// format pattern, culture-invariant. Abstract by design; the library's converters are its only subclasses.
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
public abstract class NodaPatternJsonConverter<T> : JsonConverter<T>
{
    private readonly string form;

    private protected NodaPatternJsonConverter(string form) => this.form = form;

    /// <inheritdoc />
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string in the form {form}, but found {reader.TokenType}.");
        }

        // NodaTime's parse messages quote the text; a date could be a date of birth, so only the expected form is given.
        var result = Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException($"Expected a value in the form {form}; the value given (not shown) does not match.");
    }

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStringValue(Format(value));
    }

    private protected abstract ParseResult<T> Parse(string text);

    private protected abstract string Format(T value);
}
