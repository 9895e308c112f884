using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Needs;
using Coalition.Domain.Sources;
using Coalition.Domain.Stakeholders;
using FsCheck;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests;

/// <summary>Shared FsCheck generators for the library's types.</summary>
internal static class Generators
{
    internal static Arbitrary<TEntry> EntryOf<TEntry>()
        where TEntry : class, ICatalogueEntry<TEntry> =>
        Gen.Elements(TEntry.Catalogue.Entries.AsEnumerable()).ToArbitrary();

    internal static Arbitrary<(TEntry Left, TEntry Right)> PairOf<TEntry>()
        where TEntry : class, ICatalogueEntry<TEntry>
    {
        var gen = Gen.Elements(TEntry.Catalogue.Entries.AsEnumerable());
        return gen.SelectMany(_ => gen, (left, right) => (left, right)).ToArbitrary();
    }

    /// <summary>Strings that are not codes of <typeparamref name="TEntry"/>'s catalogue: arbitrary text, and near-misses of real codes.</summary>
    internal static Arbitrary<string> UnknownCodeOf<TEntry>()
        where TEntry : class, ICatalogueEntry<TEntry>
    {
        var codes = TEntry.Catalogue.Codes;
        var arbitraryText = ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get);
        var nearMiss = Gen.Elements(codes.AsEnumerable())
            .SelectMany(_ => Gen.Choose(0, 3), (code, edit) => edit switch
            {
                0 => code + "x",
                1 => code.Length > 1 ? code[1..] : code + "-",
                2 => code.ToUpperInvariant(),
                _ => code.Replace('-', '_'),
            });
        return Gen.OneOf(arbitraryText, nearMiss).Where(s => s.Length <= 100 && !TEntry.Catalogue.Contains(s)).ToArbitrary();
    }

    internal static Arbitrary<Pillar> Pillar => EntryOf<Pillar>();

    internal static Arbitrary<ServiceNeed> ServiceNeed => EntryOf<ServiceNeed>();

    internal static Arbitrary<StakeholderCategory> StakeholderCategory => EntryOf<StakeholderCategory>();

    internal static Arbitrary<MembershipChecklist> MembershipChecklist => EntryOf<MembershipChecklist>();

    internal static Arbitrary<CriminalJusticeNeed> CriminalJusticeNeed => EntryOf<CriminalJusticeNeed>();

    internal static Arbitrary<SourceDocument> SourceDocument => EntryOf<SourceDocument>();
}

/// <summary>Generators for case facts (the Law namespace).</summary>
internal static class LawGenerators
{
    private static readonly NodaTime.LocalDate Epoch = new(1990, 1, 1);

    internal static Gen<Coalition.Domain.Law.FactStatus> Status { get; } =
        Gen.Elements(Coalition.Domain.Law.FactStatus.Unknown, Coalition.Domain.Law.FactStatus.Established, Coalition.Domain.Law.FactStatus.RuledOut);

    internal static Gen<Coalition.Domain.Law.FactStatus> KnownStatus { get; } =
        Gen.Elements(Coalition.Domain.Law.FactStatus.Established, Coalition.Domain.Law.FactStatus.RuledOut);

    /// <summary>Dates from 1990 to the end of 2030, with 29 February births over-represented.</summary>
    internal static Gen<NodaTime.LocalDate> Date { get; } = Gen.Frequency(
        (9, Gen.Choose(0, 14975).Select(d => Epoch.PlusDays(d))),
        (1, Gen.Elements(1992, 1996, 2000, 2004, 2008, 2012).Select(y => new NodaTime.LocalDate(y, 2, 29))));

    internal static Gen<Coalition.Domain.Law.AgeEvidence> Age { get; } = Gen.OneOf(
        Gen.Elements(Coalition.Domain.Law.AgeEvidence.Unknown, Coalition.Domain.Law.AgeEvidence.UnderEighteen, Coalition.Domain.Law.AgeEvidence.EighteenOrOver),
        Date.Select(Coalition.Domain.Law.AgeEvidence.FromDateOfBirth));

    internal static Gen<Coalition.Domain.Law.AgeEvidence> KnownAge { get; } = Gen.Elements(Coalition.Domain.Law.AgeEvidence.UnderEighteen, Coalition.Domain.Law.AgeEvidence.EighteenOrOver);

    internal static Gen<Coalition.Domain.Law.ConductPeriod?> Conduct { get; } = Gen.OneOf(
        Gen.Constant<Coalition.Domain.Law.ConductPeriod?>(null),
        Date.SelectMany(_ => Gen.Choose(0, 3000), (start, days) => (Coalition.Domain.Law.ConductPeriod?)new Coalition.Domain.Law.ConductPeriod(start, start.PlusDays(days))));

    private static Gen<Coalition.Domain.Law.CaseFacts> WithStatuses(Gen<Coalition.Domain.Law.FactStatus> status) =>
        Gen.ArrayOf(status, Coalition.Domain.Law.CaseFacts.SettableFacts.Length).Select(statuses =>
        {
            var facts = Coalition.Domain.Law.CaseFacts.Empty;
            for (var i = 0; i < statuses.Length; i++)
            {
                facts = facts.With(Coalition.Domain.Law.CaseFacts.SettableFacts[i], statuses[i]);
            }

            return facts;
        });

    /// <summary>Any facts: each fact unknown, established or ruled out; any age evidence; conduct dates or none.</summary>
    internal static Gen<Coalition.Domain.Law.CaseFacts> Facts { get; } =
        WithStatuses(Status).SelectMany(_ => Age, (f, a) => f.WithAge(a)).SelectMany(_ => Conduct, (f, c) => f.WithConduct(c));

    /// <summary>Complete facts: every fact known and the age decided.</summary>
    internal static Gen<Coalition.Domain.Law.CaseFacts> CompleteFacts { get; } =
        WithStatuses(KnownStatus).SelectMany(_ => KnownAge, (f, a) => f.WithAge(a));

    internal static Gen<Coalition.Domain.Law.CaseFact> SettableFact { get; } = Gen.Elements(Coalition.Domain.Law.CaseFacts.SettableFacts.AsEnumerable());
}
