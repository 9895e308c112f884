using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Coalition.Domain.Tests.Hardening;

/// <summary>
/// The fuzzing and hostile-input harness: mutations of valid documents for every entry point, and fixed hostile
/// documents (depth 10,000, a 50 MB string, a million-element array, repeated properties). Its law: every outcome is a
/// valid, usable object or an allowed exception with a bounded, private message. <c>COALITION_FUZZ_RUNS</c> sets the
/// number of mutated documents per entry point (250 by default).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names => [.. EntryPoints.All.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Mutated_documents_give_a_usable_object_or_an_allowed_exception(string name)
    {
        var entry = EntryPoints.All.Single(e => e.Name == name);
        var (accepted, rejected) = FuzzHarness.Fuzz(entry);
        output.WriteLine($"{name}: {accepted + rejected} documents, {accepted} accepted and used, {rejected} rejected");
        Assert.Equal(FuzzHarness.Runs, accepted + rejected);

        // Both sides of the law must be exercised: some mutations keep the document valid, most do not.
        Assert.InRange(accepted, 1, FuzzHarness.Runs - 1);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Hostile_documents_give_a_usable_object_or_an_allowed_exception(string name)
    {
        var entry = EntryPoints.All.Single(e => e.Name == name);
        var seed = Gen.Sample(entry.Seeds, 1, new Rnd(7), 10).Single();
        foreach (var (hostile, document) in HostileDocuments(seed))
        {
            var outcome = FuzzHarness.Check(entry, document, hostile);
            output.WriteLine($"{name}: {hostile} ({document.Length:N0} bytes): {outcome}");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_document_that_is_valid_reads_back_as_an_equal_object(string name)
    {
        var entry = EntryPoints.All.Single(e => e.Name == name);
        foreach (var seed in Gen.Sample(entry.Seeds, 20, new Rnd(11), 10))
        {
            Assert.Equal(FuzzOutcome.Accepted, FuzzHarness.Check(entry, seed, "unmutated seed"));
        }
    }

    /// <summary>The fixed hostile documents, derived from a valid seed where they need its shape.</summary>
    internal static IEnumerable<(string Name, byte[] Document)> HostileDocuments(byte[] seed)
    {
        const int Deep = 10_000;
        yield return ("arrays nested 10,000 deep", Encoding.UTF8.GetBytes(new string('[', Deep) + new string(']', Deep)));
        yield return ("objects nested 10,000 deep", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", Deep)) + "1" + new string('}', Deep)));
        yield return ("the literal null", "null"u8.ToArray());
        yield return ("an empty document", []);
        yield return ("a lone string", "\"x\""u8.ToArray());

        var root = JsonNode.Parse(seed);
        var fiftyMegabytes = new string('x', 50 * 1024 * 1024);
        if (FirstOf<JsonValue>(root, v => v.GetValueKind() == JsonValueKind.String) is { } text)
        {
            yield return ("a 50 MB string in place of the first string", Replace(root, text, JsonValue.Create(fiftyMegabytes)));
        }

        yield return ("a 50 MB property name", Encoding.UTF8.GetBytes("{\"" + fiftyMegabytes + "\":1}"));
        yield return ("a 50 MB number", Encoding.UTF8.GetBytes("{\"a\":1" + new string('0', 50 * 1024 * 1024) + "}"));

        if (FirstOf<JsonArray>(root, _ => true) is { } array)
        {
            // A copy of the first element when it is small (a code, a number), else an empty object: a million of them is the point, not their size.
            var first = array.Count > 0 ? array[0]?.ToJsonString() ?? "null" : "0";
            var element = first.Length <= 64 ? first : "{}";
            var million = new StringBuilder("[");
            for (var i = 0; i < 1_000_000; i++)
            {
                million.Append(i == 0 ? "" : ",").Append(element);
            }

            yield return ("a 1,000,000-element array of small elements in place of the first array", Replace(root, array, JsonNode.Parse(million.Append(']').ToString())));
            yield return ("a 1,000,000-element array of nulls", Replace(root, array, JsonNode.Parse("[" + string.Join(",", Enumerable.Repeat("null", 1_000_000)) + "]")));
        }

        if (root is JsonObject obj && obj.Count > 0)
        {
            var (key, value) = obj.First();
            var json = seed.AsSpan().TrimEnd((byte)'}').ToArray();
            yield return ("the first property repeated", [.. json, .. Encoding.UTF8.GetBytes($",\"{key}\":{value?.ToJsonString() ?? "null"}}}")]);
            yield return ("an escaped repeat of the first property", [.. json, .. Encoding.UTF8.GetBytes($",\"\\u{(int)key[0]:x4}{key[1..]}\":{value?.ToJsonString() ?? "null"}}}")]);
        }
    }

    private static T? FirstOf<T>(JsonNode? node, Func<T, bool> predicate)
        where T : JsonNode
    {
        switch (node)
        {
            case T match when predicate(match):
                return match;
            case JsonObject obj:
                return obj.Select(p => FirstOf(p.Value, predicate)).FirstOrDefault(n => n is not null);
            case JsonArray array:
                return array.Select(n => FirstOf(n, predicate)).FirstOrDefault(n => n is not null);
            default:
                return null;
        }
    }

    private static byte[] Replace(JsonNode? root, JsonNode target, JsonNode? replacement)
    {
        var copy = root!.DeepClone();
        var path = target.GetPath();
        var node = Find(copy, path);
        if (node?.Parent is JsonObject parent)
        {
            parent[node.GetPropertyName()] = replacement;
        }
        else if (node?.Parent is JsonArray array)
        {
            array[node.GetElementIndex()] = replacement;
        }
        else
        {
            copy = replacement;
        }

        return Encoding.UTF8.GetBytes(copy?.ToJsonString() ?? "null");
    }

    private static JsonNode? Find(JsonNode? node, string path)
    {
        if (node is null || node.GetPath() == path)
        {
            return node;
        }

        return node switch
        {
            JsonObject obj => obj.Select(p => Find(p.Value, path)).FirstOrDefault(n => n is not null),
            JsonArray array => array.Select(n => Find(n, path)).FirstOrDefault(n => n is not null),
            _ => null,
        };
    }
}
