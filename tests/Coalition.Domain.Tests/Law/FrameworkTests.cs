using Coalition.Domain.Law;
using static Coalition.Domain.Law.CaseFact;

namespace Coalition.Domain.Tests.Law;

public sealed class FrameworkTests
{
    private static readonly CaseFact[] AllTvpaMeans = [Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess];
    private static readonly CaseFact[] AllPalermoMeans = [.. AllTvpaMeans, Abduction, AbuseOfPowerOrVulnerability, PaymentsToPersonInControl];

    [Fact]
    public void Palermo_needs_no_means_for_a_child_in_labour_exploitation_but_the_tvpa_does()
    {
        var facts = CaseFacts.Empty.Establish(Recruitment, InvoluntaryServitude).RuleOut(AllPalermoMeans).RuleOut(CommercialSexAct).WithAge(AgeEvidence.UnderEighteen);
        Assert.Equal(Verdict.Met, TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, facts).VerdictOn(LegalFrameworks.TraffickingInPersons));
        Assert.Equal(Verdict.NotMet, TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts).VerdictOn(LegalFrameworks.SevereLaborTrafficking));
    }

    [Fact]
    public void Palermo_counts_its_own_means_and_organ_removal()
    {
        var facts = CaseFacts.Empty.Establish(Transportation, Abduction, OrganRemoval).WithAge(AgeEvidence.EighteenOrOver);
        Assert.Equal(Verdict.Met, TraffickingAssessor.Assess(LegalFrameworks.PalermoProtocol, facts).VerdictOn(LegalFrameworks.TraffickingInPersons));
        var tvpa = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts);
        Assert.NotEqual(Verdict.Met, tvpa.VerdictOn(LegalFrameworks.SevereLaborTrafficking));
        Assert.NotEqual(Verdict.Met, tvpa.VerdictOn(LegalFrameworks.SevereSexTrafficking));
    }

    [Fact]
    public void A_user_can_add_a_state_statute_without_changing_the_library()
    {
        // A hypothetical state statute: compelling a minor into labor is trafficking without any means; an adult needs force or coercion.
        var statute = new LegalFramework(
            "example-state-statute",
            "Example State Code: human trafficking",
            "Example State Code 100.01 (hypothetical, for the test)",
            [
                new OffenceDefinition("labor-trafficking-of-a-minor-or-coerced-adult", "Labor trafficking", "Example State Code 100.01(A)",
                [
                    new ElementDefinition("act", "Recruits, harbors or obtains a person", "100.01(A)(1)", Rule.AnyOf(Recruitment, Harboring, Obtaining)),
                    new ElementDefinition("compulsion", "Force or threats, or the person is a minor", "100.01(A)(2)",
                        Rule.AnyOf(Rule.AnyOf(Force, ThreatOfSeriousHarmOrRestraint), Rule.Fact(UnderEighteen))),
                    new ElementDefinition("labor", "For labor or services", "100.01(A)(3)", Rule.AnyOf(InvoluntaryServitude, DebtBondage, Peonage)),
                ]),
            ]);
        var minor = CaseFacts.Empty.Establish(Harboring, DebtBondage).RuleOut(AllTvpaMeans).WithAge(AgeEvidence.UnderEighteen);
        var adult = minor.WithAge(AgeEvidence.EighteenOrOver);

        var minorAssessment = TraffickingAssessor.Assess(statute, minor);
        Assert.Equal(Verdict.Met, minorAssessment.VerdictOn("labor-trafficking-of-a-minor-or-coerced-adult"));
        Assert.Contains("Example State Code 100.01(A)", minorAssessment.Explanation, StringComparison.Ordinal);
        Assert.Equal(Verdict.NotMet, TraffickingAssessor.Assess(statute, adult).VerdictOn("labor-trafficking-of-a-minor-or-coerced-adult"));
        Assert.Equal(Verdict.NotMet, TraffickingAssessor.Assess(LegalFrameworks.Tvpa, minor).VerdictOn(LegalFrameworks.SevereLaborTrafficking));
    }

    [Fact]
    public void Definitions_reject_malformed_input_and_name_the_parameter()
    {
        var element = new ElementDefinition("act", "Act", "cite", Rule.Fact(Recruitment));
        Assert.Equal("elements", Assert.Throws<ArgumentException>(() => new OffenceDefinition("x", "X", "cite", [])).ParamName);
        Assert.Equal("elements", Assert.Throws<ArgumentException>(() => new OffenceDefinition("x", "X", "cite", [element, element])).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentOutOfRangeException>(() => new OffenceDefinition("Not A Code", "X", "cite", [element])).ParamName);
        Assert.Equal("Code", Assert.Throws<ArgumentOutOfRangeException>(() => new ElementDefinition("Act!", "Act", "cite", Rule.Fact(Recruitment))).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentException>(() => Rule.AnyOf(Array.Empty<Rule>())).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentException>(() => Rule.AllOf(Rule.Fact(Force), null!)).ParamName);
        Assert.Equal("fact", Assert.Throws<ArgumentOutOfRangeException>(() => Rule.Fact((CaseFact)99)).ParamName);
        var offence = new OffenceDefinition("x", "X", "cite", [element]);
        Assert.Equal("offences", Assert.Throws<ArgumentException>(() => new LegalFramework("f", "F", "cite", [offence, offence])).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentOutOfRangeException>(() => LegalFrameworks.Tvpa.Offence("severe-trafficking")).ParamName);
    }

    [Fact]
    public void Rules_describe_themselves_and_list_their_facts()
    {
        var rule = Rule.AllOf(Rule.AnyOf(Force, Fraud), Rule.Fact(UnderEighteen));
        Assert.Equal("all of (any of (force, fraud), under-eighteen)", rule.ToString());
        Assert.Equal([Force, Fraud, UnderEighteen], rule.Facts.ToArray());
    }

    [Fact]
    public void All_of_is_kleene_conjunction()
    {
        var offence = new OffenceDefinition("x", "X", "cite", [new ElementDefinition("both", "Both", "cite", Rule.AllOf(Rule.Fact(Force), Rule.AnyOf(Rule.Fact(Fraud), Rule.Fact(Abduction))))]);
        Assert.Equal(Verdict.Undetermined, TraffickingAssessor.Decide(offence, CaseFacts.Empty.Establish(Force)));
        Assert.Equal(Verdict.Met, TraffickingAssessor.Decide(offence, CaseFacts.Empty.Establish(Force, Abduction)));
        Assert.Equal(Verdict.NotMet, TraffickingAssessor.Decide(offence, CaseFacts.Empty.RuleOut(Fraud, Abduction)));
        Assert.Equal(Verdict.NotMet, TraffickingAssessor.Decide(offence, CaseFacts.Empty.RuleOut(Force)));
    }

    [Fact]
    public void Offence_definitions_are_value_equal()
    {
        OffenceDefinition Make() => new("x", "X", "cite", [new ElementDefinition("act", "Act", "cite", LegalFrameworks.Tvpa.Offences[0].Elements[0].Rule)]);
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), new OffenceDefinition("x", "X", "other", Make().Elements));
    }
}
