namespace Coalition.Domain.Catalogues;

/// <summary>
/// An entry of one of the library's closed catalogues (pillars, stakeholder categories, service needs, ...).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Code"/> is a stable identifier: once released it never changes, so systems may store it.
/// <see cref="DisplayName"/> is for people and may be reworded between releases.
/// </para>
/// <para>Codes are lower-case ASCII words joined by hyphens, with dots separating a parent from its variant
/// (for example <c>housing.emergency</c>).</para>
/// </remarks>
public interface ICatalogueEntry
{
    /// <summary>Gets the stable code of this entry, for example <c>housing.emergency</c>.</summary>
    string Code { get; }

    /// <summary>Gets the human-readable name of this entry. It may change between releases; do not store it.</summary>
    string DisplayName { get; }
}
