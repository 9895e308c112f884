using BenchmarkDotNet.Attributes;
using Coalition.Domain.Reporting;

namespace Coalition.Domain.Benchmarks.Reporting;

/// <summary>
/// Issue 16's target: aggregation with suppression of 1,000,000 invented case records over four dimensions (area × form
/// of exploitation × age band × gender) in under a second, under the default policy: every cell and margin counted, the
/// re-identification risk assessed, small counts and sensitive zeros suppressed, and complementary suppression until
/// every suppressed small count is proven protected. Baseline: the naive way a user would count the same crossing, a LINQ
/// GroupBy over the four attributes, with no margins, no risk and no suppression. Setup checks that every interior count
/// the release publishes equals the naive count.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AggregateReleaseBenchmarks
{
    private static readonly ReportDefinition FourWay = new("Cases", [ReportDimension.Area, ReportDimension.ExploitationType, ReportDimension.AgeBand, ReportDimension.Gender]);

    private CaseRecord[] records = [];

    [GlobalSetup]
    public void Setup()
    {
        records = CaseRecordGenerator.Generate(1_000_000);
        var naive = Naive();
        var table = Release().Tables[0];
        foreach (var cell in table.Cells.Where(c => !c.Categories.Contains(ReleaseTable.Total) && c.Count is not null))
        {
            if (naive.GetValueOrDefault((cell.Categories[0], cell.Categories[1], cell.Categories[2], cell.Categories[3])) != cell.Count)
            {
                throw new InvalidOperationException($"The release and the naive count disagree at {string.Join("/", cell.Categories)}.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Naive: LINQ GroupBy over the four attributes, no suppression")]
    public Dictionary<(string, string, string, string), int> Naive() =>
        records.GroupBy(r => (r.Area ?? "unknown", TypeOf(r), Kebab(r.AgeBand.ToString()), Kebab(r.Gender.ToString()))).ToDictionary(g => g.Key, g => g.Count());

    [Benchmark(Description = "Release: every margin, risk, suppression proven protected")]
    public Release Release() => AggregateReporter.Publish(records, new ReleaseRequest("National release", FourWay));

    [Benchmark(Description = "Release: combinations of up to three attributes")]
    public Release Combinations() => AggregateReporter.Publish(records, new ReleaseRequest("National combinations", FourWay) { CombinationLength = 3 });

    private static string TypeOf(CaseRecord r) => r.ExploitationTypes.Length switch
    {
        0 => "unknown",
        1 => Kebab(r.ExploitationTypes[0].ToString()),
        _ => "multiple",
    };

    private static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
