using Coalition.Domain.FourP;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Tests.FourP;

public sealed class PillarsTests
{
    [Fact]
    public void There_are_exactly_four_pillars_in_the_documented_order()
    {
        Assert.Equal(["prevention", "protection", "prosecution", "partnership"], Pillars.Catalogue.Codes.ToArray());
    }

    [Fact]
    public void Only_partnership_is_enabling()
    {
        Assert.Equal([Pillars.Partnership], Pillars.Catalogue.Where(p => p.IsEnabling));
        Assert.Equal([Pillars.Prevention, Pillars.Protection, Pillars.Prosecution], Pillars.CycleStages.ToArray());
    }

    [Fact]
    public void Every_pillar_cites_seeds_000_and_003()
    {
        Assert.All(Pillars.Catalogue, p =>
        {
            Assert.Contains(SourceDocuments.OhioCoalitionModel, p.Sources);
            Assert.Contains(SourceDocuments.TipReportLocalSolutions, p.Sources);
            Assert.False(string.IsNullOrWhiteSpace(p.Description));
        });
    }
}
