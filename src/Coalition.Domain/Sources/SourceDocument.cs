using System.Text.Json.Serialization;
using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Sources;

/// <summary>
/// One of the public source documents the library's catalogues are drawn from. Every catalogue entry cites the
/// documents it comes from, so that a reviewer can check the code against the text.
/// </summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<SourceDocument>))]
public sealed class SourceDocument : CatalogueEntry<SourceDocument>, ICatalogueEntry<SourceDocument>
{
    internal SourceDocument(string code, string displayName, string publisher, string seedFile)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        ArgumentException.ThrowIfNullOrWhiteSpace(seedFile);
        Publisher = publisher;
        SeedFile = seedFile;
    }

    /// <summary>The <see cref="Publisher"/> of a document that does not name its author or publisher.</summary>
    public const string PublisherNotNamed = "Not named in the document";

    /// <summary>Gets the catalogue of all source documents.</summary>
    static Catalogue<SourceDocument> ICatalogueEntry<SourceDocument>.Catalogue => SourceDocuments.Catalogue;

    /// <summary>Gets the organisation that published the document, as the document names it, or <see cref="PublisherNotNamed"/> when it names none (the library credits no one a document does not name).</summary>
    public string Publisher { get; }

    /// <summary>Gets the file name of the document in the project's seed collection (<c>shared/seeds/</c>).</summary>
    public string SeedFile { get; }
}
