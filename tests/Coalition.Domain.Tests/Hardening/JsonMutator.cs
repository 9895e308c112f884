using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Hardening;

/// <summary>What a mutation does to a valid document.</summary>
internal enum MutationKind
{
    FlipByte,
    Truncate,
    InvalidUtf8,
    DeleteProperty,
    DuplicateProperty,
    Retype,
    HugeNumber,
    BoundaryNumber,
    NullInArray,
    LongString,
    OddString,
    SwapValue,
    EmptyCollection,
    DuplicateElement,
}

/// <summary>One mutation: its kind and two random choices (which node, which replacement).</summary>
internal readonly record struct Mutation(MutationKind Kind, int Target, int Choice)
{
    public override string ToString() => $"{Kind}({Target},{Choice})";
}

/// <summary>
/// Mutates valid JSON documents the way an attacker or a careless integrator would: structural mutations on the parsed
/// tree (deleted, duplicated and retyped properties, huge numbers, nulls in arrays, long and odd strings), then byte-level
/// mutations (flips, truncation, invalid UTF-8). Deterministic: the same document and mutations give the same bytes.
/// </summary>
internal static class JsonMutator
{
    private const string RawMarker = "\u0001raw:";

    private static readonly string[] HugeNumbers =
    [
        "1e10", "1e300", "1e308", "-1e308", "1e309", "-1e309", "9223372036854775808", "18446744073709551616",
        "1.7976931348623157e308", "4e-400", "123456789012345678901234567890", "-0",
    ];

    private static readonly string[] BoundaryNumbers =
    [
        "0", "-1", "1", "2147483647", "-2147483648", "4294967296", "0.5", "1e-7", "255", "65535", "150", "17.999",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "9999-12-31", "0001-01-01", "-0001-01-01", "2009-02-30", "2009-02-28", "\u0000", "Europe/Nowhere", "UTC",
        "24:00", "00:00", "23:59:59.999", "P1D", "PT0S", "-PT1H", "a,b", "under18", "eighteen-or-over", "date-of-birth",
        "HOUSING.EMERGENCY", "housing.emergency", "mandatory-reporter", "law-enforcement", "any", "none", "all", "null",
        "9999-12-31T23:59:59Z", "-9998-01-01T00:00:00Z", "\ud83d\ude00", "x\u202ey", "..", "a.b.c.d.e.f",
    ];

    /// <summary>Gets a generator of one to three mutations.</summary>
    internal static Gen<ImmutableArray<Mutation>> Mutations { get; } =
        from count in Gen.Choose(1, 3)
        from list in Gen.ArrayOf(
            from kind in Gen.Elements(Enum.GetValues<MutationKind>())
            from target in Gen.Choose(0, int.MaxValue)
            from choice in Gen.Choose(0, int.MaxValue)
            select new Mutation(kind, target, choice),
            count)
        select list.ToImmutableArray();

    /// <summary>Applies <paramref name="mutations"/> to <paramref name="document"/>: tree mutations first, then duplicated properties, then bytes.</summary>
    internal static byte[] Apply(byte[] document, IEnumerable<Mutation> mutations)
    {
        var all = mutations.ToList();
        var tree = all.Where(m => m.Kind > MutationKind.DuplicateProperty).ToList();
        var duplicates = all.Where(m => m.Kind == MutationKind.DuplicateProperty).ToList();
        var bytes = all.Where(m => m.Kind <= MutationKind.InvalidUtf8).ToList();

        if (tree.Count > 0 || duplicates.Count > 0)
        {
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(document);
            }
            catch (JsonException)
            {
                root = null;
            }

            if (root is not null)
            {
                foreach (var mutation in tree)
                {
                    root = Mutate(root, mutation);
                }

                document = Write(root, duplicates);
            }
        }

        foreach (var mutation in bytes)
        {
            document = MutateBytes(document, mutation);
        }

        return document;
    }

    private static byte[] MutateBytes(byte[] document, Mutation mutation)
    {
        if (document.Length == 0)
        {
            return document;
        }

        switch (mutation.Kind)
        {
            case MutationKind.FlipByte:
                var flipped = (byte[])document.Clone();
                flipped[mutation.Target % flipped.Length] = (byte)mutation.Choice;
                return flipped;
            case MutationKind.Truncate:
                return document[..(mutation.Target % document.Length)];
            default:
                var quotes = Enumerable.Range(0, document.Length).Where(i => document[i] == (byte)'"').ToArray();
                if (quotes.Length == 0)
                {
                    return document;
                }

                var at = quotes[mutation.Target % quotes.Length] + 1;
                byte[][] invalid = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]];
                return [.. document[..at], .. invalid[mutation.Choice % invalid.Length], .. document[at..]];
        }
    }

    private static JsonNode? Mutate(JsonNode? root, Mutation mutation)
    {
        var slots = new List<Slot>();
        Collect(root, null, null, -1, slots);
        List<Slot> candidates = mutation.Kind switch
        {
            MutationKind.DeleteProperty => [.. slots.Where(s => s.Key is not null)],
            MutationKind.NullInArray or MutationKind.EmptyCollection or MutationKind.DuplicateElement =>
                [.. slots.Where(s => s.Value is JsonArray || (mutation.Kind == MutationKind.EmptyCollection && s.Value is JsonObject))],
            MutationKind.HugeNumber or MutationKind.BoundaryNumber => [.. slots.Where(s => s.Value is JsonValue v && v.GetValueKind() == JsonValueKind.Number)],
            MutationKind.LongString or MutationKind.OddString => [.. slots.Where(s => s.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String)],
            _ => slots,
        };
        if (candidates.Count == 0)
        {
            return root;
        }

        var slot = candidates[mutation.Target % candidates.Count];
        var choice = mutation.Choice;
        switch (mutation.Kind)
        {
            case MutationKind.DeleteProperty:
                ((JsonObject)slot.Parent!).Remove(slot.Key!);
                return root;
            case MutationKind.NullInArray:
                var array = (JsonArray)slot.Value!;
                array.Insert(choice % (array.Count + 1), null);
                return root;
            case MutationKind.EmptyCollection:
                if (slot.Value is JsonArray toEmpty)
                {
                    toEmpty.Clear();
                }
                else
                {
                    ((JsonObject)slot.Value!).Clear();
                }

                return root;
            case MutationKind.DuplicateElement:
                var withCopy = (JsonArray)slot.Value!;
                if (withCopy.Count > 0)
                {
                    var element = withCopy[choice % withCopy.Count];
                    withCopy.Add(element?.DeepClone());
                }

                return root;
            case MutationKind.SwapValue:
                var donor = slots[choice % slots.Count].Value;
                return Replace(root, slot, donor?.DeepClone());
            case MutationKind.Retype:
                JsonNode?[] types = [JsonValue.Create(0), JsonValue.Create("x"), JsonValue.Create(true), null, new JsonObject(), new JsonArray(), new JsonArray((JsonNode?)null), JsonValue.Create(1.5), JsonValue.Create(-1)];
                return Replace(root, slot, types[choice % types.Length]);
            case MutationKind.HugeNumber:
                return Replace(root, slot, JsonValue.Create(RawMarker + HugeNumbers[choice % HugeNumbers.Length]));
            case MutationKind.BoundaryNumber:
                return Replace(root, slot, JsonValue.Create(RawMarker + BoundaryNumbers[choice % BoundaryNumbers.Length]));
            case MutationKind.LongString:
                var original = slot.Value!.GetValue<string>();
                int[] lengths = [200, 5_000, 100_000];
                var length = lengths[choice % lengths.Length];
                var repeated = choice % 2 == 0 ? new string('x', length) : string.Concat(Enumerable.Repeat(original.Length == 0 ? "a" : original, (length / Math.Max(1, original.Length)) + 1));
                return Replace(root, slot, JsonValue.Create(repeated));
            default:
                return Replace(root, slot, JsonValue.Create(OddStrings[choice % OddStrings.Length]));
        }
    }

    private static JsonNode? Replace(JsonNode? root, Slot slot, JsonNode? value)
    {
        if (slot.Parent is null)
        {
            return value;
        }

        if (slot.Parent is JsonObject parent)
        {
            parent[slot.Key!] = value;
        }
        else
        {
            ((JsonArray)slot.Parent)[slot.Index] = value;
        }

        return root;
    }

    private static void Collect(JsonNode? node, JsonNode? parent, string? key, int index, List<Slot> slots)
    {
        slots.Add(new Slot(parent, key, index, node));
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    Collect(child, obj, name, -1, slots);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], array, null, i, slots);
                }

                break;
        }
    }

    /// <summary>Writes the tree, turning raw-number markers into raw JSON and writing chosen properties twice.</summary>
    private static byte[] Write(JsonNode? root, List<Mutation> duplicates)
    {
        var objectCount = CountObjects(root);
        var chosen = duplicates.Where(_ => objectCount > 0).Select(d => (Object: d.Target % objectCount, d.Choice)).ToList();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var counter = 0;
            WriteNode(writer, root, chosen, ref counter);
        }

        return stream.ToArray();
    }

    private static int CountObjects(JsonNode? node) => node switch
    {
        JsonObject obj => 1 + obj.Sum(p => CountObjects(p.Value)),
        JsonArray array => array.Sum(CountObjects),
        _ => 0,
    };

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node, List<(int Object, int Choice)> duplicates, ref int counter)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                var number = counter++;
                writer.WriteStartObject();
                var properties = obj.ToList();
                foreach (var (name, child) in properties)
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, child, duplicates, ref counter);
                }

                foreach (var (_, choice) in duplicates.Where(d => d.Object == number))
                {
                    if (properties.Count == 0)
                    {
                        continue;
                    }

                    var (name, value) = properties[choice % properties.Count];
                    writer.WritePropertyName(name);
                    var ignored = 0;
                    if (choice % 3 == 0)
                    {
                        WriteNode(writer, value, [], ref ignored);
                    }
                    else
                    {
                        writer.WriteRawValue(BoundaryNumbers[choice % BoundaryNumbers.Length], skipInputValidation: true);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteNode(writer, item, duplicates, ref counter);
                }

                writer.WriteEndArray();
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().StartsWith(RawMarker, StringComparison.Ordinal):
                writer.WriteRawValue(value.GetValue<string>()[RawMarker.Length..], skipInputValidation: true);
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    /// <summary>Returns a short, printable prefix of a document for failure messages.</summary>
    internal static string Preview(byte[] document) =>
        Encoding.UTF8.GetString(document, 0, Math.Min(document.Length, 400)).Replace('\u0000', '?');

    private sealed record Slot(JsonNode? Parent, string? Key, int Index, JsonNode? Value);
}
