using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.Law;

/// <summary>
/// Reads and writes <see cref="CaseFacts"/> as
/// <c>{"established":["recruitment"],"ruledOut":["fraud"],"age":{"kind":"date-of-birth","dateOfBirth":"2008-02-29"},"conduct":{"start":"2024-01-01","end":"2024-06-30"}}</c>.
/// Strict: unknown or repeated properties, unknown fact codes, a fact both established and ruled out, or a derived fact
/// raise a <see cref="JsonException"/> whose message names the location inside the facts object (for example
/// <c>at 'established[1]'</c>); the serializer sets <see cref="JsonException.Path"/> to the facts object itself. A message
/// never quotes a date, nor any value that could be one. The age kind <c>under18</c> of earlier versions is read as
/// <c>under-eighteen</c>. AOT-safe.
/// </summary>
public sealed class CaseFactsJsonConverter : JsonConverter<CaseFacts>
{
    private static readonly FrozenDictionary<string, CaseFact> FactsByCode =
        Enum.GetValues<CaseFact>().ToFrozenDictionary(CaseFacts.Describe, f => f, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, AgeEvidenceKind> AgeKindsByCode =
        Enum.GetValues<AgeEvidenceKind>().Select(k => KeyValuePair.Create(JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString()), k))
            .Append(KeyValuePair.Create("under18", AgeEvidenceKind.UnderEighteen))
            .ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string KnownAgeKinds = string.Join(", ", Enum.GetValues<AgeEvidenceKind>().Select(k => JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString())));

    /// <inheritdoc />
    public override CaseFacts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject, "case facts");
        ulong established = 0, ruledOut = 0;
        var age = AgeEvidence.Unknown;
        ConductPeriod? conduct = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            Once(ref seen, property, ["established", "ruledOut", "age", "conduct"], string.Empty);
            reader.Read();
            switch (property)
            {
                case "established":
                    established = ReadFacts(ref reader, "established");
                    break;
                case "ruledOut":
                    ruledOut = ReadFacts(ref reader, "ruledOut");
                    break;
                case "age":
                    age = ReadAge(ref reader);
                    break;
                case "conduct":
                    conduct = reader.TokenType == JsonTokenType.Null ? null : ReadConduct(ref reader);
                    break;
                default:
                    throw new JsonException($"Unknown property {Preconditions.Quote(property)} in case facts. Allowed: established, ruledOut, age, conduct.");
            }
        }

        if ((established & ruledOut) != 0)
        {
            var both = CaseFacts.FactsIn(established & ruledOut);
            throw new JsonException($"Facts cannot be both established and ruled out (at 'established' and 'ruledOut'): {string.Join(", ", both.Select(CaseFacts.Describe))}.");
        }

        return CaseFacts.FromMasks(established, ruledOut, age, conduct);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CaseFacts value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        WriteFacts(writer, "established", value.Established);
        WriteFacts(writer, "ruledOut", value.RuledOut);
        writer.WriteStartObject("age");
        writer.WriteString("kind", JsonNamingPolicy.KebabCaseLower.ConvertName(value.Age.Kind.ToString()));
        if (value.Age.DateOfBirth is { } dateOfBirth)
        {
            writer.WriteString("dateOfBirth", LocalDatePattern.Iso.Format(dateOfBirth));
        }

        writer.WriteEndObject();
        if (value.Conduct is { } conduct)
        {
            writer.WriteStartObject("conduct");
            writer.WriteString("start", LocalDatePattern.Iso.Format(conduct.Start));
            writer.WriteString("end", LocalDatePattern.Iso.Format(conduct.End));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter writer, string name, IEnumerable<CaseFact> facts)
    {
        writer.WriteStartArray(name);
        foreach (var fact in facts)
        {
            writer.WriteStringValue(CaseFacts.Describe(fact));
        }

        writer.WriteEndArray();
    }

    private static ulong ReadFacts(ref Utf8JsonReader reader, string property)
    {
        Expect(ref reader, JsonTokenType.StartArray, "a list of fact codes", property);
        ulong mask = 0;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var where = $"{property}[{index++}]";
            Expect(ref reader, JsonTokenType.String, "a fact code", where);
            var code = reader.GetString()!;
            if (!FactsByCode.TryGetValue(code, out var fact))
            {
                throw new JsonException($"Unknown case fact {Preconditions.Quote(code)} at '{where}'. Known facts: {string.Join(", ", FactsByCode.Keys.Order(StringComparer.Ordinal))}.");
            }

            if (fact == CaseFact.UnderEighteen)
            {
                throw new JsonException($"'under-eighteen' at '{where}' follows from the age and the conduct dates; give 'age' and 'conduct' instead.");
            }

            mask |= 1UL << (int)fact;
        }

        return mask;
    }

    private static AgeEvidence ReadAge(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an age object", "age");
        AgeEvidenceKind? kind = null;
        LocalDate? dateOfBirth = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            Once(ref seen, property, ["kind", "dateOfBirth"], "age.");
            reader.Read();
            switch (property)
            {
                case "kind":
                    Expect(ref reader, JsonTokenType.String, "an age kind", "age.kind");
                    var code = reader.GetString()!;
                    kind = AgeKindsByCode.TryGetValue(code, out var k)
                        ? k
                        : throw new JsonException($"Unknown age kind {Preconditions.Quote(code)} at 'age.kind'. Known kinds: {KnownAgeKinds}.");
                    break;
                case "dateOfBirth":
                    dateOfBirth = ReadDate(ref reader, "age.dateOfBirth");
                    break;
                default:
                    throw new JsonException($"Unknown property {Preconditions.Quote(property)} at 'age'. Allowed: kind, dateOfBirth.");
            }
        }

        return (kind, dateOfBirth) switch
        {
            (AgeEvidenceKind.DateOfBirth, { } date) => date < AgeEvidence.EarliestDateOfBirth || date > AgeEvidence.LatestDateOfBirth
                ? throw new JsonException("The date of birth at 'age.dateOfBirth' is outside the accepted range (year 1 to year 9981); it is not shown.")
                : AgeEvidence.FromDateOfBirth(date),
            (AgeEvidenceKind.DateOfBirth, null) => throw new JsonException("Age kind 'date-of-birth' at 'age' needs 'dateOfBirth'."),
            (_, not null) => throw new JsonException("'dateOfBirth' at 'age' is allowed only with kind 'date-of-birth'."),
            (AgeEvidenceKind.UnderEighteen, _) => AgeEvidence.UnderEighteen,
            (AgeEvidenceKind.EighteenOrOver, _) => AgeEvidence.EighteenOrOver,
            (AgeEvidenceKind.TurnedEighteenDuringConduct, _) => AgeEvidence.TurnedEighteenDuringConduct,
            (AgeEvidenceKind.Unknown, _) => AgeEvidence.Unknown,
            _ => throw new JsonException("Age at 'age' needs a 'kind'."),
        };
    }

    private static ConductPeriod ReadConduct(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "a conduct period", "conduct");
        LocalDate? start = null, end = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            Once(ref seen, property, ["start", "end"], "conduct.");
            reader.Read();
            switch (property)
            {
                case "start":
                    start = ReadDate(ref reader, "conduct.start");
                    break;
                case "end":
                    end = ReadDate(ref reader, "conduct.end");
                    break;
                default:
                    throw new JsonException($"Unknown property {Preconditions.Quote(property)} at 'conduct'. Allowed: start, end.");
            }
        }

        if (start is null || end is null)
        {
            throw new JsonException("The conduct period at 'conduct' needs both 'start' and 'end'.");
        }

        if (end < start)
        {
            throw new JsonException("The conduct at 'conduct' ends before it starts.");
        }

        return new ConductPeriod(start.Value, end.Value);
    }

    private static LocalDate ReadDate(ref Utf8JsonReader reader, string where)
    {
        Expect(ref reader, JsonTokenType.String, "an ISO date", where);
        var result = LocalDatePattern.Iso.Parse(reader.GetString()!);
        if (result.Success)
        {
            return result.Value;
        }

        // A malformed date may still be personal data: say where, never what.
        throw new JsonException($"Expected an ISO date (uuuu-MM-dd) at '{where}'; the value given (not shown) is not one.");
    }

    /// <summary>Throws when a known property appears a second time in the same object (an unknown one is reported by the caller).</summary>
    private static void Once(ref int seen, string? property, ReadOnlySpan<string> names, string prefix)
    {
        var index = names.IndexOf(property!);
        if (index < 0)
        {
            return;
        }

        if ((seen & (1 << index)) != 0)
        {
            throw new JsonException($"The property '{prefix}{property}' appears more than once in the case facts.");
        }

        seen |= 1 << index;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what, string? where = null)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {what}{(where is null ? string.Empty : $" at '{where}'")}, but found {reader.TokenType}.");
        }
    }
}
