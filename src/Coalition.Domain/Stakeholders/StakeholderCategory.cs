using System.Text.Json.Serialization;
using System.Collections.Immutable;
using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Needs;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Stakeholders;

/// <summary>
/// A kind of coalition member, such as <c>law-enforcement.federal</c> or <c>victim-services.child-advocacy-center</c>.
/// Obtain instances from <see cref="StakeholderCategories"/>.
/// </summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<StakeholderCategory>))]
public sealed class StakeholderCategory : CatalogueEntry<StakeholderCategory>, ICatalogueEntry<StakeholderCategory>
{
    internal StakeholderCategory(
        string code,
        string displayName,
        string description,
        StakeholderSector sector,
        JurisdictionLevels jurisdictionLevels,
        ImmutableArray<Pillar> pillars,
        ImmutableArray<ServiceNeed> typicalNeeds,
        ImmutableArray<string> examples,
        HtcdsOrganisationType? htcdsType,
        StakeholderCategory? parent,
        ImmutableArray<SourceDocument> sources)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (pillars.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Stakeholder category '{code}' must contribute to at least one pillar.", nameof(pillars));
        }

        if (sources.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Stakeholder category '{code}' must cite at least one source.", nameof(sources));
        }

        if (parent is not null && !code.StartsWith(parent.Code + ".", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Category code '{code}' must start with its parent's code '{parent.Code}.'.", nameof(code));
        }

        Description = description;
        Sector = sector;
        JurisdictionLevels = jurisdictionLevels;
        Pillars = pillars;
        TypicalNeeds = typicalNeeds.IsDefault ? [] : typicalNeeds;
        Examples = examples.IsDefault ? [] : examples;
        HtcdsType = htcdsType;
        Parent = parent;
        Sources = sources;
    }

    /// <summary>Gets the catalogue of all stakeholder categories.</summary>
    static Catalogue<StakeholderCategory> ICatalogueEntry<StakeholderCategory>.Catalogue => StakeholderCategories.Catalogue;

    /// <summary>Gets a one-sentence description of the category.</summary>
    public string Description { get; }

    /// <summary>Gets the sector the category belongs to.</summary>
    public StakeholderSector Sector { get; }

    /// <summary>Gets the jurisdiction levels at which members of this category operate.</summary>
    public JurisdictionLevels JurisdictionLevels { get; }

    /// <summary>Gets the pillars of the 4P model this category contributes to, most important first.</summary>
    public ImmutableArray<Pillar> Pillars { get; }

    /// <summary>Gets the service needs members of this category can typically meet. Empty for categories that do not serve survivors directly.</summary>
    public ImmutableArray<ServiceNeed> TypicalNeeds { get; }

    /// <summary>Gets examples of members, in the source documents' words (for example "Rotary" and "Kiwanis" for service clubs).</summary>
    public ImmutableArray<string> Examples { get; }

    /// <summary>Gets the IOM HTCDS organisation type this category maps to, or <see langword="null"/> when none fits (for example survivors or media).</summary>
    public HtcdsOrganisationType? HtcdsType { get; }

    /// <summary>Gets the group this category belongs to, or <see langword="null"/> for a top-level category.</summary>
    public StakeholderCategory? Parent { get; }

    /// <summary>Gets the categories below this one in the tree, in catalogue order.</summary>
    public ImmutableArray<StakeholderCategory> Children => StakeholderCategories.ChildrenOf(this);

    /// <summary>Gets the source documents that name this category.</summary>
    public ImmutableArray<SourceDocument> Sources { get; }

    /// <summary>Returns whether this category is <paramref name="other"/> or lies below it in the tree.</summary>
    /// <param name="other">A category.</param>
    /// <returns><see langword="true"/> when this category equals <paramref name="other"/> or descends from it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsOrDescendsFrom(StakeholderCategory other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var category = this; category is not null; category = category.Parent)
        {
            if (category == other)
            {
                return true;
            }
        }

        return false;
    }
}
