// AnnualReport: the fictional Riverbend coalition's annual report from 2,000 invented, de-identified case records:
// tables with small counts suppressed, demand against supply, the "how this was protected" paragraph, a release that is
// refused because its crossing is too fine, and a differentially private release against a privacy ledger. Every case
// is invented by a seeded generator below; no real survivor data is used anywhere.
//
//   dotnet run --project samples/AnnualReport
//   dotnet run --project samples/AnnualReport -- --records 5000 --seed 7 --format csv
//   options: --format markdown|csv|json   --records N   --seed S   --secure-noise (cryptographic noise, not repeatable)
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Operations;
using Coalition.Domain.Protections;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Reporting;
using Coalition.Domain.Screening;
using Coalition.Domain.Serialization;
using Coalition.Domain.Typology;
using NodaTime;

string format = "markdown";
int count = 2000, seed = 2026;
var secureNoise = false;
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--format": format = Value(); break;
        case "--records": count = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
        case "--secure-noise": secureNoise = true; break;
        default:
            Console.Error.WriteLine($"Unknown option '{args[i]}'. Options: --format markdown|csv|json, --records N, --seed S, --secure-noise");
            return 2;
    }
}

string[] areas = ["lakeside", "riverbend-central", "riverbend-north", "riverbend-south"];
var records = InventedCases.Generate(count, seed, areas);

// Supply: the Riverbend network's needs assessment, for demand against supply.
using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Data.riverbend-network.json")!;
var network = JsonSerializer.Deserialize(stream, CoalitionJsonContext.Default.ReferralNetwork)!;
var supply = NetworkNeedsAssessment.Assess(network, new NetworkAssessmentScope([.. areas], "America/Chicago", new LocalDate(2026, 11, 16)));

// The annual report: every combination of up to two of area, form and age band (after CTDC), with demand against supply.
// (Adding gender puts 7% of these cases in small combinations, above the policy's 5%: the release would be refused.)
var attributes = new ReportDefinition("Cases", [ReportDimension.Area, ReportDimension.ExploitationType, ReportDimension.AgeBand]);
var annual = new ReleaseRequest("Riverbend coalition annual report 2026", attributes)
{
    From = new YearQuarter(2026, 1),
    To = new YearQuarter(2026, 4),
    Areas = [.. areas],
    CombinationLength = 2,
    Demand = new DemandRequest { Needs = [.. InventedCases.Needs], Supply = supply },
};
var release = AggregateReporter.Publish(records, annual);

switch (format)
{
    case "csv":
        Console.Write(release.ToCsv());
        return 0;
    case "json":
        Console.WriteLine(JsonSerializer.Serialize(release, CoalitionJsonContext.Default.Release));
        return 0;
    case "markdown":
        break;
    default:
        Console.Error.WriteLine($"--format '{format}' must be markdown, csv or json");
        return 2;
}

Console.WriteLine(release.ToMarkdown());

// A release that crosses all four attributes at once is too fine for 2,000 cases: it is refused, naming attributes only.
Console.WriteLine("# A release that is refused\n");
var tooFine = new ReleaseRequest("Cases by area, form, age band and gender", new ReportDefinition("Cases", [ReportDimension.Area, ReportDimension.ExploitationType, ReportDimension.AgeBand, ReportDimension.Gender]))
{
    From = annual.From,
    To = annual.To,
    Areas = annual.Areas,
};
var risk = AggregateReporter.AssessRisk(records, tooFine);
Console.WriteLine($"The four-way crossing would leave {risk.CasesAtRisk} of {risk.Cases} cases ({risk.ShareAtRisk:P1}) in combinations of fewer than {DisclosurePolicy.Default.MinimumCellSize}.\n");
try
{
    AggregateReporter.Publish(records, tooFine);
    Console.WriteLine("Published (unexpected for this data).");
}
catch (ReleaseRefusedException refused)
{
    Console.WriteLine($"Refused ({refused.Reason}): {refused.Message}\n");
}

// Differential privacy: noisy counts with a budget per release and a ledger across releases of the same records.
Console.WriteLine("# A differentially private release\n");
Random noise = secureNoise ? new CryptographicRandom() : new Random(seed);
var ledger = new PrivacyLedger("riverbend-cases-2026", DisclosurePolicy.Default.PrivacyBudget);
var at = Instant.FromUtc(2027, 1, 29, 15, 0);
var byAreaAndGender = new ReleaseRequest("Cases by area and gender (differentially private)", new ReportDefinition("Cases by area and gender", [ReportDimension.Area, ReportDimension.Gender]))
{
    From = new YearQuarter(2026, 1),
    To = new YearQuarter(2026, 4),
    Areas = [.. areas],
};
var first = PrivateReporter.Publish(records, byAreaAndGender, ledger, 0.5m, at, noise);
Console.WriteLine(first.Release.ToMarkdown());
try
{
    PrivateReporter.Publish(records, byAreaAndGender with { Title = "A second look, ε = 0.75" }, first.Ledger, 0.75m, at.Plus(Duration.FromDays(30)), noise);
}
catch (ReleaseRefusedException refused)
{
    Console.WriteLine($"Refused ({refused.Reason}): {refused.Message}");
}

return 0;

/// <summary>Invented case records for the fictional Riverbend coalition: a seeded generator with plausible, made-up shares.</summary>
internal static class InventedCases
{
    internal static readonly ServiceNeed[] Needs =
    [
        ServiceNeeds.CaseManagement, ServiceNeeds.HousingEmergency, ServiceNeeds.MedicalCare, ServiceNeeds.MentalHealthCare,
        ServiceNeeds.LegalRepresentationImmigration, ServiceNeeds.Food, ServiceNeeds.Employment, ServiceNeeds.TranslationInterpretation,
    ];

    internal static ImmutableArray<CaseRecord> Generate(int count, int seed, string[] areas)
    {
        var random = new Random(seed);
        T Pick<T>(params (T Value, int Weight)[] choices)
        {
            var roll = random.Next(choices.Sum(c => c.Weight));
            foreach (var (value, weight) in choices)
            {
                if ((roll -= weight) < 0)
                {
                    return value;
                }
            }

            return choices[^1].Value;
        }

        var points = IdentificationPoints.Catalogue.Entries;
        var builder = ImmutableArray.CreateBuilder<CaseRecord>(count);
        for (var i = 0; i < count; i++)
        {
            ImmutableArray<ExploitationType> types = Pick<ImmutableArray<ExploitationType>>(
                ([ExploitationType.SexualExploitation], 60), ([ExploitationType.ForcedLabour], 26), ([ExploitationType.ForcedLabour, ExploitationType.SexualExploitation], 7),
                ([], 5), ([ExploitationType.ForcedCriminality], 1), ([ExploitationType.ChildLabour], 1));
            var needs = Needs.Where((_, n) => random.Next(100) < (n < 2 ? 70 : 35)).ToList();
            builder.Add(new CaseRecord($"rb-{i:D5}", new YearQuarter(2026, 1 + random.Next(4)))
            {
                Area = Pick((areas[2], 36), (areas[3], 30), (areas[1], 24), (areas[0], 10)),
                ExploitationTypes = types,
                AgeBand = Pick((AgeBand.From15To17, 20), (AgeBand.From18To24, 32), (AgeBand.From25To34, 24), (AgeBand.From35To49, 12), (AgeBand.From12To14, 6), (AgeBand.Unknown, 6)),
                Gender = Pick((ReportGender.Female, 70), (ReportGender.Male, 26), (ReportGender.NonBinary, 2), (ReportGender.Unknown, 2)),
                Citizenship = Pick((NationalityStatus.UsCitizen, 55), (NationalityStatus.ForeignNational, 32), (NationalityStatus.LawfulPermanentResident, 7), (NationalityStatus.Unknown, 6)),
                Status = Pick((HtcdsTraffickingStatus.Actual, 40), (HtcdsTraffickingStatus.Possible, 45), (HtcdsTraffickingStatus.Not, 15)),
                IdentificationPoint = points[random.Next(points.Length)],
                Needs = [.. needs],
                Referrals = [.. needs.Where(_ => random.Next(100) < 80).Select(need => Pick(
                    (new ReferralTally(need, 1, 1, 0, 1), 50), (new ReferralTally(need, 1, 1, 0, 0), 20),
                    (new ReferralTally(need, 2, 0, 2, 0), 15), (new ReferralTally(need, 1, 0, 0, 0), 15)))],
            });
        }

        return builder.MoveToImmutable();
    }
}
