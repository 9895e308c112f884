using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Protections;

/// <summary>The protections for foreign-national survivors that the library assesses.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<Protection>))]
public enum Protection
{
    /// <summary>Continued Presence, 22 U.S.C. 7105(c)(3): requested by federal law enforcement, authorized by DHS.</summary>
    ContinuedPresence = 1,

    /// <summary>T nonimmigrant status, 8 U.S.C. 1101(a)(15)(T); 8 CFR 214.200–214.216 since 28 August 2024. USCIS decides.</summary>
    TVisa = 2,

    /// <summary>HHS Certification for adults, 22 U.S.C. 7105(b)(1): benefits to the same extent as a refugee.</summary>
    HhsCertification = 3,

    /// <summary>HHS Eligibility Letter for a child under 18, 22 U.S.C. 7105(b)(1).</summary>
    EligibilityLetter = 4,

    /// <summary>HHS Interim Assistance for a child, on credible information, 22 U.S.C. 7105(b)(1).</summary>
    InterimAssistance = 5,

    /// <summary>U nonimmigrant status, 8 CFR 214.14: an alternative that needs a certification of helpfulness.</summary>
    UVisa = 6,
}
