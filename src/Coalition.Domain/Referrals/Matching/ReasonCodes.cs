using System.Collections.Immutable;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>The codes of the reasons reported for a ranked candidate. Custom rules that adjust a score report their own codes.</summary>
public static class ReasonCodes
{
    /// <summary>Adheres to the coalition's standard of care.</summary>
    public const string StandardOfCare = "standard-of-care";

    /// <summary>Staff trained on human trafficking.</summary>
    public const string TraffickingTrainedStaff = "trafficking-trained-staff";

    /// <summary>Licensed social workers do case management.</summary>
    public const string LicensedSocialWorkers = "licensed-social-workers";

    /// <summary>Immigration representation: the provider has an attorney licensed in a US state, territory or the District of Columbia.</summary>
    public const string LicensedAttorney = "licensed-attorney";

    /// <summary>Immigration representation: a fully accredited representative, current at the match instant (DHS and the immigration courts).</summary>
    public const string AccreditedRepresentative = "accredited-representative";

    /// <summary>Immigration representation: only a partially accredited representative, current at the match instant: DHS matters only, not immigration court.</summary>
    public const string AccreditedDhsOnly = "accredited-dhs-only";

    /// <summary>Speaks one of the client's languages directly.</summary>
    public const string DirectLanguage = "direct-language";

    /// <summary>Serves the client through interpretation.</summary>
    public const string Interpretation = "interpretation";

    /// <summary>Open now (or 24/7) for an immediate need.</summary>
    public const string OpenNow = "open-now";

    /// <summary>Closed now but opening within the policy's window, for an immediate need.</summary>
    public const string OpeningSoon = "opening-soon";

    /// <summary>Closed now for an immediate need: ranked lower, with its next opening.</summary>
    public const string ClosedNow = "closed-now";

    /// <summary>No published hours for an immediate need.</summary>
    public const string HoursUnknown = "hours-unknown";

    /// <summary>A culturally-specific service for a foreign national.</summary>
    public const string CulturallySpecific = "culturally-specific";

    /// <summary>Reports places available.</summary>
    public const string CapacityAvailable = "capacity-available";

    /// <summary>Accepts onto a waitlist: ranked lower.</summary>
    public const string Waitlist = "waitlist";

    /// <summary>Reports no capacity figures.</summary>
    public const string CapacityUnknown = "capacity-unknown";

    /// <summary>The same provider offers other needs of the client: fewer hand-offs.</summary>
    public const string CoversOtherNeeds = "covers-other-needs";

    /// <summary>Kept as a candidate for an immediate need despite the client's consent setting, because the client is a minor, a possible minor or lacks capacity; ranked after equivalent providers.</summary>
    public const string KeptForProtection = "kept-for-protection";

    /// <summary>Admitted through a mandatory routing rule despite the client's consent restrictions.</summary>
    public const string MandatoryRule = "mandatory-rule";

    /// <summary>The offering restricts ages and the client's age is unknown: confirm eligibility.</summary>
    public const string ConfirmAge = "confirm-age";

    /// <summary>The offering restricts genders and the client's gender is not stated: confirm eligibility.</summary>
    public const string ConfirmGender = "confirm-gender";

    /// <summary>The offering serves listed areas and the client's area is unknown: confirm eligibility.</summary>
    public const string ConfirmArea = "confirm-area";

    /// <summary>The offering requires or excludes a population whose membership is unknown for the client: confirm eligibility.</summary>
    public const string ConfirmPopulation = "confirm-population";

    /// <summary>Gets every built-in reason code.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        StandardOfCare, TraffickingTrainedStaff, LicensedSocialWorkers, LicensedAttorney, AccreditedRepresentative, AccreditedDhsOnly, DirectLanguage, Interpretation, OpenNow, OpeningSoon, ClosedNow, HoursUnknown,
        CulturallySpecific, CapacityAvailable, Waitlist, CapacityUnknown, CoversOtherNeeds, KeptForProtection, MandatoryRule, ConfirmAge, ConfirmGender,
        ConfirmArea, ConfirmPopulation,
    ];
}
