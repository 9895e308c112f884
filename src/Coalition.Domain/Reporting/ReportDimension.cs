using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Reporting;

/// <summary>A dimension of an aggregate report. Every case falls in exactly one category of each dimension.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReportDimension>))]
public enum ReportDimension
{
    /// <summary>The area (the areas present in the records, and <c>unknown</c>).</summary>
    Area = 1,

    /// <summary>The form of exploitation: one type, <c>multiple</c> when a case has several, or <c>unknown</c>.</summary>
    ExploitationType = 2,

    /// <summary>The age band.</summary>
    AgeBand = 3,

    /// <summary>The gender.</summary>
    Gender = 4,

    /// <summary>The citizenship category.</summary>
    Citizenship = 5,

    /// <summary>Where the survivor was identified (the catalogue's points, and <c>unknown</c>).</summary>
    IdentificationPoint = 6,

    /// <summary>The HTCDS case status.</summary>
    Status = 7,

    /// <summary>The quarter of identification.</summary>
    Quarter = 8,

    /// <summary>
    /// How far a case's referrals for one need went: <c>not-referred</c>, <c>referred</c> (none decided yet),
    /// <c>rejected</c> (only rejections), <c>accepted</c> (not yet met) or <c>met</c>. Only in the tables of a demand join
    /// (<see cref="DemandRequest"/>), which count the cases with that need.
    /// </summary>
    ReferralOutcome = 9,
}
