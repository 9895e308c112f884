using System.Text.Json.Serialization;
using System.Collections.Immutable;
using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Needs;

/// <summary>
/// A need a trafficking survivor may have, such as <c>housing.emergency</c> or <c>legal-representation.immigration</c>.
/// Obtain instances from <see cref="ServiceNeeds"/>.
/// </summary>
/// <remarks>
/// The catalogue covers every survivor need listed in seed 001 (<see cref="SourceDocuments.OjpBuildingCollaborations"/>)
/// and seed 004 (<see cref="SourceDocuments.OhioReferralNetworkGuidelines"/>). Emergency, long-term and similar forms
/// are variants with their own codes (<c>parent.variant</c>) and know their <see cref="Parent"/>.
/// </remarks>
[JsonConverter(typeof(CatalogueEntryJsonConverter<ServiceNeed>))]
public sealed class ServiceNeed : CatalogueEntry<ServiceNeed>, ICatalogueEntry<ServiceNeed>
{
    internal ServiceNeed(
        string code,
        string displayName,
        string description,
        ServiceNeedGroup group,
        NeedHorizon horizon,
        Pillar pillar,
        ServiceNeed? parent,
        ImmutableArray<PublicCode> publicCodes,
        ImmutableArray<SourceDocument> sources)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(pillar);
        if (parent is not null && !code.StartsWith(parent.Code + ".", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Variant code '{code}' must start with its parent's code '{parent.Code}.'.", nameof(code));
        }

        Description = description;
        Group = group;
        Horizon = horizon;
        Pillar = pillar;
        Parent = parent;
        PublicCodes = publicCodes.IsDefault ? [] : publicCodes;
        Sources = sources.IsDefault ? [] : sources;
    }

    /// <summary>Gets the catalogue of all service needs.</summary>
    static Catalogue<ServiceNeed> ICatalogueEntry<ServiceNeed>.Catalogue => ServiceNeeds.Catalogue;

    /// <summary>Gets a one-sentence description of the need.</summary>
    public string Description { get; }

    /// <summary>Gets the group the need belongs to.</summary>
    public ServiceNeedGroup Group { get; }

    /// <summary>Gets when the need typically arises. A client profile may mark any need as immediate.</summary>
    public NeedHorizon Horizon { get; }

    /// <summary>Gets the pillar of the 4P model the need serves (most serve protection; witness support serves prosecution).</summary>
    public Pillar Pillar { get; }

    /// <summary>Gets the general need this is a variant of (for example <c>housing</c> for <c>housing.emergency</c>), or <see langword="null"/>.</summary>
    public ServiceNeed? Parent { get; }

    /// <summary>Gets whether this need is a variant of a more general need.</summary>
    public bool IsVariant => Parent is not null;

    /// <summary>Gets the variants of this need (for example emergency, transitional and permanent housing), in catalogue order.</summary>
    public ImmutableArray<ServiceNeed> Variants => ServiceNeeds.VariantsOf(this);

    /// <summary>
    /// Gets the public codes (Open Eligibility, HL7 service type) this need maps to. Empty when no public code system
    /// has a matching code; see <see cref="HasPublicCode"/>.
    /// </summary>
    public ImmutableArray<PublicCode> PublicCodes { get; }

    /// <summary>Gets whether any public code maps to this need. A need without one says so here rather than by a made-up code.</summary>
    public bool HasPublicCode => !PublicCodes.IsEmpty;

    /// <summary>Gets the source documents that list this need.</summary>
    public ImmutableArray<SourceDocument> Sources { get; }

    /// <summary>Returns whether this need is <paramref name="other"/> or one of its variants.</summary>
    /// <param name="other">A need.</param>
    /// <returns><see langword="true"/> when this need equals <paramref name="other"/> or descends from it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsOrDescendsFrom(ServiceNeed other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var need = this; need is not null; need = need.Parent)
        {
            if (need == other)
            {
                return true;
            }
        }

        return false;
    }
}
