using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// Whether, at an instant, a provider may represent a person in immigration matters: who may practise before DHS and the
/// immigration courts is fixed by 8 CFR 292.1 (attorneys, accredited representatives, supervised law students and
/// graduates). Ordered from none to the widest standing.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<RepresentationStanding>))]
public enum RepresentationStanding
{
    /// <summary>No attorney and no accredited representative: not a candidate for immigration legal representation.</summary>
    None = 0,

    /// <summary>Every accreditation the provider lists has expired, and it has no attorney: not a candidate.</summary>
    Expired = 1,

    /// <summary>A partially accredited representative whose accreditation is current: DHS matters only.</summary>
    AccreditedPartial = 2,

    /// <summary>A fully accredited representative whose accreditation is current: DHS and the immigration courts.</summary>
    AccreditedFull = 3,

    /// <summary>An attorney licensed in a US state, possession, territory or the District of Columbia (8 CFR 1.2).</summary>
    LicensedAttorney = 4,
}
