using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// What a Department of Justice accredited representative of a recognized organization may do (8 CFR 292.1(a)(4) and
/// 8 CFR 1292.11–1292.12): practise before DHS only, or before DHS and the immigration courts and the Board of Immigration
/// Appeals as well.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<AccreditationScope>))]
public enum AccreditationScope
{
    /// <summary>Partial accreditation: representation before DHS only (for example USCIS applications such as a T or U visa), not in immigration court.</summary>
    Partial = 1,

    /// <summary>Full accreditation: representation before DHS, the immigration courts and the Board of Immigration Appeals.</summary>
    Full = 2,
}
