namespace Coalition.Domain.Catalogues;

/// <summary>
/// A catalogue entry type that knows its own catalogue, so that generic code (such as
/// <see cref="CatalogueEntryJsonConverter{TEntry}"/>) can resolve codes without reflection.
/// </summary>
/// <typeparam name="TSelf">The entry type itself.</typeparam>
public interface ICatalogueEntry<TSelf> : ICatalogueEntry
    where TSelf : class, ICatalogueEntry<TSelf>
{
    /// <summary>Gets the catalogue that holds every entry of this type.</summary>
    static abstract Catalogue<TSelf> Catalogue { get; }
}
