// TvpaScreening: assesses invented case facts under the TVPA (or the Palermo Protocol) and prints the explanation.
//
//   dotnet run --project samples/TvpaScreening                                   # the embedded examples
//   dotnet run --project samples/TvpaScreening -- --facts case.json              # facts from a JSON file
//   dotnet run --project samples/TvpaScreening -- --establish recruitment,force,commercial-sex-act --rule-out fraud --age under-eighteen
//   options: --framework tvpa|palermo   --age unknown|under-eighteen|eighteen-or-over|turned-eighteen-during-conduct|dob:YYYY-MM-DD
//            --conduct YYYY-MM-DD/YYYY-MM-DD   (the --age words are the JSON age kinds; under18 and 18-or-over are still read)
using System.Reflection;
using System.Text.Json;
using Coalition.Domain.Law;
using Coalition.Domain.Serialization;
using NodaTime.Text;

try
{
    var options = Options.Parse(args);
    if (options.Facts.Count == 0)
    {
        foreach (var (name, facts) in EmbeddedExamples())
        {
            Print(name, options.Framework, facts);
        }
    }
    else
    {
        foreach (var (name, facts) in options.Facts)
        {
            Print(name, options.Framework, facts);
        }
    }

    return 0;
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    Console.Error.WriteLine("usage: TvpaScreening [--facts file.json] [--establish a,b] [--rule-out c,d] [--age unknown|under-eighteen|eighteen-or-over|turned-eighteen-during-conduct|dob:YYYY-MM-DD] [--conduct YYYY-MM-DD/YYYY-MM-DD] [--framework tvpa|palermo]");
    return 2;
}

static void Print(string name, ILegalFramework framework, CaseFacts facts)
{
    var assessment = TraffickingAssessor.Assess(framework, facts);
    Console.WriteLine($"=== {name}");
    Console.WriteLine($"Facts: {facts}");
    Console.WriteLine(assessment.Explanation);
    Console.WriteLine();
}

static IEnumerable<(string Name, CaseFacts Facts)> EmbeddedExamples()
{
    var assembly = Assembly.GetExecutingAssembly();
    foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Examples.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        yield return (resource["Examples.".Length..^".json".Length], JsonSerializer.Deserialize(stream, CoalitionJsonContext.Default.CaseFacts)!);
    }
}

/// <summary>A command-line mistake, reported without a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The parsed command line.</summary>
internal sealed class Options
{
    public ILegalFramework Framework { get; private set; } = LegalFrameworks.Tvpa;

    public List<(string Name, CaseFacts Facts)> Facts { get; } = [];

    public static Options Parse(string[] args)
    {
        var options = new Options();
        var fromFlags = CaseFacts.Empty;
        var anyFlag = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--facts":
                    options.Facts.Add(ReadFile(Value()));
                    break;
                case "--establish":
                    fromFlags = fromFlags.Establish(ParseFacts(Value()));
                    anyFlag = true;
                    break;
                case "--rule-out":
                    fromFlags = fromFlags.RuleOut(ParseFacts(Value()));
                    anyFlag = true;
                    break;
                case "--age":
                    fromFlags = fromFlags.WithAge(ParseAge(Value()));
                    anyFlag = true;
                    break;
                case "--conduct":
                    fromFlags = fromFlags.WithConduct(ParseConduct(Value()));
                    anyFlag = true;
                    break;
                case "--framework":
                    options.Framework = Value() switch
                    {
                        "tvpa" => LegalFrameworks.Tvpa,
                        "palermo" => LegalFrameworks.PalermoProtocol,
                        var other => throw new UsageException($"Unknown framework '{other}'. Use tvpa or palermo."),
                    };
                    break;
                default:
                    throw new UsageException($"Unknown option '{args[i]}'.");
            }
        }

        if (anyFlag)
        {
            options.Facts.Add(("facts from the command line", fromFlags));
        }

        return options;
    }

    private static (string, CaseFacts) ReadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var facts = JsonSerializer.Deserialize(stream, CoalitionJsonContext.Default.CaseFacts)
                ?? throw new UsageException($"{path}: the file holds null, not case facts.");
            return (Path.GetFileName(path), facts);
        }
        catch (JsonException ex)
        {
            throw new UsageException($"{path}: not valid case facts ({ex.Path}, line {ex.LineNumber + 1}): {ex.Message}");
        }
        catch (IOException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
    }

    private static CaseFact[] ParseFacts(string list)
    {
        var known = Enum.GetValues<CaseFact>().ToDictionary(f => JsonNamingPolicy.KebabCaseLower.ConvertName(f.ToString()));
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => known.TryGetValue(code, out var fact) && fact != CaseFact.UnderEighteen
                ? fact
                : throw new UsageException($"Unknown fact '{code}'. Known facts: {string.Join(", ", known.Keys.Where(k => k != "under-eighteen"))}."))
            .ToArray();
    }

    private static AgeEvidence ParseAge(string value) => value switch
    {
        "unknown" => AgeEvidence.Unknown,
        "under-eighteen" or "under18" => AgeEvidence.UnderEighteen,
        "eighteen-or-over" or "18-or-over" => AgeEvidence.EighteenOrOver,
        "turned-eighteen-during-conduct" => AgeEvidence.TurnedEighteenDuringConduct,
        _ when value.StartsWith("dob:", StringComparison.Ordinal) && LocalDatePattern.Iso.Parse(value[4..]) is { Success: true } date
            && date.Value >= AgeEvidence.EarliestDateOfBirth && date.Value <= AgeEvidence.LatestDateOfBirth => AgeEvidence.FromDateOfBirth(date.Value),
        // The value may hold a date of birth, so it is not echoed.
        _ => throw new UsageException("Bad --age value (not shown). Use unknown, under-eighteen, eighteen-or-over, turned-eighteen-during-conduct or dob:YYYY-MM-DD (year 1 to 9981)."),
    };

    private static ConductPeriod ParseConduct(string value)
    {
        var parts = value.Split('/');
        var start = LocalDatePattern.Iso.Parse(parts[0]);
        var end = parts.Length == 2 ? LocalDatePattern.Iso.Parse(parts[1]) : start;
        if (parts.Length > 2 || !start.Success || !end.Success || end.Value < start.Value)
        {
            throw new UsageException($"Bad --conduct '{value}'. Use YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD with the end not before the start.");
        }

        return new ConductPeriod(start.Value, end.Value);
    }
}
