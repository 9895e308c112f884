// CoalitionCheckup: the health check of a fictional coalition and the needs assessment of its referral network,
// as a Markdown report (default) or JSON. All data is invented.
//
//   dotnet run --project samples/CoalitionCheckup
//   dotnet run --project samples/CoalitionCheckup -- --coalition coalition.json --network network.json --format json
//   options: --areas a,b,c   --zone America/Chicago   --week 2026-11-16 (a Monday)
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Coalition.Domain.Coalitions;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Serialization;
using NodaTime.Text;
using NodaTime;

try
{
    string? coalitionPath = null, networkPath = null, format = "markdown", zone = "America/Chicago";
    var areas = new[] { "riverbend-north", "riverbend-south", "riverbend-central", "lakeside" };
    var week = new LocalDate(2026, 11, 16);
    for (var i = 0; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new CheckupException($"{args[i]} needs a value");
        switch (args[i])
        {
            case "--coalition": coalitionPath = Value(); break;
            case "--network": networkPath = Value(); break;
            case "--format": format = Value(); break;
            case "--zone": zone = Value(); break;
            case "--areas": areas = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
            case "--week":
                var text = Value();
                var parsed = LocalDatePattern.Iso.Parse(text);
                week = parsed.Success ? parsed.Value : throw new CheckupException($"--week '{text}' is not an ISO date such as 2026-11-16");
                break;
            default: throw new CheckupException($"unknown option '{args[i]}'. Options: --coalition FILE, --network FILE, --format markdown|json, --areas A,B, --zone ZONE, --week YYYY-MM-DD");
        }
    }

    var coalition = Load(coalitionPath, "Data.riverbend-coalition.json", CoalitionJsonContext.Default.CoalitionProfile);
    var network = Load(networkPath, "Data.riverbend-network.json", CoalitionJsonContext.Default.ReferralNetwork);
    NetworkAssessmentScope scope;
    try
    {
        scope = new NetworkAssessmentScope([.. areas], zone!, week);
    }
    catch (ArgumentException ex)
    {
        throw new CheckupException(ex.Message);
    }

    var report = CoalitionReport.Create(coalition, network, scope);
    Console.WriteLine(format switch
    {
        "markdown" => report.ToMarkdown(),
        "json" => JsonSerializer.Serialize(report, CoalitionJsonContext.Default.CoalitionReport),
        _ => throw new CheckupException($"--format '{format}' must be markdown or json"),
    });
    return 0;
}
catch (CheckupException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}

static T Load<T>(string? path, string resource, JsonTypeInfo<T> type)
{
    if (path is null)
    {
        using var embedded = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource) ?? throw new CheckupException($"embedded {resource} is missing");
        return JsonSerializer.Deserialize(embedded, type)!;
    }

    try
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, type) ?? throw new CheckupException($"{path}: the file holds null");
    }
    catch (JsonException ex)
    {
        throw new CheckupException($"{path}: not a valid {typeof(T).Name} at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}");
    }
    catch (ArgumentException ex)
    {
        throw new CheckupException($"{path}: invalid {typeof(T).Name}: {ex.Message}");
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        throw new CheckupException($"{path}: {ex.Message}");
    }
}

/// <summary>A user-facing error: printed without a stack trace.</summary>
internal sealed class CheckupException(string message) : Exception(message);
