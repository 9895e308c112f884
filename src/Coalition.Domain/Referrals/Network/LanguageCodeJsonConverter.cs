using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using System.Text.Json;

namespace Coalition.Domain.Referrals.Network;

/// <summary>Reads and writes <see cref="LanguageCode"/> as its code string.</summary>
public sealed class LanguageCodeJsonConverter : JsonConverter<LanguageCode>
{
    /// <inheritdoc />
    public override LanguageCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return LanguageCode.IsValid(text)
            ? new LanguageCode(text!)
            : throw new JsonException($"Expected an ISO 639 language code such as \"en\", but found {(text is null ? reader.TokenType.ToString() : Preconditions.Quote(text))}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LanguageCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStringValue(value.Value);
    }
}
