using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalTime"/> as ISO <c>HH:mm</c> (or <c>HH:mm:ss</c> when it has seconds), as Open Referral HSDS does; culture-invariant.</summary>
public sealed class LocalTimeJsonConverter : JsonConverter<LocalTime>
{
    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Seconds = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    /// <inheritdoc />
    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a local time such as \"09:30\", but found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = text.Length == 5 ? Minutes.Parse(text) : Seconds.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"Expected a local time such as \"09:30\": {result.Exception.Message}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStringValue(value.Second == 0 && value.NanosecondOfSecond == 0 ? Minutes.Format(value) : Seconds.Format(value));
    }
}
