using Coalition.Domain.Law;
using NodaTime;
using static Coalition.Domain.Law.CaseFact;
using static Coalition.Domain.Law.Verdict;

namespace Coalition.Domain.Tests.Law;

/// <summary>
/// Table-driven examples, written in our own words from the kinds of situations public case summaries describe.
/// No names, places or real persons: every case is invented.
/// </summary>
public sealed class TvpaExampleTests
{
    private static readonly LocalDate DateOfBirth = new(2006, 5, 10); // 18th birthday: 2024-05-10.

    private static readonly Dictionary<string, (CaseFacts Facts, Verdict Sex, Verdict Labor)> Cases = new()
    {
        ["adult recruited with a false job offer and made to sell sex under threats"] = (
            CaseFacts.Empty.Establish(Recruitment, Fraud, ThreatOfSeriousHarmOrRestraint, CommercialSexAct).RuleOut(InvoluntaryServitude, Peonage, DebtBondage, Slavery).WithAge(AgeEvidence.EighteenOrOver),
            Met, NotMet),
        ["sixteen-year-old advertised for commercial sex with no force, fraud or coercion shown"] = (
            CaseFacts.Empty.Establish(Provision, CommercialSexAct).RuleOut(Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess, InvoluntaryServitude, Peonage, DebtBondage, Slavery).WithAge(AgeEvidence.UnderEighteen),
            Met, NotMet),
        ["buyer patronizes a fifteen-year-old"] = (
            CaseFacts.Empty.Establish(Patronizing, CommercialSexAct).RuleOut(InvoluntaryServitude, Peonage, DebtBondage, Slavery).WithAge(AgeEvidence.UnderEighteen),
            Met, NotMet),
        ["adult solicited online for a sex act paid for by a third party, under a pattern of threats"] = (
            CaseFacts.Empty.Establish(Soliciting, CommercialSexAct, SchemePlanOrPattern).RuleOut(InvoluntaryServitude, Peonage, DebtBondage, Slavery).WithAge(AgeEvidence.EighteenOrOver),
            Met, NotMet),
        ["farmworkers recruited abroad, passports held, wages applied to a debt that never shrinks"] = (
            CaseFacts.Empty.Establish(Recruitment, Transportation, SchemePlanOrPattern, DebtBondage).RuleOut(CommercialSexAct).WithAge(AgeEvidence.EighteenOrOver),
            NotMet, Met),
        ["live-in domestic worker threatened with deportation if she stops working"] = (
            CaseFacts.Empty.Establish(Harboring, AbuseOfLegalProcess, InvoluntaryServitude).RuleOut(CommercialSexAct).WithAge(AgeEvidence.EighteenOrOver),
            NotMet, Met),
        ["restaurant workers told they will be reported to police unless they work off a fee: peonage"] = (
            CaseFacts.Empty.Establish(Obtaining, AbuseOfLegalProcess, Peonage).RuleOut(CommercialSexAct),
            NotMet, Met),
        ["construction crew kept by physical force and locked in at night"] = (
            CaseFacts.Empty.Establish(Harboring, Force, ThreatOfSeriousHarmOrRestraint, InvoluntaryServitude).RuleOut(CommercialSexAct),
            NotMet, Met),
        ["adult in commercial sex with every means ruled out"] = (
            CaseFacts.Empty.Establish(Obtaining, CommercialSexAct).RuleOut(Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess).WithAge(AgeEvidence.EighteenOrOver),
            NotMet, NotMet),
        ["wage theft without force, fraud or coercion is not trafficking"] = (
            CaseFacts.Empty.Establish(Recruitment).RuleOut(Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess, CommercialSexAct, InvoluntaryServitude, Peonage, DebtBondage, Slavery),
            NotMet, NotMet),
        ["minor working in a restaurant with no means shown: no age exception for labor"] = (
            CaseFacts.Empty.Establish(Recruitment, InvoluntaryServitude).RuleOut(Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess, CommercialSexAct).WithAge(AgeEvidence.UnderEighteen),
            NotMet, NotMet),
        ["act and commercial sex known, means and age not yet known"] = (
            CaseFacts.Empty.Establish(Recruitment, CommercialSexAct),
            Undetermined, Undetermined),
        ["labor act and coercion known, purpose not yet known"] = (
            CaseFacts.Empty.Establish(Recruitment, SchemePlanOrPattern).RuleOut(CommercialSexAct),
            NotMet, Undetermined),
        ["nothing known yet"] = (CaseFacts.Empty, Undetermined, Undetermined),
        ["obtained locally and never moved, forced into commercial sex"] = (
            CaseFacts.Empty.Establish(Obtaining, Force, CommercialSexAct).RuleOut(Transportation, Movement),
            Met, Undetermined),
        ["commercial sex that began before the 18th birthday and continued after, no means"] = (
            CaseFacts.Empty.Establish(Recruitment, CommercialSexAct).RuleOut(Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess)
                .WithAge(AgeEvidence.FromDateOfBirth(DateOfBirth)).WithConduct(new ConductPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))),
            Met, NotMet),
        ["commercial sex that began on the 18th birthday, no means"] = (
            CaseFacts.Empty.Establish(Recruitment, CommercialSexAct).RuleOut(Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess)
                .WithAge(AgeEvidence.FromDateOfBirth(DateOfBirth)).WithConduct(new ConductPeriod(new LocalDate(2024, 5, 10), new LocalDate(2024, 12, 31))),
            NotMet, NotMet),
        ["date of birth known but not when the conduct happened"] = (
            CaseFacts.Empty.Establish(Recruitment, CommercialSexAct).RuleOut(Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess)
                .WithAge(AgeEvidence.FromDateOfBirth(DateOfBirth)),
            Undetermined, NotMet),
        ["slavery-like control of a worker held by force"] = (
            CaseFacts.Empty.Establish(Obtaining, Force, Slavery).RuleOut(CommercialSexAct),
            NotMet, Met),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Tvpa_verdicts_match_the_worked_examples(string name)
    {
        var (facts, sex, labor) = Cases[name];
        var assessment = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts);
        Assert.Equal(sex, assessment.VerdictOn(LegalFrameworks.SevereSexTrafficking));
        Assert.Equal(labor, assessment.VerdictOn(LegalFrameworks.SevereLaborTrafficking));
        Assert.Equal(sex, TraffickingAssessor.Decide(LegalFrameworks.Tvpa.Offence(LegalFrameworks.SevereSexTrafficking), facts));
        Assert.Equal(labor, TraffickingAssessor.Decide(LegalFrameworks.Tvpa.Offence(LegalFrameworks.SevereLaborTrafficking), facts));
    }

    [Fact]
    public void There_are_at_least_fifteen_worked_examples()
    {
        Assert.True(Cases.Count >= 15);
    }

    [Fact]
    public void The_explanation_cites_the_statute_by_paragraph()
    {
        var assessment = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, Cases["adult recruited with a false job offer and made to sell sex under threats"].Facts);
        Assert.Contains("22 U.S.C. 7102(11)(A)", assessment.Explanation, StringComparison.Ordinal);
        Assert.Contains("22 U.S.C. 7102(11)(B)", assessment.Explanation, StringComparison.Ordinal);
        Assert.Contains("22 U.S.C. 7102(12)", assessment.Explanation, StringComparison.Ordinal);
        Assert.Contains("Severe form of sex trafficking (22 U.S.C. 7102(11)(A)): MET.", assessment.Explanation, StringComparison.Ordinal);
        Assert.Contains("not a determination", assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_list_the_facts_that_decided_them()
    {
        var sex = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, Cases["sixteen-year-old advertised for commercial sex with no force, fraud or coercion shown"].Facts)
            .Offence(LegalFrameworks.SevereSexTrafficking);
        var means = Assert.Single(sex.Elements, e => e.Code == "means-or-minor");
        Assert.Equal(Met, means.Verdict);
        Assert.Equal([UnderEighteen], means.DecidingFacts.ToArray());
        Assert.Contains("No force, fraud or coercion needs to be shown for a minor.", means.Explanation, StringComparison.Ordinal);
        Assert.Equal([Provision], sex.Elements.Single(e => e.Code == "act").DecidingFacts.ToArray());
    }

    [Fact]
    public void A_conduct_spanning_the_18th_birthday_is_explained()
    {
        var sex = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, Cases["commercial sex that began before the 18th birthday and continued after, no means"].Facts)
            .Offence(LegalFrameworks.SevereSexTrafficking);
        Assert.Contains("spans the person's 18th birthday", sex.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("2006", sex.Explanation, StringComparison.Ordinal);
        var finding = LegalAge.Minority(AgeEvidence.FromDateOfBirth(DateOfBirth), new ConductPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
        Assert.True(finding.IsPartial);
        Assert.Equal(new ConductPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 5, 9)), finding.MinorPart);
    }

    [Fact]
    public void An_undetermined_verdict_lists_the_smallest_deciding_sets()
    {
        var sex = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, Cases["act and commercial sex known, means and age not yet known"].Facts)
            .Offence(LegalFrameworks.SevereSexTrafficking);
        var met = sex.DecidingSets.Where(s => s.Outcome == Met).Select(s => s.Facts.Single()).ToArray();
        Assert.Equal([Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess, UnderEighteen], met);
        var notMet = Assert.Single(sex.DecidingSets, s => s.Outcome == NotMet);
        Assert.Equal([Force, Fraud, ThreatOfSeriousHarmOrRestraint, SchemePlanOrPattern, AbuseOfLegalProcess, UnderEighteen], notMet.Facts.ToArray());
        Assert.Contains("* Met if established: force", sex.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Movement_is_noted_as_not_an_element()
    {
        var assessment = TraffickingAssessor.Assess(LegalFrameworks.Tvpa, Cases["obtained locally and never moved, forced into commercial sex"].Facts);
        Assert.Contains("Movement is not an element", assessment.Explanation, StringComparison.Ordinal);
    }
}
