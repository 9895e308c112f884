using System.Globalization;
using System.Text;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.NeedsAssessment;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Coalitions;

/// <summary>
/// The report a coordinator brings to the next meeting, and a state office collects as data: the coalition health check
/// and, when a referral network is given, its needs assessment. Renders as Markdown (<see cref="ToMarkdown"/>) and as JSON
/// (<c>CoalitionJsonContext.Default.CoalitionReport</c>).
/// </summary>
/// <param name="Coalition">The coalition health check.</param>
/// <param name="Network">The referral-network needs assessment, or <see langword="null"/>.</param>
public sealed record CoalitionReport(CoalitionAssessment Coalition, NetworkNeedsReport? Network)
{
    /// <summary>Gets the coalition health check.</summary>
    public CoalitionAssessment Coalition { get; } = Preconditions.NotNull(Coalition, nameof(Coalition));

    /// <summary>Gets the review of the coalition's operations data (protocol, agreements, training, campaigns, knowledge), or <see langword="null"/> when none is recorded.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Operations.OperationsReview? Operations { get; init; }

    /// <summary>
    /// Gets the coalition's de-identified case release (<see cref="Reporting.AggregateReporter.Publish"/>), with its
    /// demand-against-supply join when requested, or <see langword="null"/>: aggregates only, suppressed under its policy.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Reporting.Release? Cases { get; init; }

    /// <summary>Creates the report for a coalition and, optionally, its referral network.</summary>
    /// <param name="coalition">The coalition profile.</param>
    /// <param name="network">The referral network, or <see langword="null"/>.</param>
    /// <param name="scope">The network assessment's scope; required when <paramref name="network"/> is given.</param>
    /// <param name="thresholds">The health check's thresholds, or <see langword="null"/> for <see cref="HealthCheckThresholds.Default"/>.</param>
    /// <param name="outcomes">Referral outcomes for the network's demand against supply, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coalition"/> is null, or <paramref name="scope"/> is null while a network is given.</exception>
    public static CoalitionReport Create(CoalitionProfile coalition, ReferralNetwork? network = null, NetworkAssessmentScope? scope = null, HealthCheckThresholds? thresholds = null, Referrals.Lifecycle.ReferralMetrics? outcomes = null)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        if (network is not null)
        {
            ArgumentNullException.ThrowIfNull(scope);
        }

        var networkReport = network is null ? null : outcomes is null ? NetworkNeedsAssessment.Assess(network, scope!) : NetworkNeedsAssessment.Assess(network, scope!, outcomes);
        return new CoalitionReport(CoalitionHealthCheck.Assess(coalition, thresholds), networkReport)
        {
            Operations = coalition.Operations is { } operations ? Domain.Operations.OperationsReview.Of(coalition, operations) : null,
        };
    }

    /// <summary>Renders the report as Markdown: scores, gaps, practices, questions, next steps, then the network's gaps and coverage.</summary>
    /// <returns>The Markdown text, deterministic for the same report.</returns>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var c = Coalition;
        md.Append("# Coalition health check: ").Append(c.CoalitionName).Append("\n\n");
        md.Append("## The four pillars\n\n| pillar | members | committee | practices met | score |\n|---|---:|---|---:|---:|\n");
        foreach (var p in c.Pillars)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {p.Pillar.DisplayName} | {p.Members} | {(p.HasCommittee ? "yes" : "no")} | {p.PracticesMet} of {p.PracticesTotal} | {p.Score} |\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"\nScore = 100 × (min(1, members ÷ {c.Thresholds.MembersForFullPillarCoverage}) + share of the pillar's practices met) ÷ 2; membership only where a pillar has no practices. ");
        md.Append(CultureInfo.InvariantCulture, $"Thresholds (the library's defaults unless the coalition set its own): {c.Thresholds.MembersForFullPillarCoverage} members for full pillar coverage, ");
        md.Append(CultureInfo.InvariantCulture, $"{c.Thresholds.MinimumMembers} members from {c.Thresholds.MinimumSectors} sectors, meetings at least {c.Thresholds.MinimumMeetingCadence.ToString().ToLowerInvariant()}, {c.Thresholds.MinimumFundingSources} funding sources.\n\n");
        md.Append("## Who is missing from the table\n\n");
        foreach (var gap in c.Checklists)
        {
            md.Append(CultureInfo.InvariantCulture, $"- **{gap.Checklist.DisplayName}** (seed {gap.Checklist.Source.SeedFile[..3]}): {gap.Covered} of {gap.Checklist.Categories.Length} present");
            md.Append(gap.IsComplete ? ".\n" : "; missing: " + string.Join(", ", gap.Missing.Select(m => m.DisplayName)) + ".\n");
        }

        md.Append("\n## Best practices\n\n");
        foreach (var r in c.Practices)
        {
            md.Append(r.IsMet ? "- [x] " : "- [ ] ").Append(r.Practice.DisplayName).Append(" (").Append(r.Practice.Pillar.DisplayName).Append("): ").Append(r.Evidence).Append('\n');
        }

        md.Append("\n## Needs-assessment questions not yet answered\n\n");
        md.Append(c.UnansweredQuestions.IsEmpty ? "All answered.\n" : string.Concat(c.UnansweredQuestions.Select(q => $"- {q.Text}\n")));
        md.Append("\n## Next steps\n\n");
        for (var i = 0; i < c.NextSteps.Length; i++)
        {
            md.Append(CultureInfo.InvariantCulture, $"{i + 1}. {c.NextSteps[i]}\n");
        }

        if (Operations is { } o)
        {
            AppendOperations(md, o);
        }

        if (Network is { } n)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n# Referral-network needs assessment\n\nWeek of {n.Scope.WeekStarting:uuuu-MM-dd} in {n.Scope.TimeZoneId}; areas: {string.Join(", ", n.Scope.Areas)}.\n\n");
            md.Append("## Gaps, most severe first\n\n| severity | need | gap |\n|---:|---|---|\n");
            var notOffered = n.Gaps.Where(g => g.Kind == GapKind.NotOffered).Select(g => g.Need).ToHashSet();
            foreach (var gap in n.Gaps.Where(g => g.Kind == GapKind.NotOffered || !notOffered.Contains(g.Need)))
            {
                md.Append(CultureInfo.InvariantCulture, $"| {gap.Severity:0.#} | {gap.Need.Code} | {gap.Description} |\n");
            }

            md.Append("\nSeverity: not offered 100, no capacity 80, no 24/7 for an immediate need 70, no service for minors 60, for men, foreign nationals or LGBTQ+ people 50, areas uncovered 40 × share, a single provider 30, hours uncovered 20 × share; × 1.5 for immediate needs. A need nobody offers is listed once.\n\n");
            md.Append("## Coverage by need\n\n| need | providers | languages (direct) | interpretation | 24/7 | open hours | uncovered areas | capacity (avail/wait/none/unknown) |\n|---|---:|---|---:|---|---:|---|---|\n");
            foreach (var need in n.Needs)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {need.Need.Code} | {need.ProviderIds.Length} | {string.Join(" ", need.DirectLanguages)} | {need.InterpretationOfferings} | {(need.Has24x7 ? "yes" : "no")} | {need.OpenHours} | {string.Join(" ", need.UncoveredAreas)} | {need.Capacity.Available}/{need.Capacity.Waitlist}/{need.Capacity.NoCapacity}/{need.Capacity.Unknown} |\n");
            }

            if (!n.DemandAgainstSupply.IsEmpty)
            {
                static string Share(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "-";
                // Referral counts, not people: a few people can account for a small count, so small counts are not shown
                // (primary suppression only); the per-case demand of the case release below is the protected one to publish.
                var k = Cases?.Policy.MinimumCellSize ?? Reporting.DisclosurePolicy.Default.MinimumCellSize;
                string Count(int value) => value is > 0 && value < k ? Reporting.ReleaseTable.SuppressedMarker : value.ToString(CultureInfo.InvariantCulture);
                string Rate(int part, double? share) => part is > 0 && part < k ? string.Empty : $" ({Share(share)})";
                md.Append("\n## Demand against supply (referral outcomes)\n\n| need | providers | offerings with places | referrals sent | accepted | rejected | rejected: no capacity | need met |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
                foreach (var d in n.DemandAgainstSupply)
                {
                    md.Append(CultureInfo.InvariantCulture, $"| {d.Need.Code} | {d.Providers} | {d.OfferingsWithPlaces} | {Count(d.Sent)} | {Count(d.Accepted)}{Rate(d.Accepted, d.AcceptanceRate)} | {Count(d.Rejected)} | {Count(d.RejectedNoCapacity)}{Rate(d.RejectedNoCapacity, d.NoCapacityShare)} | {Count(d.NeedMet)} of {Count(d.Closed)}{Rate(d.NeedMet, d.ShareMet)} |\n");
                }

                md.Append(CultureInfo.InvariantCulture, $"\nReferral counts from 1 to {k - 1} are shown as \"{Reporting.ReleaseTable.SuppressedMarker}\": a few people can account for them. This table is for the coalition's own review; publish the case release's demand tables instead.\n");
            }
        }

        if (Cases is { } cases)
        {
            md.Append("\n# Cases (de-identified aggregates)\n\n").Append(cases.ToMarkdown().Replace("\n# ", "\n## ", StringComparison.Ordinal).TrimStart('#', ' '));
        }

        return md.ToString();
    }

    private static void AppendOperations(StringBuilder md, Operations.OperationsReview o)
    {
        static string Pct(double value) => Math.Round(value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
        md.Append(CultureInfo.InvariantCulture, $"\n# How the coalition works (recorded on {o.AsOf:uuuu-MM-dd})\n\n## Community response protocol\n\n");
        AppendFindings(md, o.ProtocolFindings, "No findings: every listed identification point has a protocol, every role is filled, consent and child protection are respected, and every hand-off has an agreement.");
        md.Append("\n## Agreements between members\n\n");
        AppendFindings(md, o.AgreementFindings, "No findings: no agreement has ended, ends soon, is overdue for review or names a party that left.");
        md.Append("\n## Training coverage\n\n");
        if (o.Coverage.IsEmpty)
        {
            md.Append("No training recorded.\n");
        }
        else
        {
            md.Append("| programme | organisations trained | target venues | ever trained | current | staff trained and still there | next refresh due |\n|---|---:|---:|---:|---:|---:|---|\n");
            foreach (var c in o.Coverage)
            {
                var due = c.OrganizationsRefreshDue is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + (d <= o.AsOf ? " (overdue)" : string.Empty) : "-";
                if (c.Venues.IsEmpty)
                {
                    md.Append(CultureInfo.InvariantCulture, $"| {c.Programme.DisplayName} | {c.OrganizationsTrained} | - | - | - | - | {due} |\n");
                }
                else
                {
                    md.Append(CultureInfo.InvariantCulture, $"| {c.Programme.DisplayName} | {c.OrganizationsTrained} | {c.Venues.Length} | {c.VenuesEverTrained} ({Pct(c.VenueShare)}) | {c.VenuesCurrent} ({Pct(c.CurrentVenueShare)}) | {Pct(c.StaffShare)} | {due} |\n");
                }
            }

            md.Append("\nStaff still trained decays as (1 − annual turnover)^years since each training; turnover is the organisation's recorded rate or the library's assumption of 50% a year (the seeds give no figure).\n");
        }

        md.Append("\nAudiences never trained: ").Append(o.UnreachedAudiences.IsEmpty ? "none" : string.Join(", ", o.UnreachedAudiences.Select(Words))).Append(".\n");
        md.Append("\n## Awareness campaigns\n\nAudiences never reached: ").Append(o.Campaigns.UnreachedAudiences.IsEmpty ? "none" : string.Join(", ", o.Campaigns.UnreachedAudiences.Select(Words)));
        md.Append(". Community languages never used: ").Append(o.Campaigns.UnreachedLanguages.IsEmpty ? "none" : string.Join(", ", o.Campaigns.UnreachedLanguages)).Append(".\n");
        md.Append("\n## Professionals' understanding (needs assessment)\n\n");
        if (o.Knowledge.IsEmpty)
        {
            md.Append("No knowledge assessment recorded.\n");
        }
        else
        {
            md.Append("| audience | assessed | respondents | passed |\n|---|---|---:|---:|\n");
            foreach (var k in o.Knowledge)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {Words(k.Audience)} | {k.Date:uuuu-MM-dd} | {k.Respondents} | {k.Passed} ({Pct(k.PassRate)}) |\n");
            }
        }
    }

    private static void AppendFindings(StringBuilder md, System.Collections.Immutable.ImmutableArray<Operations.OperationsFinding> findings, string none)
    {
        if (findings.IsEmpty)
        {
            md.Append(none).Append('\n');
            return;
        }

        md.Append("| finding | about | what is wrong | next step |\n|---|---|---|---|\n");
        foreach (var f in findings)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {f.Code} | {f.Subject} | {f.Finding} | {f.NextStep} |\n");
        }
    }

    private static string Words(Operations.Audience audience) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(audience.ToString());
}
