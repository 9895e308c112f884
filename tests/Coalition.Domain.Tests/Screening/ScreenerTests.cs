using Coalition.Domain.Law;
using Coalition.Domain.Screening;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Screening;

public sealed class ScreenerTests
{
    private static readonly FsCheck.Gen<Indicator[]> ObservedIndicators = Gen.SubListOf(Indicators.Catalogue.Entries.AsEnumerable()).Select(l => l.ToArray());

    [Fact]
    public void Screening_suggests_facts_but_never_establishes_them() =>
        Properties.ForAll(ObservedIndicators.SelectMany(_ => LawGenerators.Facts, (o, f) => (o, f)).ToArbitrary(), input =>
        {
            var (observed, facts) = input;
            var result = Screener.Screen(observed);
            Assert.Equal(facts, result.Confirm(facts, []));
            var suggested = observed.SelectMany(i => i.SuggestedFacts).Distinct().Order().ToArray();
            Assert.Equal(suggested, result.Suggestions.Select(s => s.Fact).ToArray());
        });

    [Fact]
    public void Only_confirmed_suggestions_become_established_facts() =>
        Properties.ForAll(ObservedIndicators.Where(o => o.Length > 0).ToArbitrary(), observed =>
        {
            var result = Screener.Screen(observed);
            var confirmable = result.Suggestions.Select(s => s.Fact).Where(f => f != CaseFact.UnderEighteen).ToArray();
            var confirmed = confirmable.Take(1).ToArray();
            var facts = result.Confirm(CaseFacts.Empty, confirmed);
            Assert.Equal(confirmed, facts.Established.ToArray());
            Assert.Empty(facts.RuledOut);
        });

    [Fact]
    public void The_status_stays_possible_whatever_is_observed() =>
        Properties.ForAll(ObservedIndicators.ToArbitrary(), observed =>
        {
            var status = Screener.Screen(observed).Status;
            Assert.Equal(observed.Length == 0 ? null : HtcdsTraffickingStatus.Possible, status);
        });

    [Fact]
    public void Screening_is_order_independent_and_ignores_duplicates() =>
        Properties.ForAll(ObservedIndicators.SelectMany(o => Gen.Shuffle(o), (o, s) => (o, s)).ToArbitrary(), input =>
        {
            var (observed, shuffled) = input;
            Assert.Equal(Screener.Screen(observed), Screener.Screen([.. shuffled, .. shuffled]));
        });

    [Fact]
    public void Confirming_a_fact_that_was_not_suggested_is_rejected()
    {
        var result = Screener.Screen([Indicators.Get("documents-withheld")]);
        var ex = Assert.Throws<ArgumentException>(() => result.Confirm(CaseFacts.Empty, [CaseFact.Force]));
        Assert.Equal("confirmed", ex.ParamName);
        Assert.Contains("'force'", ex.Message, StringComparison.Ordinal);
        var minor = Screener.Screen([Indicators.Get("appears-under-18-in-commercial-sex")]);
        Assert.Equal("confirmed", Assert.Throws<ArgumentException>(() => minor.Confirm(CaseFacts.Empty, [CaseFact.UnderEighteen])).ParamName);
    }

    [Fact]
    public void Indicators_cover_every_htcds_method_of_control_and_each_amp_element()
    {
        Assert.All(Enum.GetValues<HtcdsMethodOfControl>(), m => Assert.Contains(Indicators.Catalogue, i => i.MethodOfControl == m));
        var elements = Indicators.Catalogue.Aggregate(AmpElements.None, (all, i) => all | i.Elements);
        Assert.Equal(AmpElements.Action | AmpElements.Means | AmpElements.Purpose | AmpElements.Age, elements);
        Assert.Contains(Indicators.Get("physical-threats"), Indicators.For(CaseFact.ThreatOfSeriousHarmOrRestraint));
    }

    [Theory]
    [InlineData("earnings-taken", CaseFact.SchemePlanOrPattern)]
    [InlineData("excessive-working-hours", CaseFact.InvoluntaryServitude)]
    [InlineData("documents-withheld", CaseFact.SchemePlanOrPattern)]
    [InlineData("branded-by-trafficker", CaseFact.CommercialSexAct)]
    public void Signs_of_an_element_prompt_a_question_about_it_and_never_suggest_it(string code, CaseFact fact)
    {
        var indicator = Indicators.Get(code);
        Assert.Contains(fact, indicator.PromptedFacts);
        Assert.DoesNotContain(fact, indicator.SuggestedFacts);
        var screening = Screener.Screen([indicator]);
        Assert.DoesNotContain(screening.Suggestions, s => s.Fact == fact);
        Assert.Contains(screening.Prompts, p => p.Fact == fact && p.IndicatorCodes.Contains(code));
        Assert.Equal("confirmed", Assert.Throws<ArgumentException>(() => screening.Confirm(CaseFacts.Empty, [fact])).ParamName);
    }

    [Fact]
    public void A_fact_both_suggested_and_prompted_is_reported_once_as_a_suggestion()
    {
        var screening = Screener.Screen([Indicators.Get("not-free-to-leave"), Indicators.Get("made-to-beg"), Indicators.Get("physical-threats")]);
        Assert.Equal([CaseFact.ThreatOfSeriousHarmOrRestraint], screening.Suggestions.Select(s => s.Fact).ToArray());
        Assert.Equal([CaseFact.InvoluntaryServitude], screening.Prompts.Select(p => p.Fact).ToArray());
        Assert.Equal(["made-to-beg", "not-free-to-leave"], screening.Prompts[0].IndicatorCodes.ToArray());
    }

    [Fact]
    public void Instruments_are_referenced_by_name_only()
    {
        Assert.Equal(2, Screener.ReferencedInstruments.Length);
        Assert.All(Screener.ReferencedInstruments, name => Assert.DoesNotContain("?", name, StringComparison.Ordinal));
        Assert.All(Indicators.Catalogue, i => Assert.DoesNotContain("?", i.DisplayName, StringComparison.Ordinal));
    }
}

public sealed class IndicatorLawTests : Coalition.Domain.Tests.Catalogues.CatalogueLawTests<Indicator>;
