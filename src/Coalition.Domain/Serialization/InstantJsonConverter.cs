using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="Instant"/> as an ISO-8601 UTC timestamp (<c>2026-11-22T03:00:00Z</c>), culture-invariant.</summary>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    private static readonly InstantPattern Pattern = InstantPattern.ExtendedIso;

    /// <inheritdoc />
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an ISO instant such as \"2026-11-22T03:00:00Z\", but found {reader.TokenType}.");
        }

        var result = Pattern.Parse(reader.GetString()!);
        return result.Success
            ? result.Value
            : throw new JsonException($"Expected an ISO instant such as \"2026-11-22T03:00:00Z\": {result.Exception.Message}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStringValue(Pattern.Format(value));
    }
}
