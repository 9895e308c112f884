using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>
/// A kind of gap in a referral network, with its base severity (see <see cref="NetworkGap.Severity"/>). Gaps are defined
/// so that adding a provider can only close them: a need nobody offers has every gap.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<GapKind>))]
public enum GapKind
{
    /// <summary>No provider offers the need (base severity 100).</summary>
    NotOffered = 1,

    /// <summary>Every offering reports no capacity (80).</summary>
    NoCapacity = 2,

    /// <summary>An immediate need without any 24/7 offering (70).</summary>
    No24x7 = 3,

    /// <summary>No offering accepts minors (60).</summary>
    NoServiceForMinors = 4,

    /// <summary>No offering accepts men (50).</summary>
    NoServiceForMen = 5,

    /// <summary>Every offering excludes foreign nationals (50).</summary>
    NoServiceForForeignNationals = 6,

    /// <summary>Every offering excludes LGBTQ+ people (50).</summary>
    NoServiceForLgbtq = 7,

    /// <summary>Some of the coalition's areas have no offering (40 times the share of areas uncovered).</summary>
    AreasUncovered = 8,

    /// <summary>Fewer than two providers: a single point of failure (30).</summary>
    SingleProvider = 9,

    /// <summary>Hours of the week when no offering is known to be open (20 times the share of the week).</summary>
    HoursUncovered = 10,
}
