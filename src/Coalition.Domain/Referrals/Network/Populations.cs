using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// Population flags used in eligibility ("serves foreign nationals only", "no women with children"). Age groups are
/// expressed with <see cref="AgeRange"/> and genders with <see cref="Genders"/>. Open Eligibility situations: 20012
/// Immigrants, 20078 LGBTQ, 20038 Transgender, 20043 Pregnant.
/// </summary>
[Flags]
[JsonConverter(typeof(KebabCaseEnumJsonConverter<Populations>))]
public enum Populations
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Foreign nationals (non-citizens), who may need immigration relief and HHS certification or an eligibility letter.</summary>
    ForeignNational = 1,

    /// <summary>Lesbian, gay, bisexual, transgender, queer and other sexual and gender minorities.</summary>
    Lgbtq = 2,

    /// <summary>Pregnant.</summary>
    Pregnant = 4,

    /// <summary>Accompanied by their children.</summary>
    WithChildren = 8,
}
