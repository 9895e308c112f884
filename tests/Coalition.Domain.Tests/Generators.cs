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
