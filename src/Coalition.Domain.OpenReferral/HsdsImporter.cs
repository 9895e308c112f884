using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime.Text;
using NodaTime;

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

    /// <summary>Returns the path of the first object within <paramref name="element"/> that repeats a property, or <see langword="null"/>.</summary>
    private static string? RepeatedProperty(JsonElement element, string path) =>
        MayRepeatProperty(element) ? RepeatedPropertyPath(element, path) : null;

    /// <summary>
    /// A fast check without allocations: false only when no object within <paramref name="element"/> repeats a property.
    /// Compares hashes of the raw UTF-8 names; a name with an escape, an object with more than 64 properties or a hash
    /// collision answers true, and the exact check (<see cref="RepeatedPropertyPath"/>) decides.
    /// </summary>
    private static bool MayRepeatProperty(JsonElement element)
    {
#if NET9_0_OR_GREATER
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                Span<ulong> hashes = stackalloc ulong[64];
                var count = 0;
                foreach (var property in element.EnumerateObject())
                {
                    var name = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property);
                    if (count == hashes.Length || name.Contains((byte)'\\'))
                    {
                        return true;
                    }

                    var hash = 14695981039346656037UL;
                    foreach (var b in name)
                    {
                        hash = (hash ^ b) * 1099511628211UL;
                    }

                    if (hashes[..count].Contains(hash))
                    {
                        return true;
                    }

                    hashes[count++] = hash;
                    if (MayRepeatProperty(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (MayRepeatProperty(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
#else
        _ = element;
        return true;
#endif
    }

    /// <summary>The exact check: the path of the first object that repeats a property, comparing unescaped names.</summary>
    private static string? RepeatedPropertyPath(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var property in element.EnumerateObject())
                {
                    names ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!names.Add(property.Name))
                    {
                        return path;
                    }

                    if (RepeatedPropertyPath(property.Value, $"{path}.{(property.Name.Length <= 40 ? property.Name : "…")}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (RepeatedPropertyPath(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
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

    private static bool ImportService(JsonElement service, JsonElement? parentOrganization, string path, HsdsImportOptions options, SortedDictionary<string, ProviderDraft> providers, ImmutableArray<ImportIssue>.Builder issues)
    {
        if (service.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new ImportIssue("service", "(none)", path, $"Expected an object, found {service.ValueKind}.", true));
            return false;
        }

        var id = Text(service, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            issues.Add(new ImportIssue("service", "(none)", path, "The service has no id.", true));
            return false;
        }

        var status = Text(service, "status");
        if (status is not null && status != "active")
        {
            issues.Add(new ImportIssue("service", id, path, $"The service's status is {ImportIssue.Quote(status)}, not active.", true));
            return false;
        }

        var organization = service.TryGetProperty("organization", out var org) && org.ValueKind == JsonValueKind.Object ? org : parentOrganization;
        var organizationId = organization is { } o ? Text(o, "id") : Text(service, "organization_id");
        if (string.IsNullOrWhiteSpace(organizationId))
        {
            issues.Add(new ImportIssue("service", id, path, "The service names no organization.", true));
            return false;
        }

        var attributes = Attributes(service);
        var needs = attributes.Where(a => a.Code == HsdsAttributes.Need).Select(a => ServiceNeeds.Catalogue.TryGet(a.Value, out var n) ? n : null).OfType<ServiceNeed>().ToList();
        if (needs.Count == 0)
        {
            needs = [.. attributes.Select(a => options.Map(a.Taxonomy, a.TermCode)).OfType<ServiceNeed>().Distinct()];
        }

        if (needs.Count == 0)
        {
            issues.Add(new ImportIssue("service", id, path, "No taxonomy term maps to a need; add the service's terms to the taxonomy mapping.", true));
            return false;
        }

        var languages = ImmutableArray.CreateBuilder<LanguageCode>();
        var languageIndex = 0;
        foreach (var language in Array(service, "languages"))
        {
            var code = Text(language, "code");
            if (LanguageCode.IsValid(code))
            {
                var value = new LanguageCode(code!);
                if (!languages.Contains(value))
                {
                    languages.Add(value);
                }
            }
            else
            {
                issues.Add(new ImportIssue("language", SafeId(language), $"{path}.languages[{languageIndex}]", $"{ImportIssue.Quote(code)} is not an ISO 639 code.", false));
            }

            languageIndex++;
        }

        var ages = new AgeRange(Number(service, "minimum_age"), Number(service, "maximum_age"));
        var eligibility = new Eligibility(
            ages,
            Flag(attributes, HsdsAttributes.Genders, Genders.Any),
            Flag(attributes, HsdsAttributes.RequiredPopulations, Populations.None),
            Flag(attributes, HsdsAttributes.ExcludedPopulations, Populations.None),
            Flag(attributes, HsdsAttributes.TraffickingTypes, TraffickingTypes.Any));
        var named = Array(service, "service_areas").Select(a => Text(a, "name")).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
        var areas = named.Where(n => n.Length <= ServiceArea.MaxAreaLength).ToImmutableArray();
        if (areas.Length < named.Count)
        {
            if (areas.IsEmpty)
            {
                // Treating the service as available anywhere would send clients it cannot serve.
                issues.Add(new ImportIssue("service", id, $"{path}.service_areas", $"Every service area name is longer than {ServiceArea.MaxAreaLength} characters, so where it serves is unknown.", true));
                return false;
            }

            issues.Add(new ImportIssue("service_area", id, $"{path}.service_areas", $"Service area names longer than {ServiceArea.MaxAreaLength} characters were left out.", false));
        }

        var area = areas.IsEmpty ? ServiceArea.Anywhere : new ServiceArea(false, areas);
        var schedule = Schedule(service, id, path, attributes, options, issues);
        var capacity = CapacityOf(service, id, path, attributes, issues);
        var cost = Flag(attributes, HsdsAttributes.Cost, CostKind.Unknown);
        var methods = Flag(attributes, HsdsAttributes.ReferralMethods, ReferralMethods.None);
        if (attributes.All(a => a.Code != HsdsAttributes.ReferralMethods))
        {
            methods = (Array(service, "phones").Any() ? ReferralMethods.Phone : ReferralMethods.None) | (Text(service, "email") is { Length: > 0 } ? ReferralMethods.Email : ReferralMethods.None);
        }

        var offering = new ServiceOffering(id, [.. needs])
        {
            Eligibility = eligibility,
            Languages = languages.ToImmutable(),
            ProvidesInterpretation = !string.IsNullOrWhiteSpace(Text(service, "interpretation_services")),
            Area = area,
            Schedule = schedule,
            Capacity = capacity,
            Cost = cost,
            ReferralMethods = methods,
            IsCulturallySpecific = Bool(attributes, HsdsAttributes.CulturallySpecific),
        };

        if (!providers.TryGetValue(organizationId, out var draft))
        {
            draft = new ProviderDraft(organizationId, path, organization, service, attributes, options);
            providers[organizationId] = draft;
        }

        draft.Services.Add(offering);
        return true;
    }

    private static WeeklySchedule? Schedule(JsonElement service, string id, string path, List<Attribute> attributes, HsdsImportOptions options, ImmutableArray<ImportIssue>.Builder issues)
    {
        var rows = Array(service, "schedules").ToList();
        var zone = attributes.FirstOrDefault(a => a.Code == HsdsAttributes.TimeZone)?.Value ?? options.TimeZoneId;
        var closures = attributes.Where(a => a.Code == HsdsAttributes.Closure).Select(a => ParseClosure(a.Value)).OfType<Closure>().ToImmutableArray();
        if (rows.Count == 0)
        {
            return attributes.Any(a => a.Code == HsdsAttributes.TimeZone) ? new WeeklySchedule(zone, false, [], closures) : null;
        }

        var hours = ImmutableArray.CreateBuilder<OpeningHours>();
        var monthly = ImmutableArray.CreateBuilder<MonthlyOpening>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowPath = $"{path}.schedules[{r}]";
            var rowId = SafeId(row);
            var freq = (Text(row, "freq") ?? "WEEKLY").ToUpperInvariant();
            if (freq is not ("WEEKLY" or "MONTHLY"))
            {
                issues.Add(new ImportIssue("schedule", rowId, rowPath, $"A {ImportIssue.Quote(freq)} rule cannot be represented; only WEEKLY and MONTHLY rows are.", false));
                continue;
            }

            if (Date(row, "valid_from") is { } from && from > options.AsOf || Date(row, "valid_to") is { } to && to < options.AsOf)
            {
                issues.Add(new ImportIssue("schedule", rowId, rowPath, FormattableString.Invariant($"Not valid on {options.AsOf:uuuu-MM-dd}."), false));
                continue;
            }

            var opens = Time(Text(row, "opens_at"));
            var closes = Time(Text(row, "closes_at"));
            var days = (Text(row, "byday") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var parsed = days.Select(ParseDay).ToList();
            var valid = opens is not null && closes is not null && closes > opens && parsed.Count > 0 && parsed.All(p => p is not null) &&
                (freq == "WEEKLY" ? parsed.All(p => p!.Value.Ordinal == 0) : parsed.All(p => p!.Value.Ordinal != 0));
            if (!valid)
            {
                issues.Add(new ImportIssue("schedule", rowId, rowPath, freq == "WEEKLY"
                    ? "A WEEKLY row needs days (MO..SU) and opening and closing times, closing after opening."
                    : "A MONTHLY row needs ordinal days (such as 1SA or -1FR) and opening and closing times, closing after opening; month-day rules are not supported.", false));
                continue;
            }

            foreach (var day in parsed)
            {
                if (freq == "WEEKLY")
                {
                    hours.Add(new OpeningHours(day!.Value.Day, opens!.Value, closes!.Value));
                }
                else
                {
                    monthly.Add(new MonthlyOpening(day!.Value.Ordinal, day.Value.Day, opens!.Value, closes!.Value));
                }
            }
        }

        var all = hours.ToImmutable();
        var alwaysOpen = monthly.Count == 0 && all.Length == 7 && all.All(h => h.Opens == LocalTime.Midnight && h.Closes == new LocalTime(23, 59)) && all.Select(h => h.Day).Distinct().Count() == 7;
        return new WeeklySchedule(zone, alwaysOpen, alwaysOpen ? [] : all, alwaysOpen ? [] : monthly.ToImmutable(), closures);
    }

    private static Capacity CapacityOf(JsonElement service, string id, string path, List<Attribute> attributes, ImmutableArray<ImportIssue>.Builder issues)
    {
        var row = Array(service, "capacities").FirstOrDefault();
        var hasStatus = EnumText.TryParse<CapacityStatus>(attributes.FirstOrDefault(a => a.Code == HsdsAttributes.CapacityStatus)?.Value, out var status);
        if (row.ValueKind != JsonValueKind.Object)
        {
            return hasStatus ? new Capacity(status) : Capacity.Unknown;
        }

        var available = Count(row, "available");
        var maximum = Count(row, "maximum");
        if (available is { Valid: false } || maximum is { Valid: false })
        {
            issues.Add(new ImportIssue("service_capacity", SafeId(row), $"{path}.capacities[0]", "A capacity count is not a whole number from 0 to 2147483647; the counts are left out.", false));
            available = null;
            maximum = null;
        }

        Instant? updated = Text(row, "updated") is { } text && OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } parsed ? parsed.Value.ToInstant() : null;
        if (!hasStatus)
        {
            status = available is null ? CapacityStatus.Unknown : available.Value.Value > 0 ? CapacityStatus.Available : CapacityStatus.NoCapacity;
        }

        try
        {
            return new Capacity(status, available?.Value, maximum?.Value, updated);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            issues.Add(new ImportIssue("service_capacity", SafeId(row), $"{path}.capacities[0]", Reason(ex), false));
            return new Capacity(status, null, null, updated);
        }
    }

    /// <summary>Parses <c>MO</c> (ordinal 0: weekly) or <c>1SA</c> / <c>-1FR</c> (monthly ordinals).</summary>
    private static (int Ordinal, IsoDayOfWeek Day)? ParseDay(string token)
    {
        if (token.Length < 2)
        {
            return null;
        }

        var index = System.Array.IndexOf(Days, token[^2..].ToUpperInvariant());
        if (index < 0)
        {
            return null;
        }

        var prefix = token[..^2];
        if (prefix.Length == 0)
        {
            return (0, (IsoDayOfWeek)(index + 1));
        }

        return int.TryParse(prefix, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ordinal) && ordinal is -1 or (>= 1 and <= 5)
            ? (ordinal, (IsoDayOfWeek)(index + 1))
            : null;
    }

    private static Closure? ParseClosure(string value)
    {
        var parts = value.Split('/');
        return parts.Length == 2 && LocalDatePattern.Iso.Parse(parts[0]) is { Success: true } start && LocalDatePattern.Iso.Parse(parts[1]) is { Success: true } end && end.Value >= start.Value
            ? new Closure(start.Value, end.Value)
            : null;
    }

    private static LocalTime? Time(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // HSDS times may carry an offset ("09:00:00Z"); the caller's IANA zone governs, so the wall-clock part is kept.
        var wall = text.Length > 8 ? text[..8] : text.TrimEnd('Z');
        foreach (var pattern in TimePatterns)
        {
            if (pattern.Parse(wall) is { Success: true } result)
            {
                return result.Value;
            }
        }

        return null;
    }

    private static LocalDate? Date(JsonElement element, string name) =>
        Text(element, name) is { } text && LocalDatePattern.Iso.Parse(text.Length > 10 ? text[..10] : text) is { Success: true } result ? result.Value : null;

    private static T Flag<T>(List<Attribute> attributes, string code, T fallback)
        where T : struct, Enum =>
        attributes.FirstOrDefault(a => a.Code == code) is { } attribute
            ? EnumText.TryParse<T>(attribute.Value, out var value) ? value : throw new FormatException($"Attribute '{code}' has an unknown value {ImportIssue.Quote(attribute.Value)}.")
            : fallback;

    private static bool Bool(List<Attribute> attributes, string code) => attributes.Any(a => a.Code == code && a.Value == "true");

    internal static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Reads an optional count: <see langword="null"/> when absent; not valid when it is not a whole number in the range of <see cref="int"/>.</summary>
    private static (bool Valid, int Value)? Count(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0 ? (true, count) : (false, 0);
    }

    private static decimal? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number : null;

    internal static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static List<Attribute> Attributes(JsonElement service) =>
        [.. Array(service, "attributes").Where(a => a.ValueKind == JsonValueKind.Object).Select(a =>
        {
            var term = a.TryGetProperty("taxonomy_term", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
            return new Attribute(Text(a, "link_type"), Text(a, "link_entity"), Text(term, "taxonomy"), Text(term, "code"), Text(a, "value") ?? string.Empty);
        })];

    /// <summary>One HSDS attribute, flattened. <see cref="Code"/> is the library's field when <see cref="LinkType"/> is ours.</summary>
    private sealed record Attribute(string? LinkType, string? LinkEntity, string? Taxonomy, string? TermCode, string Value)
    {
        internal string? Code => LinkType == HsdsAttributes.LinkType ? TermCode : null;
    }

    /// <summary>
    /// An organization's provider, built at the end from its services. Everything it needs from the JSON is read when the
    /// first service arrives, so that no record's JSON is kept alive (a streamed import holds one record at a time). A
    /// problem reading it is kept and reported for the organization when the provider is built, as before.
    /// </summary>
    private sealed class ProviderDraft
    {
        private readonly StakeholderCategory category;
        private readonly bool confidential;
        private readonly string[] duties;
        private readonly bool lawEnforcement;
        private readonly bool standardOfCare;
        private readonly bool trained;
        private readonly bool licensed;
        private readonly string? name;
        private readonly string? intake;
        private readonly string? address;
        private readonly Exception? failure;

        internal ProviderDraft(string id, string path, JsonElement? organization, JsonElement firstService, List<Attribute> attributes, HsdsImportOptions options)
        {
            Id = id;
            Path = path;
            bool Flag(string code) => attributes.Any(a => a.Code == code && a.Value == "true");
            category = attributes.FirstOrDefault(a => a.Code == HsdsAttributes.StakeholderCategory) is { } c && StakeholderCategories.Catalogue.TryGet(c.Value, out var known) ? known : options.DefaultCategory;
            confidential = attributes.Any(a => a.Code == HsdsAttributes.Visibility && a.Value == "confidential");
            var declared = attributes.Where(a => a.Code == HsdsAttributes.ReportingDuty && ReportingDuty.IsValidCode(a.Value)).Select(a => a.Value).ToList();
            if (Flag(HsdsAttributes.MandatoryReporter))
            {
                declared.Add(ReportingDuties.ChildAbuseOrNeglect.Code);
            }

            duties = [.. declared];
            lawEnforcement = Flag(HsdsAttributes.LawEnforcementAffiliated);
            standardOfCare = Flag(HsdsAttributes.StandardOfCare);
            trained = Flag(HsdsAttributes.TraffickingTrainedStaff);
            licensed = Flag(HsdsAttributes.LicensedSocialWorkers);
            try
            {
                name = organization is { } o ? Text(o, "name") : null;
                intake = (organization is { } org ? Array(org, "phones").Select(p => Text(p, "number")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? Text(org, "email") : null)
                    ?? Array(firstService, "phones").Select(p => Text(p, "number")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
                    ?? Text(firstService, "email");
                address = Address(firstService);
            }
            catch (Exception ex) when (IsRecordProblem(ex))
            {
                failure = ex;
            }
        }

        internal string Id { get; }

        internal string Path { get; }

        internal List<ServiceOffering> Services { get; } = [];

        internal Provider Build()
        {
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }

            return new Provider(Id, string.IsNullOrWhiteSpace(name) ? Id : name, category, [.. Services])
            {
                IsLawEnforcementAffiliated = lawEnforcement,
                ReportingDuties = [.. duties],
                AdheresToStandardOfCare = standardOfCare,
                HasTraffickingTrainedStaff = trained,
                HasLicensedSocialWorkers = licensed,
                Visibility = confidential ? LocationVisibility.Confidential : LocationVisibility.Public,
                Address = address,
                IntakeContact = intake,
            };
        }

        private static string? Address(JsonElement service)
        {
            foreach (var site in Array(service, "service_at_locations"))
            {
                if (site.ValueKind == JsonValueKind.Object && site.TryGetProperty("location", out var location))
                {
                    foreach (var address in Array(location, "addresses"))
                    {
                        var parts = new[] { Text(address, "address_1"), Text(address, "city"), Text(address, "region"), Text(address, "postal_code") }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
                        if (parts.Count > 0)
                        {
                            return string.Join(", ", parts);
                        }
                    }
                }
            }

            return null;
        }
    }
}
