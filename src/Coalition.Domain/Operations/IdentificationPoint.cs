using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Catalogues;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Operations;

/// <summary>
/// Where a survivor is first identified, such as a hotline call or a hotel's front desk (seed 003: "regardless of the
/// initial point of identification"). Obtain instances from <see cref="IdentificationPoints"/>.
/// </summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<IdentificationPoint>))]
public sealed class IdentificationPoint : CatalogueEntry<IdentificationPoint>, ICatalogueEntry<IdentificationPoint>
{
    internal IdentificationPoint(string code, string displayName, string description, ImmutableArray<SourceDocument> sources)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Description = description;
        Sources = sources;
    }

    /// <summary>Gets the catalogue.</summary>
    static Catalogue<IdentificationPoint> ICatalogueEntry<IdentificationPoint>.Catalogue => IdentificationPoints.Catalogue;

    /// <summary>Gets what the point is.</summary>
    public string Description { get; }

    /// <summary>Gets the seeds that name it.</summary>
    public ImmutableArray<SourceDocument> Sources { get; }
}
