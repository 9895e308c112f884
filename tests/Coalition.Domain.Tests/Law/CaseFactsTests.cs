using System.Text.Json;
using Coalition.Domain.Law;
using Coalition.Domain.Serialization;
using static Coalition.Domain.Law.CaseFact;

namespace Coalition.Domain.Tests.Law;

public sealed class CaseFactsTests
{
    [Fact]
    public void The_derived_minor_fact_cannot_be_set_directly()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CaseFacts.Empty.With(UnderEighteen, FactStatus.Established));
        Assert.Equal("fact", ex.ParamName);
        Assert.DoesNotContain(UnderEighteen, CaseFacts.SettableFacts);
    }

    [Fact]
    public void With_replaces_a_status_and_leaves_the_original_unchanged()
    {
        var established = CaseFacts.Empty.Establish(Force);
        var ruledOut = established.With(Force, FactStatus.RuledOut);
        Assert.Equal(FactStatus.Established, established.StatusOf(Force));
        Assert.Equal(FactStatus.RuledOut, ruledOut.StatusOf(Force));
        Assert.Equal(CaseFacts.Empty, ruledOut.With(Force, FactStatus.Unknown));
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => CaseFacts.Empty.With(Force, (FactStatus)7)).ParamName);
    }

    [Fact]
    public void Json_uses_readable_codes()
    {
        var facts = CaseFacts.Empty.Establish(Recruitment, CommercialSexAct).RuleOut(Fraud).WithAge(AgeEvidence.UnderEighteen)
            .WithConduct(new ConductPeriod(new NodaTime.LocalDate(2024, 1, 1), new NodaTime.LocalDate(2024, 6, 30)));
        Assert.Equal(
            """{"established":["recruitment","commercial-sex-act"],"ruledOut":["fraud"],"age":{"kind":"under-eighteen"},"conduct":{"start":"2024-01-01","end":"2024-06-30"}}""",
            JsonSerializer.Serialize(facts, CoalitionJsonContext.Default.CaseFacts));
    }

    [Theory]
    [InlineData("""{"established":["recruitment","kidnap"]}""", "at 'established[1]'", "'kidnap'")]
    [InlineData("""{"established":["force"],"ruledOut":["force"]}""", "at 'established' and 'ruledOut'", "both established and ruled out")]
    [InlineData("""{"established":["under-eighteen"]}""", "at 'established[0]'", "follows from the age")]
    [InlineData("""{"colour":"blue"}""", "in case facts", "Unknown property 'colour'")]
    [InlineData("""{"age":{"kind":"date-of-birth"}}""", "at 'age'", "needs 'dateOfBirth'")]
    [InlineData("""{"age":{"kind":"under18","dateOfBirth":"2010-01-01"}}""", "at 'age'", "only with kind 'date-of-birth'")]
    [InlineData("""{"conduct":{"start":"2024-02-01","end":"2024-01-01"}}""", "at 'conduct'", "before it starts")]
    [InlineData("""{"conduct":{"start":"2024-02-30","end":"2024-03-01"}}""", "at 'conduct.start'", "ISO date")]
    [InlineData("""{"established":"force"}""", "at 'established'", "Expected a list of fact codes")]
    [InlineData("""[]""", "", "Expected case facts")]
    public void Bad_json_gives_a_JsonException_that_says_where(string json, string where, string message)
    {
        var ex = Assert.Throws<JsonException>(() => { JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.CaseFacts); });
        Assert.Equal("$", ex.Path);
        Assert.Contains(where, ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_date_of_birth_is_not_echoed_in_the_error()
    {
        var ex = Assert.Throws<JsonException>(() => { JsonSerializer.Deserialize("""{"age":{"kind":"date-of-birth","dateOfBirth":"2009-02-30"}}""", CoalitionJsonContext.Default.CaseFacts); });
        Assert.Contains("at 'age.dateOfBirth'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2009-02-30", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_facts_nested_in_a_document_carry_the_path_of_the_facts_object()
    {
        var ex = Assert.Throws<JsonException>(() => { JsonSerializer.Deserialize("""{"frameworkCode":"tvpa","frameworkName":"x","facts":{"established":["kidnap"]},"offences":[],"explanation":"x"}""", CoalitionJsonContext.Default.Assessment); });
        Assert.Equal("$.facts", ex.Path);
    }

    [Fact]
    public void ToString_lists_codes_and_withholds_the_date_of_birth()
    {
        var facts = CaseFacts.Empty.Establish(Force).RuleOut(Fraud).WithAge(AgeEvidence.FromDateOfBirth(new NodaTime.LocalDate(2009, 7, 4)));
        Assert.Equal("established: force; ruled out: fraud; age: date of birth (withheld)", facts.ToString());
    }
}
