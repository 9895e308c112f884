using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Coalitions;

/// <summary>How often the coalition meets. Seed 002 asks leaders to "establish regular meetings"; how often counts as regular is a <see cref="HealthCheckThresholds"/> setting (by the library's default, quarterly).</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<MeetingCadence>))]
public enum MeetingCadence
{
    /// <summary>No regular meetings.</summary>
    None = 0,

    /// <summary>Once a year.</summary>
    Annual = 1,

    /// <summary>Every three months.</summary>
    Quarterly = 2,

    /// <summary>Every month.</summary>
    Monthly = 3,

    /// <summary>Every two weeks.</summary>
    Biweekly = 4,

    /// <summary>Every week.</summary>
    Weekly = 5,
}
