using System.Collections.Immutable;
using Coalition.Domain.Coalitions;
using Coalition.Domain.FourP;
using Coalition.Domain.Stakeholders;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Coalitions;

/// <summary>Generators for invented coalitions.</summary>
internal static class CoalitionGenerators
{
    private static readonly Gen<bool> Bool = ArbMap.Default.GeneratorFor<bool>();

    internal static Gen<CoalitionMember> Members { get; } =
        from category in Gen.Elements(StakeholderCategories.Catalogue.Entries.AsEnumerable())
        from pillars in Gen.SubListOf(Pillars.Catalogue.Entries.AsEnumerable())
        from n in Gen.Choose(1, 999)
        select new CoalitionMember($"Example organisation {n}", category, [.. pillars]);

    internal static Gen<CoalitionProfile> Profiles { get; } =
        from members in Gen.ListOf(Members).Select(l => l.Take(25).ToImmutableArray())
        from committeeFoci in Gen.ListOf(Gen.SubListOf(Pillars.Catalogue.Entries.AsEnumerable())).Select(l => l.Take(4).ToList())
        from goals in Bool
        from selection in Gen.Elements(Enum.GetValues<LeadershipSelection>())
        from leaders in Gen.Choose(0, 2)
        from flags in Gen.ArrayOf(Bool, 2)
        from meetings in Gen.Elements(Enum.GetValues<MeetingCadence>())
        from fundingCount in Gen.Choose(0, 3)
        from recurring in Bool
        from media in Gen.Elements(Enum.GetValues<MediaEngagement>())
        from survivors in Gen.Choose(0, 3)
        from compensated in Bool
        from practices in Gen.SubListOf(BestPractices.Catalogue.Entries.AsEnumerable())
        from answered in Gen.SubListOf(NeedsAssessmentQuestions.Catalogue.Entries.AsEnumerable())
        from completed in Gen.Elements<LocalDate?>(null, new LocalDate(2026, 6, 30))
        select new CoalitionProfile(
            "Example County Coalition",
            "example-county",
            members,
            [.. committeeFoci.Select((f, i) => new Committee($"Committee {i}", [.. f], goals))],
            new Leadership([.. Enumerable.Range(0, leaders).Select(i => $"co-chair {i}")], selection),
            flags[0],
            meetings,
            flags[1],
            [.. Enumerable.Range(0, fundingCount).Select(i => new FundingSource($"Funder {i}", FundingKind.Foundation, recurring && i == 0))],
            media,
            new SurvivorParticipation(survivors, compensated && survivors > 0),
            [.. practices],
            [.. answered.Select(q => new QuestionAnswer(q, "Answered at the spring meeting.", null))],
            completed);
}
