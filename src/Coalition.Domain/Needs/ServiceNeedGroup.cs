using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Needs;

/// <summary>The group a <see cref="ServiceNeed"/> belongs to, for display and for filtering.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ServiceNeedGroup>))]
public enum ServiceNeedGroup
{
    /// <summary>Physical safety: safety planning and crisis intervention.</summary>
    Safety = 1,

    /// <summary>Food and clothing.</summary>
    BasicNeeds = 2,

    /// <summary>Shelter and housing, from emergency to permanent.</summary>
    Housing = 3,

    /// <summary>Medical, dental and mental health care, substance abuse and sexual assault trauma services.</summary>
    Health = 4,

    /// <summary>Legal representation and identification documents.</summary>
    Legal = 5,

    /// <summary>Case management and advocacy, including criminal-justice advocacy and witness support.</summary>
    Advocacy = 6,

    /// <summary>Education, language classes, job preparation and employment.</summary>
    EducationAndEmployment = 7,

    /// <summary>Family, children, culture, community and faith.</summary>
    FamilyAndCommunity = 8,

    /// <summary>Public benefits and financial literacy.</summary>
    Economic = 9,

    /// <summary>Practical help: transportation, translation and interpretation, repatriation.</summary>
    Practical = 10,
}
