using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Coalitions;

/// <summary>The kind of a funding source.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<FundingKind>))]
public enum FundingKind
{
    /// <summary>A government grant or appropriation.</summary>
    Government = 1,

    /// <summary>A private foundation or funder.</summary>
    Foundation = 2,

    /// <summary>Member dues or contributions.</summary>
    MemberContributions = 3,

    /// <summary>Individual or business donations.</summary>
    Donations = 4,

    /// <summary>In-kind support, such as meeting space or staff time.</summary>
    InKind = 5,
}
