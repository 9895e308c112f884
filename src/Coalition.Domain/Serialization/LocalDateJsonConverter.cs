using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO-8601 calendar date (<c>2026-11-22</c>), culture-invariant.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an ISO date such as \"2026-11-22\", but found {reader.TokenType}.");
        }

        var result = Pattern.Parse(reader.GetString()!);
        return result.Success
            ? result.Value
            : throw new JsonException($"Expected an ISO date such as \"2026-11-22\": {result.Exception.Message}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStringValue(Pattern.Format(value));
    }
}
