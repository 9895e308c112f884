using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Operations;

/// <summary>The catalogue of protocol actions (seeds 003 and 004: a step-by-step process for comprehensive, consistent care).</summary>
public static class ProtocolActions
{
    /// <summary>Ensure immediate safety: shelter, medical care, separation from the trafficker (seed 003's immediate needs).</summary>
    public static ProtocolAction EnsureSafety { get; } = new("ensure-safety", "Ensure immediate safety", "Make sure the survivor is safe now: away from the trafficker, with urgent medical care and shelter if needed.", false, false);

    /// <summary>Brief the outreach or field workers on the safety protocol before contact (seeds 000, 004).</summary>
    public static ProtocolAction WorkerSafety { get; } = new("worker-safety", "Follow the worker safety protocol", "Workers, volunteers and first responders follow the written safety protocol before and during contact.", false, false);

    /// <summary>Contact an advocate who explains options and stays with the survivor.</summary>
    public static ProtocolAction ContactAdvocate { get; } = new("contact-advocate", "Contact an advocate", "Bring in a trained advocate who explains the survivor's options and rights.", false, false);

    /// <summary>Screen with a named instrument (the step names it).</summary>
    public static ProtocolAction Screen { get; } = new("screen", "Screen with a named instrument", "Screen for trafficking and needs with the instrument the step names.", false, false);

    /// <summary>Match the survivor's needs to providers and refer, with consent (the referral matcher).</summary>
    public static ProtocolAction MatchAndRefer { get; } = new("match-and-refer", "Match and refer", "Match the survivor's needs to providers in the referral network and refer, with the survivor's consent and a release of information.", false, false);

    /// <summary>Report a child to child protective services, as the law requires (CAPTA, 42 U.S.C. 5106g).</summary>
    public static ProtocolAction ReportToChildProtection { get; } = new("report-child-protection", "Report to child protection", "Report a child (known or possible minor) to child protective services, as mandatory reporting requires.", false, true);

    /// <summary>Notify law enforcement: only with the survivor's consent, or under a mandatory rule for a known minor.</summary>
    public static ProtocolAction NotifyLawEnforcement { get; } = new("notify-law-enforcement", "Notify law enforcement", "Tell law enforcement: only with the survivor's informed consent, or under a mandatory rule for a known minor.", true, false);

    /// <summary>Follow up on the referrals and the survivor's wishes.</summary>
    public static ProtocolAction FollowUp { get; } = new("follow-up", "Follow up", "Check that referrals were accepted and services delivered, and ask what the survivor needs next.", false, false);

    /// <summary>Gets the catalogue, in alphabetical order of code.</summary>
    public static Catalogue<ProtocolAction> Catalogue { get; } = new(
        "protocol action",
        new[] { EnsureSafety, WorkerSafety, ContactAdvocate, Screen, MatchAndRefer, ReportToChildProtection, NotifyLawEnforcement, FollowUp }.OrderBy(a => a.Code, StringComparer.Ordinal));

    /// <summary>Returns the action with the given code.</summary>
    /// <param name="code">A stable code such as <c>ensure-safety</c>.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static ProtocolAction Get(string code) => Catalogue.Get(code);
}
