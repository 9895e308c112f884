using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Referrals.Network;
using NodaTime.Text;

namespace Coalition.Domain.OpenReferral;

/// <summary>
/// Imports Open Referral HSDS 3 JSON into a <see cref="ReferralNetwork"/>: a full <c>service</c> object, an array of
/// them, an <c>organization</c> with <c>services</c>, or an HSDS API page (<c>contents[]</c>). One bad record never loses the
/// others, whatever its bytes: a record with a repeated property, invalid UTF-8, a number out of range, a wrong type or a
/// value the library rejects is skipped and listed with its path and a bounded reason that quotes no more than a short,
/// safe prefix of the bad value. Only a document that is not JSON as a whole (or nested deeper than 64 levels) raises
/// <see cref="JsonException"/>; nothing else escapes.
/// </summary>
public static partial class HsdsImporter
{
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly LocalTimePattern[] TimePatterns = [LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss"), LocalTimePattern.CreateWithInvariantCulture("HH:mm")];

    /// <summary>Imports HSDS JSON.</summary>
    /// <param name="utf8Json">The JSON, UTF-8 encoded.</param>
    /// <param name="options">The time zone, date and taxonomy mapping.</param>
    /// <returns>The network and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The input is not JSON, or not one of the accepted shapes.</exception>
    public static HsdsImportResult Import(ReadOnlyMemory<byte> utf8Json, HsdsImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var document = Parse(utf8Json);
        return Import(document.RootElement, options);
    }

    /// <summary>Imports HSDS JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The time zone, date and taxonomy mapping.</param>
    /// <returns>The network and the import report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The input is not JSON, or not one of the accepted shapes.</exception>
    public static HsdsImportResult Import(string json, HsdsImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        using var document = Parse(System.Text.Encoding.UTF8.GetBytes(json));
        return Import(document.RootElement, options);
    }

    /// <summary>Parses the whole document; a syntax error is reported by position, never by quoting the text at fault.</summary>
    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            return JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var what = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) ? "nests deeper than 64 levels" : "is not valid JSON";
            throw new JsonException($"The HSDS document {what} (line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0}); the text at fault is not shown.", null, e.LineNumber, e.BytePositionInLine);
        }
    }

    private static HsdsImportResult Import(JsonElement root, HsdsImportOptions options)
    {
        var services = new List<(JsonElement Service, JsonElement? Organization, string Path)>();
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                AddAll(root, null, string.Empty, services);
                break;
            case JsonValueKind.Object when root.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array:
                AddAll(contents, null, "contents", services);
                break;
            case JsonValueKind.Object when root.TryGetProperty("services", out var nested) && nested.ValueKind == JsonValueKind.Array:
                AddAll(nested, root.TryGetProperty("name", out _) ? root : null, "services", services);
                break;
            case JsonValueKind.Object:
                services.Add((root, null, "$"));
                break;
            default:
                throw new JsonException($"Expected an HSDS service, an array of services, an organization with services, or a page with contents, but found {root.ValueKind}.");
        }

        var session = new ImportSession(options);
        foreach (var (service, organization, path) in services)
        {
            session.Add(service, organization, path);
        }

        return session.Finish();
    }

    /// <summary>One import: records arrive one at a time (from a document or a stream); the result is built at the end.</summary>
    private sealed class ImportSession(HsdsImportOptions options)
    {
        private readonly ImmutableArray<ImportIssue>.Builder issues = ImmutableArray.CreateBuilder<ImportIssue>();
        private readonly SortedDictionary<string, ProviderDraft> providers = new(StringComparer.Ordinal);

        internal int Read { get; private set; }

        /// <summary>Records a problem with a record that could not even be read as JSON.</summary>
        internal void AddUnreadable(string path, string reason)
        {
            Read++;
            issues.Add(new ImportIssue("service", "(unreadable)", path, reason, true));
        }

        internal void Add(JsonElement service, JsonElement? organization, string path)
        {
            Read++;
            var id = SafeId(service);
            try
            {
                if (RepeatedProperty(service, path) is { } repeated)
                {
                    issues.Add(new ImportIssue("service", id, repeated, "A property appears more than once in the same object, so its value is ambiguous.", true));
                }
                else if (organization is { } parent && RepeatedProperty(parent, "$") is { } repeatedInParent)
                {
                    issues.Add(new ImportIssue("organization", id, repeatedInParent, "A property appears more than once in the same object, so its value is ambiguous.", true));
                }
                else
                {
                    ImportService(service, organization, path, options, providers, issues);
                }
            }
            catch (Exception ex) when (IsRecordProblem(ex))
            {
                issues.Add(new ImportIssue("service", id, path, Reason(ex), true));
            }
        }

        internal HsdsImportResult Finish()
        {
            var built = new List<Provider>();
            foreach (var draft in providers.Values)
            {
                foreach (var problem in draft.Problems)
                {
                    issues.Add(new ImportIssue("organization", draft.Id, draft.Path, problem, false));
                }

                try
                {
                    built.Add(draft.Build());
                }
                catch (Exception ex) when (IsRecordProblem(ex))
                {
                    issues.Add(new ImportIssue("organization", draft.Id, draft.Path, Reason(ex), true));
                }
            }

            return new HsdsImportResult(new ReferralNetwork([.. built]), issues.ToImmutable(), Read, built.Sum(p => p.Services.Length));
        }
    }

    /// <summary>
    /// The exceptions that mean "this record is bad": the library's validation (<see cref="ArgumentException"/>), invalid
    /// UTF-8 or a wrong token type (<see cref="InvalidOperationException"/>), unparsable text (<see cref="FormatException"/>,
    /// <see cref="JsonException"/>) and out-of-range numbers (<see cref="OverflowException"/>).
    /// </summary>
    private static bool IsRecordProblem(Exception ex) =>
        ex is ArgumentException or InvalidOperationException or FormatException or JsonException or OverflowException;

    /// <summary>The first line of an exception's message, without the parameter suffix, for a report.</summary>
    private static string Reason(Exception ex) => ex switch
    {
        InvalidOperationException => "A value has the wrong JSON type or is not valid UTF-8.",
        OverflowException => "A number is out of range.",
        _ => ex.Message.Split(" (Parameter")[0],
    };

    /// <summary>Reads a record's id for the report without ever throwing: <c>(none)</c> or <c>(unreadable)</c> when it cannot.</summary>
    private static string SafeId(JsonElement record)
    {
        try
        {
            return Text(record, "id") is { Length: > 0 } id ? id : "(none)";
        }
        catch (InvalidOperationException)
        {
            return "(unreadable)";
        }
    }

    private static void AddAll(JsonElement array, JsonElement? organization, string path, List<(JsonElement, JsonElement?, string)> services)
    {
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            services.Add((item, organization, $"{path}[{index++}]"));
        }
    }
}
