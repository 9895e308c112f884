using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Needs;

/// <summary>How closely a public code matches a need, in the sense of FHIR <c>ConceptMap</c> equivalence.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<PublicCodeEquivalence>))]
public enum PublicCodeEquivalence
{
    /// <summary>The public code means the same as the need.</summary>
    Equivalent = 1,

    /// <summary>The public code is wider in meaning than the need (it also covers other services).</summary>
    Wider = 2,

    /// <summary>The public code is narrower in meaning than the need (it covers only part of it).</summary>
    Narrower = 3,
}
