using System.Text.Json.Serialization;
using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Typology;

/// <summary>
/// One of the 25 types of modern slavery in the United States in the Polaris typology (2017), as vocabulary for case data.
/// The library does not claim a sex or labor form per type: several types can involve both.
/// </summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<PolarisType>))]
public sealed class PolarisType : CatalogueEntry<PolarisType>, ICatalogueEntry<PolarisType>
{
    internal PolarisType(int number, string code, string displayName, bool bothFormsConfirmed)
        : base(code, displayName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Number = number;
        BothFormsConfirmed = bothFormsConfirmed;
    }

    /// <summary>Gets the catalogue of the 25 types.</summary>
    static Catalogue<PolarisType> ICatalogueEntry<PolarisType>.Catalogue => PolarisTypology.Catalogue;

    /// <summary>Gets the type's number in the typology (1 to 25).</summary>
    public int Number { get; }

    /// <summary>
    /// Gets whether the project's sources confirm that this type involves both sex and labor trafficking (types 2 and 6).
    /// <see langword="false"/> means "not confirmed by a source", not "only one form".
    /// </summary>
    public bool BothFormsConfirmed { get; }
}
