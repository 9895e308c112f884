using Coalition.Domain.Catalogues;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Tests.Catalogues;

public sealed class CatalogueTests
{
    [Fact]
    public void A_catalogue_with_a_duplicate_code_cannot_be_built()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Catalogue<ServiceNeed>("service need", [ServiceNeeds.Food, ServiceNeeds.Food]));
        Assert.Equal("entries", ex.ParamName);
        Assert.Contains("'food'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_with_a_null_entry_cannot_be_built()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Catalogue<ServiceNeed>("service need", [ServiceNeeds.Food, null!]));
        Assert.Equal("entries", ex.ParamName);
        Assert.Contains("index 1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Food")]
    [InlineData("housing..emergency")]
    [InlineData("-food")]
    [InlineData("food-")]
    [InlineData("food.")]
    [InlineData("foo d")]
    [InlineData("föod")]
    public void Malformed_codes_are_rejected(string code)
    {
        Assert.False(CodeSyntax.IsValid(code));
    }

    [Theory]
    [InlineData("food")]
    [InlineData("housing.emergency")]
    [InlineData("law-enforcement.school-resource-officer")]
    [InlineData("a1.b2-c3")]
    public void Well_formed_codes_are_accepted(string code)
    {
        Assert.True(CodeSyntax.IsValid(code));
    }

    [Fact]
    public void Lookups_by_span_do_not_need_a_string()
    {
        Span<char> buffer = stackalloc char[4];
        "food".AsSpan().CopyTo(buffer);
        Assert.True(ServiceNeeds.Catalogue.TryGet((ReadOnlySpan<char>)buffer, out var need));
        Assert.Same(ServiceNeeds.Food, need);
        Assert.False(ServiceNeeds.Catalogue.TryGet("fooo".AsSpan(), out _));
    }

    [Fact]
    public void TryGet_and_Contains_treat_null_as_unknown()
    {
        Assert.False(ServiceNeeds.Catalogue.TryGet((string?)null, out var entry));
        Assert.Null(entry);
        Assert.False(ServiceNeeds.Catalogue.Contains(null));
    }

    [Fact]
    public void ToString_describes_the_catalogue()
    {
        Assert.Equal($"service need catalogue ({ServiceNeeds.Catalogue.Count} entries)", ServiceNeeds.Catalogue.ToString());
    }
}
