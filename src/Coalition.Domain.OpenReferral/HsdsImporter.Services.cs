using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Network;
using NodaTime.Text;
using NodaTime;

namespace Coalition.Domain.OpenReferral;

/// <content>Mapping one HSDS service: eligibility, languages, areas, schedules, capacity and attributes.</content>
public static partial class HsdsImporter
{
    private static bool ImportService(JsonElement service, JsonElement? parentOrganization, string path, HsdsImportOptions options, SortedDictionary<string, ProviderDraft> providers, ImmutableArray<ImportIssue>.Builder issues)
    {
        if (service.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new ImportIssue("service", "(none)", path, $"Expected an object, found {service.ValueKind}.", true));
            return false;
        }

        // Strict in what the exporter writes, tolerant in what is read: the library's own codes (attributes) win over
        // HSDS's UUIDs, and files with other ids are read as they are.
        var hsdsId = Text(service, "id");
        var attributes = Attributes(service);
        var id = attributes.FirstOrDefault(a => a.Code == HsdsAttributes.OfferingId)?.Value is { Length: > 0 } offeringId ? offeringId : hsdsId;
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
        var organizationId = attributes.FirstOrDefault(a => a.Code == HsdsAttributes.ProviderId)?.Value is { Length: > 0 } providerId
            ? providerId
            : organization is { } o ? Text(o, "id") : Text(service, "organization_id");
        if (string.IsNullOrWhiteSpace(organizationId))
        {
            issues.Add(new ImportIssue("service", id, path, "The service names no organization.", true));
            return false;
        }

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
            // Counts without a complete HSDS capacity row travel as the library's attributes.
            int? AttributeCount(string code) =>
                attributes.FirstOrDefault(a => a.Code == code)?.Value is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            Instant? attributeUpdated = attributes.FirstOrDefault(a => a.Code == HsdsAttributes.CapacityUpdated)?.Value is { } when && InstantPattern.ExtendedIso.Parse(when) is { Success: true } instant ? instant.Value : null;
            var (attributeAvailable, attributeMaximum) = (AttributeCount(HsdsAttributes.CapacityAvailable), AttributeCount(HsdsAttributes.CapacityMaximum));
            if (!hasStatus)
            {
                return Capacity.Unknown;
            }

            try
            {
                return new Capacity(status, attributeAvailable, attributeMaximum, attributeUpdated);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                issues.Add(new ImportIssue("service", id, path, Reason(ex), false));
                return new Capacity(status);
            }
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
}
