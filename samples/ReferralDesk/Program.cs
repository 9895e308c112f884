// ReferralDesk: matches fictional clients against a fictional county coalition's referral network and prints, for each
// client, how the client's age was treated and the actions mandatory rules may require, then every need with its top
// providers, their urgency tier, reasons and reporting-duty notices, the emergency options the client's own consent
// settings exclude, the always-available fallbacks, and the unmet needs and why. All data is invented.
//
//   dotnet run --project samples/ReferralDesk
//   dotnet run --project samples/ReferralDesk -- --network net.json --client client.json --at 2026-11-22T03:00:00Z
//   options: --top N (providers per need, default 3), --exclusions (list excluded providers), --now (use the system clock)
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Serialization;
using NodaTime.Text;
using NodaTime;

try
{
    var options = DeskOptions.Parse(args);
    var network = options.NetworkPath is { } path
        ? Load(path, CoalitionJsonContext.Default.ReferralNetwork)
        : LoadEmbedded("Data.riverbend-network.json", CoalitionJsonContext.Default.ReferralNetwork);
    var clients = options.ClientPaths.Count > 0
        ? options.ClientPaths.Select(p => (Path.GetFileNameWithoutExtension(p), Load(p, CoalitionJsonContext.Default.ClientProfile))).ToList()
        : EmbeddedClients().ToList();

    var matcher = ReferralMatcher.Compile(network);
    Console.WriteLine($"Riverbend County coalition (fictional): {network}. Matching at {InstantPattern.General.Format(options.At)}.");
    foreach (var (name, client) in clients)
    {
        Print(name, matcher.Match(client, options.At, new MatchOptions(options.Top, options.Exclusions)));
        var plan = ReferralPlanner.Plan(matcher, client, options.At);
        Console.WriteLine($"  Plan with the fewest hand-offs: {plan.Explanation}");
        foreach (var referral in plan.Referrals)
        {
            Console.WriteLine($"    {referral.Need.Code,-34} -> {referral.ProviderName}");
        }
    }

    return 0;
}
catch (DeskException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}

static void Print(string name, MatchResult result)
{
    Console.WriteLine();
    Console.WriteLine($"=== {name}: {result}");
    Console.WriteLine($"  Age: {result.AgeExplanation}");
    foreach (var action in result.RequiredActions)
    {
        Console.WriteLine($"  ! {action.Summary}");
        if (action.FollowUpNotice is { } followUp)
        {
            Console.WriteLine($"    What follows: {followUp}");
        }
    }

    if (!result.Notices.IsEmpty)
    {
        Console.WriteLine("  Reporting duties to explain before referring (informed consent):");
        foreach (var notice in result.Notices)
        {
            Console.WriteLine($"    - {notice}");
        }
    }

    foreach (var need in result.Needs)
    {
        Console.WriteLine($"  {need.Need.DisplayName} [{need.Need.Code}, {need.Urgency.ToString().ToLowerInvariant()}]");
        for (var i = 0; i < need.Candidates.Length; i++)
        {
            var c = need.Candidates[i];
            var where = c.Address is null ? $"contact: {c.IntakeContact ?? "none listed"}" : $"{c.Address}; contact: {c.IntakeContact ?? "none listed"}";
            var tier = c.Tier is { } t ? $"{Words(t)}, " : string.Empty;
            Console.WriteLine($"    {i + 1}. {c.ProviderName} ({tier}score {c.Score:0.##}) - {c.Explanation}");
            Console.WriteLine($"       {where}");
        }

        foreach (var option in need.EmergencyOptions)
        {
            Console.WriteLine($"    ~  {option.ProviderName} ({Words(option.Tier)}): {option.Explanation}");
        }

        foreach (var fallback in need.Fallbacks)
        {
            Console.WriteLine($"    ☎  {fallback}. {fallback.Notice}");
        }

        foreach (var exclusion in need.Exclusions)
        {
            Console.WriteLine($"    x  {exclusion.ProviderId}/{exclusion.OfferingId} excluded: {string.Join(", ", exclusion.Rules)}");
        }
    }

    var unmet = result.UnmetNeeds;
    Console.WriteLine(unmet.IsEmpty ? "  Unmet needs: none." : "  Unmet needs:");
    foreach (var need in unmet)
    {
        var why = need.Unmet == UnmetReason.NotOffered
            ? "no provider in the network offers it"
            : "every provider that offers it was excluded: " + string.Join(", ", need.ExclusionCounts.Select(c => $"{c.Rule} ({c.Count})"));
        Console.WriteLine($"    - {need.Need.DisplayName} [{need.Need.Code}]: {why}");
    }
}

static string Words(UrgencyTier tier) => tier switch
{
    UrgencyTier.OpenNow => "open now",
    UrgencyTier.OpeningSoon => "opening soon",
    UrgencyTier.HoursUnknown => "hours unknown",
    _ => "closed",
};

static IEnumerable<(string Name, ClientProfile Client)> EmbeddedClients() =>
    Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(n => n.StartsWith("Data.client-", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(n => (n["Data.".Length..^".json".Length], LoadEmbedded(n, CoalitionJsonContext.Default.ClientProfile)));

static T LoadEmbedded<T>(string resource, JsonTypeInfo<T> type)
{
    using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
        ?? throw new DeskException($"embedded resource {resource} is missing");
    return JsonSerializer.Deserialize(stream, type) ?? throw new DeskException($"{resource} holds null");
}

static T Load<T>(string path, JsonTypeInfo<T> type)
{
    try
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, type) ?? throw new DeskException($"{path}: the file holds null");
    }
    catch (JsonException ex)
    {
        throw new DeskException($"{path}: not a valid {typeof(T).Name} at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}");
    }
    catch (ArgumentException ex)
    {
        throw new DeskException($"{path}: invalid {typeof(T).Name}: {ex.Message}");
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        throw new DeskException($"{path}: {ex.Message}");
    }
}

/// <summary>A user-facing error: printed without a stack trace.</summary>
internal sealed class DeskException(string message) : Exception(message);

/// <summary>The parsed command line.</summary>
internal sealed class DeskOptions
{
    /// <summary>The default instant: a Saturday night in the network's zone, so that opening hours matter.</summary>
    private static readonly Instant DefaultAt = Instant.FromUtc(2026, 11, 22, 3, 0);

    public string? NetworkPath { get; private set; }

    public List<string> ClientPaths { get; } = [];

    public Instant At { get; private set; } = DefaultAt;

    public int Top { get; private set; } = 3;

    public bool Exclusions { get; private set; }

    public static DeskOptions Parse(string[] args)
    {
        var options = new DeskOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new DeskException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--network":
                    options.NetworkPath = Value();
                    break;
                case "--client":
                    options.ClientPaths.Add(Value());
                    break;
                case "--at":
                    var text = Value();
                    var parsed = InstantPattern.ExtendedIso.Parse(text);
                    options.At = parsed.Success ? parsed.Value : throw new DeskException($"--at '{text}' is not an ISO instant such as 2026-11-22T03:00:00Z");
                    break;
                case "--now":
                    options.At = SystemClock.Instance.GetCurrentInstant(); // Explicit, on request only.
                    break;
                case "--top":
                    var top = Value();
                    options.Top = int.TryParse(top, out var n) && n is >= 1 and <= 100 ? n : throw new DeskException($"--top '{top}' must be a number from 1 to 100");
                    break;
                case "--exclusions":
                    options.Exclusions = true;
                    break;
                default:
                    throw new DeskException($"unknown option '{args[i]}'. Options: --network FILE, --client FILE (repeatable), --at INSTANT, --now, --top N, --exclusions");
            }
        }

        return options;
    }
}
