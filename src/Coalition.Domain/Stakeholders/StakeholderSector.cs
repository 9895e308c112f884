using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Stakeholders;

/// <summary>The sector a <see cref="StakeholderCategory"/> belongs to.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<StakeholderSector>))]
public enum StakeholderSector
{
    /// <summary>Police, sheriffs, state and federal investigative agencies.</summary>
    LawEnforcement = 1,

    /// <summary>Prosecutors, courts, public defenders and juvenile justice.</summary>
    Justice = 2,

    /// <summary>Elected and administrative government at every level.</summary>
    Government = 3,

    /// <summary>Social services and victim services, including child welfare and shelters.</summary>
    SocialServices = 4,

    /// <summary>Community-based organisations: immigrant, refugee, labour, cultural, youth and volunteer groups.</summary>
    Community = 5,

    /// <summary>Medical, mental health and substance use care.</summary>
    Health = 6,

    /// <summary>Legal services for survivors.</summary>
    Legal = 7,

    /// <summary>Schools, universities, student groups and educational programs.</summary>
    Education = 8,

    /// <summary>Faith-based organisations and congregations.</summary>
    Faith = 9,

    /// <summary>Civic organisations: service clubs, chambers of commerce, awareness nonprofits.</summary>
    Civic = 10,

    /// <summary>Businesses and business leaders.</summary>
    Business = 11,

    /// <summary>Journalists and media outlets.</summary>
    Media = 12,

    /// <summary>Survivors of trafficking, as experts in their own right.</summary>
    Survivor = 13,

    /// <summary>Private funders and foundations.</summary>
    Philanthropy = 14,

    /// <summary>International organisations.</summary>
    International = 15,
}
