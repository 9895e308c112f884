using System.Collections.Immutable;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// The library's default fallback contacts: public, national and available around the clock. A coalition may replace or
/// extend them in its <see cref="ReferralPolicy"/> (<see cref="ReferralPolicy.Fallbacks"/>).
/// </summary>
public static class FallbackContacts
{
    /// <summary>
    /// The National Human Trafficking Hotline, for every immediate need: 1-888-373-7888, text 233733, 24/7, in many
    /// languages. It informs the authorities of suspected child abuse or imminent harm.
    /// </summary>
    public static FallbackContact NationalHumanTraffickingHotline { get; } = new(
        "national-human-trafficking-hotline",
        "National Human Trafficking Hotline",
        "Call 1-888-373-7888 or text 233733 (24/7, many languages)",
        "The hotline is confidential, but it informs the authorities when it suspects abuse of a child or someone is in imminent danger.",
        "National Human Trafficking Hotline, funded by the U.S. Department of Health and Human Services (humantraffickinghotline.org)");

    /// <summary>988, the Suicide and Crisis Lifeline, for mental-health crises: call or text 988, 24/7.</summary>
    public static FallbackContact SuicideAndCrisisLifeline { get; } = new(
        "988-suicide-and-crisis-lifeline",
        "988 Suicide & Crisis Lifeline",
        "Call or text 988 (24/7)",
        "Counsellors may send emergency help, which can include the police, when a caller is at imminent risk of harm.",
        "988 Suicide & Crisis Lifeline, administered for the U.S. Substance Abuse and Mental Health Services Administration (988lifeline.org)")
    {
        Needs = [ServiceNeeds.MentalHealthCareEmergency, ServiceNeeds.CrisisIntervention],
    };

    /// <summary>RAINN's National Sexual Assault Hotline, for sexual assault: 800-656-4673, 24/7.</summary>
    public static FallbackContact Rainn { get; } = new(
        "rainn-national-sexual-assault-hotline",
        "RAINN National Sexual Assault Hotline",
        "Call 800-656-4673 (24/7)",
        "It connects the caller with a local sexual assault service provider, who can explain forensic exams and reporting choices.",
        "RAINN (rainn.org)")
    {
        Needs = [ServiceNeeds.SexualAssaultForensicExam, ServiceNeeds.SexualAssaultTraumaServices],
    };

    /// <summary>911 for imminent danger; it dispatches police.</summary>
    public static FallbackContact Emergency911 { get; } = new(
        "911",
        "911 emergency services",
        "Call 911 (24/7)",
        "911 dispatches police, fire or ambulance; a call about violence or danger brings the police.",
        "Emergency number 911 (United States)")
    {
        Needs = [ServiceNeeds.SafetyPlanning, ServiceNeeds.MedicalCare],
    };

    /// <summary>Gets the defaults, in the order they are offered: the trafficking hotline, 988, RAINN, 911.</summary>
    public static ImmutableArray<FallbackContact> Defaults { get; } = [NationalHumanTraffickingHotline, SuicideAndCrisisLifeline, Rainn, Emergency911];
}
