using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>Genders, as a set: a client states one; an offering accepts some or all.</summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<Genders>))]
public enum Genders
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Women and girls.</summary>
    Female = 1,

    /// <summary>Men and boys.</summary>
    Male = 2,

    /// <summary>Non-binary people.</summary>
    NonBinary = 4,

    /// <summary>Every gender.</summary>
    Any = Female | Male | NonBinary,
}
