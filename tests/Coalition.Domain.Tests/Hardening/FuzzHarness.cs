using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Hardening;

/// <summary>
/// An input entry point: valid seed documents, how to read one, and how to use what was read (compile, match, plan,
/// allocate, assess, export, re-import, round-trip).
/// </summary>
/// <param name="Name">The entry point's name in failure messages.</param>
/// <param name="Seeds">Valid documents to mutate.</param>
/// <param name="Read">Reads a document; may throw only an allowed exception.</param>
/// <param name="Use">Uses an accepted object; must never throw.</param>
/// <param name="SensitiveProperties">Properties whose values must never be echoed in a message (age, gender, date of birth).</param>
internal sealed record EntryPoint(string Name, Gen<byte[]> Seeds, Func<byte[], object?> Read, Action<object> Use, params string[] SensitiveProperties)
{
    public override string ToString() => Name;
}

/// <summary>What happened to one document.</summary>
internal enum FuzzOutcome
{
    Accepted,
    Rejected,
}

/// <summary>
/// The harness's law: every outcome is a valid object that can be used, or an allowed exception (<see cref="JsonException"/>
/// or <see cref="ArgumentException"/>) whose message is bounded and echoes no date, age or gender from the document;
/// nothing else. Runs <see cref="Runs"/> cases per entry point: a few hundred by default; set <c>COALITION_FUZZ_RUNS</c>
/// (for example to 10000) for the long mode.
/// </summary>
internal static partial class FuzzHarness
{
    internal const int MaxMessageLength = 1000;

    internal static int Runs { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("COALITION_FUZZ_RUNS"), out var runs) && runs > 0 ? runs : 250;

    /// <summary>
    /// Runs the mutation fuzzer on <paramref name="entry"/> and returns how many documents were accepted and rejected.
    /// Every disallowed outcome is collected; the test then fails listing the distinct ones (by exception and first line),
    /// each with a document that reproduces it.
    /// </summary>
    internal static (int Accepted, int Rejected) Fuzz(EntryPoint entry, int? runs = null)
    {
        var accepted = 0;
        var rejected = 0;
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var cases = from seed in entry.Seeds
                    from mutations in JsonMutator.Mutations
                    select (Seed: seed, Mutations: mutations);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var document = JsonMutator.Apply(c.Seed, c.Mutations);
            try
            {
                if (Check(entry, document, $"mutations {string.Join(", ", c.Mutations)}") == FuzzOutcome.Accepted)
                {
                    accepted++;
                }
                else
                {
                    rejected++;
                }
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.TryAdd(Signature(e.Message), e.Message);
            }
        }).Check(global::FsCheck.Config.QuickThrowOnFailure.WithMaxTest(runs ?? Runs).WithQuietOnSuccess(true));
        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{failures.Count} distinct disallowed outcomes:\n\n{string.Join("\n\n", failures.Values.Take(12))}");
        }

        return (accepted, rejected);
    }

    private static string Signature(string message)
    {
        var line = message.Split('\n')[0];
        var cut = line.IndexOf(" (mutations", StringComparison.Ordinal);
        var at = line.IndexOf("): ", StringComparison.Ordinal);
        return cut < 0 ? line : string.Concat(line.AsSpan(0, cut), at < 0 ? "" : line[at..][..Math.Min(80, line.Length - at)]);
    }

    /// <summary>Reads and uses one document, failing the test on any disallowed outcome.</summary>
    internal static FuzzOutcome Check(EntryPoint entry, byte[] document, string how)
    {
        object? value;
        try
        {
            value = entry.Read(document);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            CheckMessage(entry, e, document, how);
            return FuzzOutcome.Rejected;
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{entry.Name}: {e.GetType().Name} escaped ({how}): {Cut(e.Message)}\n{Top(e.StackTrace)}\ndocument: {JsonMutator.Preview(document)}");
        }

        if (value is null)
        {
            throw new Xunit.Sdk.XunitException($"{entry.Name}: read returned null ({how})\ndocument: {JsonMutator.Preview(document)}");
        }

        try
        {
            entry.Use(value);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{entry.Name}: an accepted document could not be used ({how}): {e.GetType().Name}: {Cut(e.Message)}\n{Top(e.StackTrace)}\ndocument: {JsonMutator.Preview(document)}");
        }

        return FuzzOutcome.Accepted;
    }

    /// <summary>Checks that a rejection's message (and its inner exceptions') is bounded and private.</summary>
    internal static void CheckMessage(EntryPoint entry, Exception e, byte[] document, string how)
    {
        var text = Encoding.UTF8.GetString(document);
        var sensitive = SensitiveValues(text, entry.SensitiveProperties);
        bool About(Exception ex, string property) =>
            ex.Message.Contains(property, StringComparison.OrdinalIgnoreCase) ||
            (ex is JsonException { Path: { } path } && path.Contains(property, StringComparison.OrdinalIgnoreCase)) ||
            (ex is ArgumentException { ParamName: { } param } && param.Equals(property, StringComparison.OrdinalIgnoreCase));
        for (var current = e; current is not null; current = current.InnerException)
        {
            var message = current.Message;
            var problem =
                message.Length > MaxMessageLength ? $"a message of {message.Length} characters" :
                current is JsonException { Path.Length: > MaxMessageLength } ? "a path longer than the message bound" :
                DatePattern().Matches(message).Select(m => m.Value).FirstOrDefault(d => text.Contains(d, StringComparison.Ordinal)) is { } date ? $"the date '{date}' from the document echoed" :
                sensitive.FirstOrDefault(v => About(current, v.Property) && message.Contains(v.Value, StringComparison.OrdinalIgnoreCase)) is { Value: { } value } ? $"the sensitive value '{value}' echoed" :
                null;
            if (problem is not null)
            {
                throw new Xunit.Sdk.XunitException($"{entry.Name}: {current.GetType().Name} with {problem} ({how}): {Cut(message)}\ndocument: {JsonMutator.Preview(document)}");
            }
        }
    }

    /// <summary>
    /// The values of the sensitive properties in the document. A message about one of those properties (by message, path or
    /// parameter name) must not quote its value; a value that a mutation moved into another field is that field's value.
    /// </summary>
    private static List<(string Property, string Value)> SensitiveValues(string text, string[] properties)
    {
        var values = new List<(string Property, string Value)>();
        foreach (var property in properties)
        {
            foreach (Match match in Regex.Matches(text, $"\"{property}\"\\s*:\\s*(\"(?<s>[^\"]{{3,80}})\"|(?<n>-?[0-9][0-9.eE+-]{{2,30}}))"))
            {
                values.Add((property, match.Groups["s"].Success ? match.Groups["s"].Value : match.Groups["n"].Value));
            }
        }

        return values;
    }

    private static string Top(string? trace) => string.Join("\n", (trace ?? "").Split('\n').Take(6));

    private static string Cut(string message) => message.Length <= 600 ? message : string.Concat(message.AsSpan(0, 600), "…");

    [GeneratedRegex(@"[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    private static partial Regex DatePattern();
}
