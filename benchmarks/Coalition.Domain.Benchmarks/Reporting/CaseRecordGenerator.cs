using System.Collections.Immutable;
using Coalition.Domain.Reporting;
using Coalition.Domain.Typology;

namespace Coalition.Domain.Benchmarks.Reporting;

/// <summary>Invented case records for a national-scale release: skewed areas, forms of exploitation, ages and genders, so that rare combinations make small cells.</summary>
internal static class CaseRecordGenerator
{
    private static readonly ExploitationType[] Types = Enum.GetValues<ExploitationType>();

    internal static CaseRecord[] Generate(int count, int seed = 20261123)
    {
        var random = new Random(seed);
        var single = Types.Select(t => ImmutableArray.Create(t)).ToArray();
        var both = ImmutableArray.Create(ExploitationType.ForcedLabour, ExploitationType.SexualExploitation);
        var records = new CaseRecord[count];
        for (var i = 0; i < count; i++)
        {
            // Mostly sex trafficking, then labour, some with both, a few unknown and a long thin tail of other forms.
            var typeRoll = random.Next(10_000);
            var types = typeRoll switch
            {
                < 6_200 => single[1],
                < 8_500 => single[0],
                < 9_100 => both,
                < 9_500 => ImmutableArray<ExploitationType>.Empty,
                < 9_700 => single[2],
                < 9_820 => single[11],
                < 9_900 => single[4],
                < 9_950 => single[3],
                < 9_980 => single[7],
                _ => single[random.Next(single.Length)],
            };
            records[i] = new CaseRecord($"case-{i:D7}", new YearQuarter(2026, 1 + random.Next(4)))
            {
                Area = $"region-{Math.Min(random.Next(12), random.Next(12)):D2}",
                ExploitationTypes = types,
                AgeBand = (AgeBand)(1 + Math.Min(random.Next(8), random.Next(8))),
                Gender = random.Next(100) switch { < 62 => ReportGender.Female, < 93 => ReportGender.Male, < 97 => ReportGender.NonBinary, _ => ReportGender.Unknown },
            };
        }

        return records;
    }
}
