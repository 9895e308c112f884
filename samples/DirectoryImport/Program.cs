// DirectoryImport: imports an Open Referral HSDS 3 directory (by default the bundled, fictional Riverbend County
// directory), prints the import report, and matches a fictional client against it.
//
//   dotnet run --project samples/DirectoryImport
//   dotnet run --project samples/DirectoryImport -- --file services.json --zone America/Chicago --as-of 2026-11-22 --map "county 211|shel-1=housing.emergency"
//   dotnet run --project samples/DirectoryImport -- --to-hsds network.json      (convert a Coalition.Domain network to HSDS)
//   dotnet run --project samples/DirectoryImport -- --to-fhir network.json      (export it as a FHIR Bundle)
using System.Reflection;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.OpenReferral;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using NodaTime.Text;
using NodaTime;

try
{
    string? file = null;
    var zone = "America/Chicago";
    var asOf = new LocalDate(2026, 11, 22);
    var mapping = new List<KeyValuePair<string, string>>();
    for (var i = 0; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new ImportException($"{args[i]} needs a value");
        switch (args[i])
        {
            case "--file": file = Value(); break;
            case "--zone": zone = Value(); break;
            case "--as-of":
                var text = Value();
                asOf = LocalDatePattern.Iso.Parse(text) is { Success: true } d ? d.Value : throw new ImportException($"--as-of '{text}' is not an ISO date");
                break;
            case "--map":
                var pair = Value().Split('=', 2);
                mapping.Add(pair.Length == 2 ? new(pair[0], pair[1]) : throw new ImportException("--map takes taxonomy|code=need-code"));
                break;
            case "--to-hsds":
                Console.WriteLine(HsdsExporter.Export(LoadNetwork(Value())));
                return 0;
            case "--to-fhir":
                Console.WriteLine(FhirHealthcareServiceExporter.ExportBundle(LoadNetwork(Value())));
                return 0;
            default: throw new ImportException($"unknown option '{args[i]}'");
        }
    }

    HsdsImportOptions options;
    try
    {
        options = HsdsImportOptions.Create(zone, asOf, mapping);
    }
    catch (ArgumentException ex)
    {
        throw new ImportException(ex.Message);
    }

    byte[] bytes;
    try
    {
        bytes = file is null ? Embedded("Data.riverbend-hsds.json") : File.ReadAllBytes(file);
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        throw new ImportException($"{file}: {ex.Message}");
    }

    HsdsImportResult result;
    try
    {
        result = HsdsImporter.Import(bytes, options);
    }
    catch (JsonException ex)
    {
        throw new ImportException($"{file ?? "bundled directory"}: not HSDS JSON: {ex.Message}");
    }

    Console.WriteLine($"Imported {result.ServicesImported} of {result.ServicesRead} services into {result.Network}.");
    Console.WriteLine(result.Issues.IsEmpty ? "No issues." : $"{result.Issues.Length} issue(s):");
    foreach (var issue in result.Issues)
    {
        Console.WriteLine($"  - {issue}");
    }

    var client = new ClientProfile(
        [new ClientNeed(ServiceNeeds.HousingEmergency, NeedUrgency.Immediate), new ClientNeed(ServiceNeeds.LegalRepresentationImmigration, NeedUrgency.Routine), new ClientNeed(ServiceNeeds.Employment, NeedUrgency.Routine)],
        ClientConsent.Full)
    {
        AgeYears = 24,
        Gender = Genders.Female,
        Languages = [new LanguageCode("es")],
        Populations = Populations.ForeignNational,
        TraffickingTypes = TraffickingTypes.Labor,
        Area = "riverbend-central",
    };
    var at = asOf.At(new LocalTime(14, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb[zone]).ToInstant();
    var match = ReferralMatcher.Compile(result.Network).Match(client, at, new MatchOptions(3));
    Console.WriteLine();
    Console.WriteLine($"A fictional client, at {InstantPattern.General.Format(at)}: {match}");
    foreach (var need in match.Needs)
    {
        Console.WriteLine($"  {need.Need.Code}: " + (need.IsMet ? string.Join("; ", need.Candidates.Select(c => $"{c.ProviderName} ({c.Score:0.##})")) : $"unmet ({need.Unmet})"));
    }

    return 0;
}
catch (ImportException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}

static byte[] Embedded(string name)
{
    using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new ImportException($"embedded {name} is missing");
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}

static ReferralNetwork LoadNetwork(string path)
{
    try
    {
        return JsonSerializer.Deserialize(File.ReadAllBytes(path), CoalitionJsonContext.Default.ReferralNetwork) ?? throw new ImportException($"{path} holds null");
    }
    catch (Exception ex) when (ex is JsonException or ArgumentException or IOException)
    {
        throw new ImportException($"{path}: {ex.Message}");
    }
}

/// <summary>A user-facing error: printed without a stack trace.</summary>
internal sealed class ImportException(string message) : Exception(message);
