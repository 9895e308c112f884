using System.Text.Json.Serialization;

namespace Coalition.Domain.Screening;

/// <summary>The methods of control of the IOM Human Trafficking Case Data Standard (HTCDS, CC BY 4.0). Written to JSON as the standard's names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HtcdsMethodOfControl>))]
public enum HtcdsMethodOfControl
{
    /// <summary>Physical threats.</summary>
    PhysicalThreats = 1,

    /// <summary>Threats of law enforcement (arrest, deportation).</summary>
    ThreatsLawEnforcement = 2,

    /// <summary>Threats against children or family.</summary>
    ThreatensChildrenFamily = 3,

    /// <summary>Debt bondage.</summary>
    DebtBondage = 4,

    /// <summary>False promises.</summary>
    FalsePromises = 5,

    /// <summary>Physical abuse.</summary>
    PhysicalAbuse = 6,

    /// <summary>Sexual abuse.</summary>
    SexualAbuse = 7,

    /// <summary>Takes earnings.</summary>
    TakesEarnings = 8,

    /// <summary>Restricts financial access.</summary>
    RestrictsFinancialAccess = 9,

    /// <summary>Restricts medical care.</summary>
    RestrictsMedicalCare = 10,

    /// <summary>Withholds necessities.</summary>
    WithholdsNecessities = 11,

    /// <summary>Psychological abuse.</summary>
    PsychologicalAbuse = 12,

    /// <summary>Psychoactive substances.</summary>
    PsychoactiveSubstance = 13,

    /// <summary>Excessive working hours.</summary>
    ExcessiveWorkingHours = 14,

    /// <summary>Withholds documents.</summary>
    WithholdsDocuments = 15,
}
