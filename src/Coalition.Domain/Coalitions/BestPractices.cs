using System.Collections.Immutable;
using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Sources;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Coalitions;

/// <summary>
/// The best-practice catalogue of seeds 000 (Ohio best-practice checklist), 002 (Nebraska formation steps) and 003 (TIP
/// report). Each practice's check reads the <see cref="CoalitionProfile"/>; practices that a profile cannot show (such as
/// safety protocols) are met from the coalition's operations data when it records them ("Recorded: …" with the figures),
/// and otherwise when the coalition declares them adopted ("Declared …").
/// </summary>
public static class BestPractices
{
    private static readonly ImmutableArray<SourceDocument> Ohio = [SourceDocuments.OhioCoalitionModel];
    private static readonly ImmutableArray<SourceDocument> Nebraska = [SourceDocuments.NebraskaCoalitionBuilding];

    /// <summary>Gets the catalogue, in the order the seeds list the practices.</summary>
    public static Catalogue<BestPractice> Catalogue { get; } = new(
        "best practice",
        [
            new("transparent-leadership", "Leaders elected transparently", "Use a transparent, participatory procedure to elect coalition leaders and to decide goals, priorities and standards.", Pillars.Partnership, Ohio,
                "Elect the coalition's leaders through a transparent, participatory procedure, and decide goals and standards the same way.",
                (c, _, _) => c.Leadership.Selection == LeadershipSelection.TransparentElection && !c.Leadership.Roles.IsEmpty
                    ? new(true, $"{c.Leadership.Roles.Length} leader role(s) chosen by transparent election.")
                    : new(false, c.Leadership.Roles.IsEmpty ? "No designated leaders." : $"Leaders chosen by {c.Leadership.Selection}, not by a transparent election.")),
            new("needs-assessment", "Needs assessment done", "Conduct needs assessments to find the gaps in services and awareness, so that limited resources are used well.", Pillars.Partnership, [SourceDocuments.OhioCoalitionModel, SourceDocuments.TipReportLocalSolutions],
                "Conduct a needs assessment: answer the OVC questions and run the referral-network needs assessment.",
                (c, _, _) => c.NeedsAssessmentCompleted is { } date
                    ? new(true, FormattableString.Invariant($"Needs assessment completed on {date:uuuu-MM-dd}; {c.Answers.Length} of {NeedsAssessmentQuestions.Catalogue.Count} questions answered."))
                    : new(false, $"No completed needs assessment; {c.Answers.Length} of {NeedsAssessmentQuestions.Catalogue.Count} questions answered.")),
            new("victim-services-first", "Victim services first, by licensed social workers", "Safe, timely and effective victim services are the top priority; case management by licensed social workers to the state's standards of service, with referrals to providers who adhere to them.", Pillars.Protection, Ohio,
                "Make victim services the first priority: bring in a social-service organisation with licensed social workers, and refer to providers that adhere to the standards of care.",
                (c, p, _) => Declared(c, p) && c.Members.Any(m => m.Category.IsOrDescendsFrom(StakeholderCategories.SocialServiceCaseManagement))
                    ? new(true, "Declared adopted; a member provides case management by licensed social workers.")
                    : new(false, Declared(c, p) ? "Declared adopted, but no member provides case management by licensed social workers." : "Not declared adopted.")),
            new("safety-protocols", "Safety protocols", "Protocols protect the safety of social workers, volunteers and first responders.", Pillars.Protection, Ohio,
                "Write and adopt safety protocols for social workers, volunteers and first responders.",
                Recorded(Operations.OperationsEvidence.SafetyProtocols)),
            new("clear-messaging", "Clear messaging and accurate data", "Public awareness efforts use clear messaging and accurate data.", Pillars.Prevention, Ohio,
                "Agree on clear messages and accurate data sources for every public awareness effort.",
                Recorded(Operations.OperationsEvidence.ClearMessaging)),
            new("protect-identities", "Identities protected; survivors empowered, not pressured", "Protect victim identities, and empower but never pressure survivors to tell their story; survivors are not asked to relive their exploitation.", Pillars.Protection, [SourceDocuments.OhioCoalitionModel, SourceDocuments.TipReportLocalSolutions],
                "Adopt a policy that protects victim identities and never pressures survivors to tell their story (for example a media guide for crime victims).",
                DeclaredOnly),
            new("survivors-included", "Survivors included and compensated", "Survivors are included as key stakeholders and compensated for their expertise and time.", Pillars.Partnership, [SourceDocuments.TipReportLocalSolutions, SourceDocuments.NebraskaCoalitionBuilding],
                "Invite survivors as members or advisers, and compensate them for their expertise and time.",
                (c, _, _) => c.Survivors.Members > 0 && c.Survivors.Compensated
                    ? new(true, $"{c.Survivors.Members} survivor member(s), compensated.")
                    : new(false, c.Survivors.Members == 0 ? "No survivor members." : $"{c.Survivors.Members} survivor member(s), not compensated.")),
            new("sustainable-policies", "Policies that survive a change of leadership", "Policies and procedures keep the coalition going regardless of any member or leader who leaves.", Pillars.Partnership, Nebraska,
                "Write policies and procedures so that the coalition survives when a member or leader leaves.",
                (c, _, _) => c.HasWrittenPolicies ? new(true, "Written policies and procedures in place.") : new(false, "No written policies and procedures.")),
            new("sustainable-funding", "Sustainable funding", "Funding that sustains the coalition: several sources (by the library's default two, see HealthCheckThresholds), at least one of them recurring.", Pillars.Partnership, Nebraska,
                "Develop funding for sustainability: more than one source, one of them recurring.",
                (c, _, t) => c.Funding.Length >= t.MinimumFundingSources && c.Funding.Any(f => f.IsRecurring)
                    ? new(true, $"{c.Funding.Length} funding sources, {c.Funding.Count(f => f.IsRecurring)} recurring.")
                    : new(false, $"{c.Funding.Length} funding source(s), {c.Funding.Count(f => f.IsRecurring)} recurring.")),
            new("media-engagement", "Media engagement", "Include the media so that community awareness is built, for example a press conference with the mayor.", Pillars.Prevention, Nebraska,
                "Engage the media on a plan, with a media guide that protects victims.",
                (c, _, _) => c.Media != MediaEngagement.None ? new(true, $"Media engagement: {c.Media}.") : new(false, "No media engagement.")),
            new("formation.community-partners", "Community partners and leaders contacted", "Founders contact community partners and leaders across sectors (by the library's default at least five members from three sectors, see HealthCheckThresholds).", Pillars.Partnership, Nebraska,
                "Reach out to community partners and leaders across sectors (see the membership gaps).",
                (c, _, t) =>
                {
                    var sectors = c.Members.Select(m => m.Category.Sector).Distinct().Count();
                    return new(c.Members.Length >= t.MinimumMembers && sectors >= t.MinimumSectors, $"{c.Members.Length} members from {sectors} sectors (threshold: {t.MinimumMembers} from {t.MinimumSectors}).");
                }),
            new("formation.member-education", "Members educated on human trafficking", "Provide education about human trafficking for the members.", Pillars.Prevention, Nebraska,
                "Give every member a basic education on human trafficking.",
                Recorded(Operations.OperationsEvidence.MemberEducation)),
            new("formation.focus-areas", "Focus areas chosen", "Decide how to fight human trafficking and identify specific areas, such as legislation, education, victim services support or a hotel/motel project.", Pillars.Partnership, Nebraska,
                "Choose the coalition's focus areas and form a committee for each.",
                (c, _, _) => c.Committees.IsEmpty ? new(false, "No committees or focus areas.") : new(true, $"{c.Committees.Length} committee(s): {string.Join(", ", c.Committees.Select(x => x.FocusAreas == FocusAreas.None ? x.Name : $"{x.Name} ({string.Join(", ", Enum.GetValues<FocusAreas>().Where(a => a != FocusAreas.None && x.FocusAreas.HasFlag(a)).Select(a => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(a.ToString())))})"))}.")),
            new("formation.community-education-event", "Community education event held", "Hold a general human trafficking education event for the area and invite others to join.", Pillars.Prevention, Nebraska,
                "Hold a human trafficking education event for the whole community and invite others to join.",
                Recorded(Operations.OperationsEvidence.CommunityEvent)),
            new("formation.mission-and-committees", "Mission statement, committees and goals", "Write a mission statement; develop committees and goals.", Pillars.Partnership, Nebraska,
                "Write a mission statement and give each committee written goals.",
                (c, _, _) => c.HasMissionStatement && c.Committees.Any(x => x.HasGoals)
                    ? new(true, "Mission statement written; committees have goals.")
                    : new(false, c.HasMissionStatement ? "No committee has written goals." : "No mission statement.")),
            new("formation.leaders-and-meetings", "Leaders designated; regular meetings", "Designate a leader or co-leaders who establish regular meetings, ensure committee effectiveness and evaluate progress.", Pillars.Partnership, Nebraska,
                "Designate leaders and establish regular meetings.",
                (c, _, t) => !c.Leadership.Roles.IsEmpty && c.Meetings >= t.MinimumMeetingCadence
                    ? new(true, $"{c.Leadership.Roles.Length} leader role(s); meets {c.Meetings}.")
                    : new(false, c.Leadership.Roles.IsEmpty ? "No designated leaders." : $"Meets {c.Meetings}: less often than {t.MinimumMeetingCadence}.")),
            new("community-protocol", "Community response protocol in place", "A step-by-step protocol, with agreements between agencies, ensures comprehensive and consistent care whatever the point of identification.", Pillars.Partnership, [SourceDocuments.TipReportLocalSolutions],
                "Write the community response protocol: for each identification point, the steps, who takes them and how soon, with agreements where a survivor is handed from one organisation to another.",
                Recorded(Operations.OperationsEvidence.Protocol)),
            new("hotel-motel-project", "Hotel-Motel project", "Train managers and all employees of all hotels and motels in the area to realize, recognize and respond.", Pillars.Prevention, Nebraska,
                "Start the Hotel-Motel project: list the hotels and motels in the area and train their staff, refreshing as staff turn over.",
                Recorded(Operations.OperationsEvidence.HotelMotel)),
        ]);

    /// <summary>Returns the practice with the given code.</summary>
    /// <param name="code">A stable code such as <c>transparent-leadership</c>.</param>
    /// <returns>The practice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static BestPractice Get(string code) => Catalogue.Get(code);

    /// <summary>The check of a practice a profile cannot show: met when the coalition declares it adopted.</summary>
    private static bool Declared(CoalitionProfile coalition, BestPractice practice) => coalition.AdoptedPractices.Contains(practice);

    /// <summary>A check from the operations data when it records something about the practice, else the declaration.</summary>
    private static Func<CoalitionProfile, BestPractice, HealthCheckThresholds, PracticeCheck> Recorded(Func<CoalitionProfile, Operations.CoalitionOperations, PracticeCheck?> evidence) =>
        (c, p, t) => c.Operations is { } operations && evidence(c, operations) is { } recorded ? recorded : DeclaredOnly(c, p, t);

    private static PracticeCheck DeclaredOnly(CoalitionProfile coalition, BestPractice practice, HealthCheckThresholds thresholds) =>
        Declared(coalition, practice) ? new(true, "Declared adopted by the coalition.") : new(false, "Not declared adopted.");
}
