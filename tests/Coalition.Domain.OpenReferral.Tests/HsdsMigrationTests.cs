using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.OpenReferral.Tests;

/// <summary>How HSDS files written before reporting duties and whole-year ages read today.</summary>
public sealed class HsdsMigrationTests
{
    private static readonly HsdsImportOptions Options = HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22));

    private static string Service(string ages, string attributes) => $$$"""
        [{"id": "youth-shelter", "name": "Youth shelter", "status": "active", {{{ages}}}
          "organization": {"id": "youth-haven", "name": "Youth Haven"},
          "attributes": [{"link_type": "coalition-domain", "value": "housing.emergency", "taxonomy_term": {"code": "need"}}{{{attributes}}}]}]
        """;

    [Fact]
    public void A_maximum_age_of_17_reads_as_the_minors_range_and_admits_a_17_and_a_half_year_old()
    {
        var ages = HsdsImporter.Import(Service("\"minimum_age\": 0, \"maximum_age\": 17,", string.Empty), Options).Network.Providers[0].Services[0].Eligibility.Ages;
        Assert.Equal(new AgeRange(0, 17), ages);
        Assert.Equal(AgeRange.Minors.Maximum, ages.Maximum);
        Assert.True(ages.Contains(17.5m));
        Assert.False(ages.Contains(18m));
    }

    [Fact]
    public void The_legacy_mandatory_reporter_attribute_reads_as_the_child_abuse_duty_and_duties_round_trip()
    {
        var legacy = Service(string.Empty, """, {"link_type": "coalition-domain", "link_entity": "organization", "value": "true", "taxonomy_term": {"code": "mandatory-reporter"}}""");
        var provider = HsdsImporter.Import(legacy, Options).Network.Providers[0];
        Assert.Equal([ReportingDuties.ChildAbuseOrNeglect.Code], provider.ReportingDuties.ToArray());
        Assert.Null(provider.IntakeContact);

        var exported = HsdsExporter.Export(new ReferralNetwork([provider with { ReportingDuties = [ReportingDuties.ChildAbuseOrNeglect.Code, ReportingDuties.InjuryFromViolence.Code] }]));
        Assert.DoesNotContain("mandatory-reporter", exported, StringComparison.Ordinal);
        Assert.Contains("\"reporting-duty\"", exported, StringComparison.Ordinal);
        Assert.Equal([ReportingDuties.ChildAbuseOrNeglect.Code, ReportingDuties.InjuryFromViolence.Code], HsdsImporter.Import(exported, Options).Network.Providers[0].ReportingDuties.ToArray());
    }
}
