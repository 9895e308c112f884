using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Protections;

/// <summary>A fact the protections depend on, as named in elements and deciding sets.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ProtectionFact>))]
public enum ProtectionFact
{
    /// <summary><see cref="ImmigrationFacts.Nationality"/>.</summary>
    Nationality = 1,

    /// <summary><see cref="ImmigrationFacts.TraffickingVictim"/>.</summary>
    TraffickingVictim = 2,

    /// <summary><see cref="ImmigrationFacts.AgeAtVictimisation"/>.</summary>
    AgeAtVictimisation = 3,

    /// <summary><see cref="ImmigrationFacts.PresentOnAccountOfTrafficking"/>.</summary>
    PresentOnAccountOfTrafficking = 4,

    /// <summary><see cref="ImmigrationFacts.Cooperation"/>.</summary>
    Cooperation = 5,

    /// <summary><see cref="ImmigrationFacts.ExtremeHardship"/>.</summary>
    ExtremeHardship = 6,

    /// <summary><see cref="ImmigrationFacts.AdmissibleOrWaiver"/>.</summary>
    AdmissibleOrWaiver = 7,

    /// <summary><see cref="ImmigrationFacts.CommittedSevereTrafficking"/>.</summary>
    CommittedSevereTrafficking = 8,

    /// <summary><see cref="ImmigrationFacts.IdentifiedByLawEnforcement"/>.</summary>
    IdentifiedByLawEnforcement = 9,

    /// <summary><see cref="ImmigrationFacts.PotentialWitnessOrCivilAction"/>.</summary>
    PotentialWitnessOrCivilAction = 10,

    /// <summary><see cref="ImmigrationFacts.FederalRequest"/>.</summary>
    FederalRequest = 11,

    /// <summary><see cref="ImmigrationFacts.ContinuedPresence"/>.</summary>
    ContinuedPresenceStatus = 12,

    /// <summary><see cref="ImmigrationFacts.TVisa"/>.</summary>
    TVisaStatus = 13,

    /// <summary><see cref="ImmigrationFacts.CurrentAge"/>.</summary>
    CurrentAge = 14,

    /// <summary><see cref="ImmigrationFacts.DerivativeTStatus"/>.</summary>
    DerivativeTStatus = 15,

    /// <summary><see cref="ImmigrationFacts.CredibleInformation"/>.</summary>
    CredibleInformation = 16,

    /// <summary><see cref="ImmigrationFacts.UCertification"/>.</summary>
    UCertification = 17,

    /// <summary><see cref="ImmigrationFacts.LetterRequestInTime"/>.</summary>
    LetterRequestInTime = 18,
}
