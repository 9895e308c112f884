using Coalition.Domain.Typology;

namespace Coalition.Domain.Tests.Typology;

public sealed class TypologyTests
{
    [Fact]
    public void The_polaris_typology_has_25_types_numbered_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 25), PolarisTypology.Catalogue.Select(t => t.Number));
        Assert.Equal("Domestic Work", PolarisTypology.Get("domestic-work").DisplayName);
    }

    [Fact]
    public void Only_types_2_and_6_are_claimed_to_involve_both_forms()
    {
        Assert.Equal([2, 6], PolarisTypology.Catalogue.Where(t => t.BothFormsConfirmed).Select(t => t.Number).ToArray());
    }

    [Fact]
    public void Forced_criminality_is_exported_to_htcds_as_other()
    {
        Assert.False(ExploitationTypes.IsHtcdsValue(ExploitationType.ForcedCriminality));
        Assert.Equal(ExploitationType.Other, ExploitationTypes.ToHtcds(ExploitationType.ForcedCriminality));
        Assert.All(Enum.GetValues<ExploitationType>().Where(t => t != ExploitationType.ForcedCriminality), t => Assert.Equal(t, ExploitationTypes.ToHtcds(t)));
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => ExploitationTypes.ToHtcds((ExploitationType)0)).ParamName);
    }
}

public sealed class PolarisTypeLawTests : Coalition.Domain.Tests.Catalogues.CatalogueLawTests<PolarisType>;
