using BenchmarkDotNet.Attributes;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Benchmarks.Catalogues;

/// <summary>
/// Looks up every service-need code once per operation: the catalogue's frozen dictionary against the linear search a
/// user would write over the list of needs (<c>FirstOrDefault(n => n.Code == code)</c>).
/// </summary>
[MemoryDiagnoser]
public class CatalogueLookupBenchmarks
{
    private string[] codes = [];
    private List<ServiceNeed> needs = [];

    [GlobalSetup]
    public void Setup()
    {
        needs = ServiceNeeds.Catalogue.ToList();

        // Fresh string instances, as codes read from a request or a database would be.
        codes = ServiceNeeds.Catalogue.Codes.Select(c => new string(c.AsSpan())).Reverse().ToArray();
    }

    [Benchmark(Baseline = true, Description = "Linear search (LINQ FirstOrDefault)")]
    public int LinearSearch()
    {
        var found = 0;
        foreach (var code in codes)
        {
            if (needs.FirstOrDefault(n => n.Code == code) is not null)
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(Description = "Catalogue.Get (frozen dictionary)")]
    public int CatalogueGet()
    {
        var found = 0;
        foreach (var code in codes)
        {
            if (ServiceNeeds.Catalogue.Get(code) is not null)
            {
                found++;
            }
        }

        return found;
    }
}
