using System.Collections.Immutable;
using Coalition.Domain.Needs;
using Coalition.Domain.Operations;
using Coalition.Domain.Protections;
using Coalition.Domain.Reporting;
using Coalition.Domain.Screening;
using Coalition.Domain.Typology;
using FsCheck;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Reporting;

/// <summary>Invented case records over small domains, so that small and zero cells are common.</summary>
internal static class ReportingGenerators
{
    internal static readonly string[] Areas = ["north", "south", "east"];

    internal static Gen<CaseRecord> Records(int keySpace = 1_000_000) =>
        from key in Gen.Choose(1, keySpace)
        from quarter in Gen.Choose(1, 4)
        from area in Gen.Frequency((6, Gen.Elements<string?>(Areas)), (1, Gen.Constant<string?>(null)))
        from gender in Gen.Frequency((5, Gen.Constant(ReportGender.Female)), (3, Gen.Constant(ReportGender.Male)), (1, Gen.Elements(ReportGender.NonBinary, ReportGender.Unknown)))
        from age in Gen.Elements(AgeBand.From15To17, AgeBand.From18To24, AgeBand.From18To24, AgeBand.From25To34, AgeBand.Unknown)
        from types in Gen.Frequency(
            (5, Gen.Constant(ImmutableArray.Create(ExploitationType.SexualExploitation))),
            (4, Gen.Constant(ImmutableArray.Create(ExploitationType.ForcedLabour))),
            (1, Gen.Constant(ImmutableArray.Create(ExploitationType.ForcedLabour, ExploitationType.SexualExploitation))),
            (1, Gen.Constant(ImmutableArray<ExploitationType>.Empty)))
        from citizenship in Gen.Elements(Enum.GetValues<NationalityStatus>())
        from status in Gen.Elements(Enum.GetValues<HtcdsTraffickingStatus>())
        from point in Gen.Elements<IdentificationPoint?>(null, IdentificationPoints.HotlineCall, IdentificationPoints.Outreach)
        select new CaseRecord($"case-{key:D7}", new YearQuarter(2026, quarter))
        {
            Area = area,
            Gender = gender,
            AgeBand = age,
            ExploitationTypes = types,
            Citizenship = citizenship,
            Status = status,
            IdentificationPoint = point,
        };

    internal static readonly ServiceNeed[] DemandNeeds = [ServiceNeeds.HousingEmergency, ServiceNeeds.MedicalCare, ServiceNeeds.LegalRepresentationImmigration];

    /// <summary>A need with a referral tally: not referred, referred, rejected only, accepted, met.</summary>
    internal static Gen<(ServiceNeed Need, ReferralTally? Tally)> NeedOutcomes { get; } =
        from need in Gen.Elements(DemandNeeds)
        from stage in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Constant(1)), (2, Gen.Constant(2)), (2, Gen.Constant(3)), (3, Gen.Constant(4)))
        select (need, stage switch
        {
            0 => (ReferralTally?)null,
            1 => new ReferralTally(need, 1, 0, 0, 0),
            2 => new ReferralTally(need, 2, 0, 2, 0),
            3 => new ReferralTally(need, 2, 1, 1, 0),
            _ => new ReferralTally(need, 1, 1, 0, 1),
        });

    /// <summary>Invented records with needs and referral counts.</summary>
    internal static Gen<CaseRecord> RecordsWithNeeds { get; } =
        from record in Records()
        from outcomes in Gen.ListOf(NeedOutcomes)
        let distinct = outcomes.DistinctBy(o => o.Need).ToList()
        select record with { Needs = [.. distinct.Select(o => o.Need)], Referrals = [.. distinct.Where(o => o.Tally is not null).Select(o => o.Tally!)] };

    internal static Gen<ImmutableArray<CaseRecord>> RecordsWithNeedsLists { get; } =
        Gen.Choose(0, 150).SelectMany(n => Gen.ArrayOf(RecordsWithNeeds, n)).Select(a => a.ToImmutableArray());

    internal static Gen<ImmutableArray<CaseRecord>> RecordLists { get; } =
        Gen.Choose(0, 120).SelectMany(n => Gen.ArrayOf(Records(), n)).Select(a => a.ToImmutableArray());

    internal static Gen<ReportDefinition> Definitions { get; } =
        Gen.SubListOf([ReportDimension.Area, ReportDimension.Gender, ReportDimension.AgeBand, ReportDimension.ExploitationType])
            .Where(l => l.Count is >= 1 and <= 3)
            .Select(l => new ReportDefinition("Cases", [.. l]));

    /// <summary>The default policy, but never refusing for risk: the suppression laws hold whatever the refusal threshold.</summary>
    internal static DisclosurePolicy NeverRefused { get; } = DisclosurePolicy.Default with { MaxShareAtRisk = 1 };

    internal static Gen<DisclosurePolicy> Policies { get; } =
        from k in Gen.Elements(3, 5, 11)
        from p in Gen.Elements(1, 2, 3, 6)
        from zeros in Gen.Elements(ImmutableArray<ReportDimension>.Empty, [ReportDimension.Gender])
        select new DisclosurePolicy { MinimumCellSize = k, ProtectionInterval = p, SensitiveZeroDimensions = zeros, MaxShareAtRisk = 1 };
}
