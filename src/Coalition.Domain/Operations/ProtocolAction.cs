using System.Text.Json.Serialization;
using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Operations;

/// <summary>What a protocol step does, such as ensuring immediate safety or following up. Obtain instances from <see cref="ProtocolActions"/>.</summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<ProtocolAction>))]
public sealed class ProtocolAction : CatalogueEntry<ProtocolAction>, ICatalogueEntry<ProtocolAction>
{
    internal ProtocolAction(string code, string displayName, string description, bool involvesLawEnforcement, bool isChildProtectionRoute)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Description = description;
        InvolvesLawEnforcement = involvesLawEnforcement;
        IsChildProtectionRoute = isChildProtectionRoute;
    }

    /// <summary>Gets the catalogue.</summary>
    static Catalogue<ProtocolAction> ICatalogueEntry<ProtocolAction>.Catalogue => ProtocolActions.Catalogue;

    /// <summary>Gets what the action is.</summary>
    public string Description { get; }

    /// <summary>Gets whether the action brings the survivor's information to law enforcement: allowed for an adult only with consent.</summary>
    public bool InvolvesLawEnforcement { get; }

    /// <summary>Gets whether the action is the mandatory child-protection route (a report to child protective services).</summary>
    public bool IsChildProtectionRoute { get; }
}
