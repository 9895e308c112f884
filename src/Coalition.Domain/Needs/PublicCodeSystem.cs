using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Needs;

/// <summary>A public code system that service needs are mapped to.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<PublicCodeSystem>))]
public enum PublicCodeSystem
{
    /// <summary>The Open Eligibility taxonomy of human services (CC BY-SA 3.0), as used by Open Referral HSDS directories.</summary>
    OpenEligibility = 1,

    /// <summary>HL7 FHIR service types, <c>http://terminology.hl7.org/CodeSystem/service-type</c> (CC0), as used by FHIR <c>HealthcareService.type</c>.</summary>
    Hl7ServiceType = 2,
}
