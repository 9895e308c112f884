using System.Text.Json.Serialization;
using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Needs;

/// <summary>
/// One of the "needs of the criminal justice process" that seed 001 (<see cref="SourceDocuments.OjpBuildingCollaborations"/>)
/// lists as necessary to stop traffickers, such as evidence or an informed judiciary. Obtain instances from
/// <see cref="CriminalJusticeNeeds"/>. These are needs of the system, not of a survivor; survivor needs are <see cref="ServiceNeed"/>s.
/// </summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<CriminalJusticeNeed>))]
public sealed class CriminalJusticeNeed : CatalogueEntry<CriminalJusticeNeed>, ICatalogueEntry<CriminalJusticeNeed>
{
    internal CriminalJusticeNeed(string code, string displayName, Pillar pillar)
        : base(code, displayName)
    {
        ArgumentNullException.ThrowIfNull(pillar);
        Pillar = pillar;
    }

    /// <summary>Gets the catalogue of criminal-justice needs.</summary>
    static Catalogue<CriminalJusticeNeed> ICatalogueEntry<CriminalJusticeNeed>.Catalogue => CriminalJusticeNeeds.Catalogue;

    /// <summary>Gets the pillar the need chiefly serves: prosecution, or partnership for cooperation between agencies, or protection for victim support.</summary>
    public Pillar Pillar { get; }

    /// <summary>Gets the source document that lists the need (always seed 001).</summary>
    public SourceDocument Source { get; } = SourceDocuments.OjpBuildingCollaborations;
}
