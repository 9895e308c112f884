using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Operations;

/// <summary>Who a training or awareness programme is for (seeds 001–004).</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<Audience>))]
public enum Audience
{
    /// <summary>Hotel and motel managers and employees (seed 002).</summary>
    HotelMotelStaff = 1,

    /// <summary>Law enforcement officers; Ohio mandates their training (seed 004).</summary>
    LawEnforcement = 2,

    /// <summary>Healthcare workers (seed 003).</summary>
    Healthcare = 3,

    /// <summary>Teachers, counsellors and school staff (seed 003).</summary>
    Educators = 4,

    /// <summary>Labour inspectors (seed 003).</summary>
    LabourInspectors = 5,

    /// <summary>Faith communities (seeds 002, 003).</summary>
    FaithCommunities = 6,

    /// <summary>Service providers' staff (seeds 001, 003).</summary>
    ServiceProviders = 7,

    /// <summary>The general public (seed 003).</summary>
    Public = 8,
}
