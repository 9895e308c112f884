namespace Coalition.Domain.Operations;

/// <summary>The codes of <see cref="OperationsFinding"/>s.</summary>
public static class OperationsFindingCodes
{
    /// <summary>An identification point the coalition lists has no protocol.</summary>
    public const string ProtocolMissing = "protocol-missing";

    /// <summary>No current member fills a step's role.</summary>
    public const string RoleUnfilled = "role-unfilled";

    /// <summary>A step involves law enforcement for a survivor who may be an adult without the consent basis.</summary>
    public const string LawEnforcementWithoutConsent = "law-enforcement-without-consent";

    /// <summary>The steps for a known minor do not include the mandatory child-protection route.</summary>
    public const string ChildProtectionMissing = "child-protection-missing";

    /// <summary>The child-protection route does not apply to a survivor of unknown age, who is protected as a possible minor.</summary>
    public const string PossibleMinorUnprotected = "possible-minor-unprotected";

    /// <summary>A step hands the survivor from one organisation to another without an agreement in force that covers it.</summary>
    public const string AgreementMissing = "agreement-missing";

    /// <summary>An agreement has ended.</summary>
    public const string AgreementExpired = "agreement-expired";

    /// <summary>An agreement ends within the warning window.</summary>
    public const string AgreementExpiring = "agreement-expiring";

    /// <summary>An agreement's review date has passed.</summary>
    public const string AgreementReviewDue = "agreement-review-due";

    /// <summary>A party to an agreement is no longer a member of the coalition.</summary>
    public const string AgreementPartyLeft = "agreement-party-left";
}
