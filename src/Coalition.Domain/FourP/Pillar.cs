using System.Text.Json.Serialization;
using System.Collections.Immutable;
using Coalition.Domain.Catalogues;
using Coalition.Domain.Sources;

namespace Coalition.Domain.FourP;

/// <summary>
/// One of the four pillars of the 4P paradigm: prevention, protection, prosecution, and partnership, the pillar
/// that enables the other three. Obtain instances from <see cref="Pillars"/>.
/// </summary>
/// <remarks>
/// The first three ("3P") are the framework of the TVPA and the UN Palermo Protocol; the U.S. Department of State adds
/// partnership as "a complementary means to achieve progress across the 3Ps". Sources: seed 000
/// (<see cref="SourceDocuments.OhioCoalitionModel"/>) and seed 003 (<see cref="SourceDocuments.TipReportLocalSolutions"/>).
/// </remarks>
[JsonConverter(typeof(CatalogueEntryJsonConverter<Pillar>))]
public sealed class Pillar : CatalogueEntry<Pillar>, ICatalogueEntry<Pillar>
{
    internal Pillar(string code, string displayName, string description, bool isEnabling, params SourceDocument[] sources)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Description = description;
        IsEnabling = isEnabling;
        Sources = ToImmutable(sources, nameof(sources));
    }

    /// <summary>Gets the catalogue of the four pillars.</summary>
    static Catalogue<Pillar> ICatalogueEntry<Pillar>.Catalogue => Pillars.Catalogue;

    /// <summary>Gets what the pillar is about, paraphrasing the source documents.</summary>
    public string Description { get; }

    /// <summary>
    /// Gets whether this pillar enables the others rather than being a stage of the <see cref="PillarCycle"/>.
    /// Only <see cref="Pillars.Partnership"/> is enabling.
    /// </summary>
    public bool IsEnabling { get; }

    /// <summary>Gets the source documents the description is drawn from.</summary>
    public ImmutableArray<SourceDocument> Sources { get; }
}
