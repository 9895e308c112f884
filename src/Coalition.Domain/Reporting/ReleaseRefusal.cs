using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Reporting;

/// <summary>Why a release was refused.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReleaseRefusal>))]
public enum ReleaseRefusal
{
    /// <summary>Too many cases sit in small combinations of the published attributes (<see cref="DisclosurePolicy.MaxShareAtRisk"/>).</summary>
    ReidentificationRisk = 1,

    /// <summary>The release would spend more privacy budget than the ledger has left (<see cref="PrivacyLedger"/>).</summary>
    PrivacyBudget = 2,
}
