using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Protections;

/// <summary>The person's nationality status, as far as it is known.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<NationalityStatus>))]
public enum NationalityStatus
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>A United States citizen (or national).</summary>
    UsCitizen = 1,

    /// <summary>A lawful permanent resident.</summary>
    LawfulPermanentResident = 2,

    /// <summary>A foreign national without permanent residence.</summary>
    ForeignNational = 3,
}
