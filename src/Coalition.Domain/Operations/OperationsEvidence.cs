using System.Globalization;
using Coalition.Domain.Coalitions;

namespace Coalition.Domain.Operations;

/// <summary>
/// The health check's evidence from operations data: each returns <see langword="null"/> when the data says nothing about
/// the practice (the check then falls back to the declaration), or a recorded finding with its figures.
/// </summary>
internal static class OperationsEvidence
{
    internal static PracticeCheck? MemberEducation(CoalitionProfile coalition, CoalitionOperations operations)
    {
        var today = operations.RecordedOn;
        var members = coalition.Members.Select(m => m.Organization).Distinct(StringComparer.Ordinal).ToList();
        var records = operations.TrainingRecords.Where(r => r.Date <= today && r.Trained > 0 && members.Contains(r.Organization, StringComparer.Ordinal)).ToList();
        if (records.Count == 0 || members.Count == 0)
        {
            return null;
        }

        var current = members.Count(m => records.Any(r => r.Organization == m && today < r.Date.Plus(operations.TrainingPolicy.RefreshOf(r.Programme))));
        var latest = records.Max(r => r.Date);
        return new(current == members.Count, FormattableString.Invariant($"Recorded: {current} of {members.Count} members have current training (latest {latest:uuuu-MM-dd})."));
    }

    internal static PracticeCheck? SafetyProtocols(CoalitionProfile coalition, CoalitionOperations operations)
    {
        if (operations.Protocol is not { } protocol)
        {
            return null;
        }

        var points = protocol.Points.Where(p => p.Steps.Any(s => s.Action == ProtocolActions.WorkerSafety)).Select(p => p.Point.DisplayName).ToList();
        var outreach = protocol.For(IdentificationPoints.Outreach);
        var outreachListed = outreach is not null || operations.IdentificationPoints.Contains(IdentificationPoints.Outreach);
        var outreachCovered = outreach?.Steps.Any(s => s.Action == ProtocolActions.WorkerSafety) == true;
        var met = points.Count > 0 && (!outreachListed || outreachCovered);
        var evidence = points.Count == 0
            ? "Recorded: the protocol has no worker-safety step."
            : $"Recorded: worker-safety steps at {string.Join(", ", points)}" + (outreachListed && !outreachCovered ? "; none before outreach (seed 004: safety protocols must be in place before outreach)." : ".");
        return new(met, evidence);
    }

    internal static PracticeCheck? ClearMessaging(CoalitionProfile coalition, CoalitionOperations operations)
    {
        var started = operations.Campaigns.Where(c => c.Start <= operations.RecordedOn).ToList();
        if (started.Count == 0)
        {
            return null;
        }

        var cited = started.Count(c => !c.DataSources.IsEmpty);
        return new(cited == started.Count, $"Recorded: {cited} of {started.Count} campaigns cite their data sources.");
    }

    internal static PracticeCheck? CommunityEvent(CoalitionProfile coalition, CoalitionOperations operations)
    {
        var started = operations.Campaigns.Where(c => c.Start <= operations.RecordedOn).ToList();
        if (started.Count == 0)
        {
            return null;
        }

        var events = started.Where(c => (c.Channels & CampaignChannels.CommunityEvent) != 0).ToList();
        return events.Count > 0
            ? new(true, FormattableString.Invariant($"Recorded: {events.Count} community event(s), the latest starting {events.Max(e => e.Start):uuuu-MM-dd}."))
            : new(false, $"Recorded: none of {started.Count} campaigns is a community event.");
    }

    internal static PracticeCheck? Protocol(CoalitionProfile coalition, CoalitionOperations operations)
    {
        if (operations.Protocol is not { } protocol)
        {
            return null;
        }

        var findings = ProtocolCheck.Check(protocol, coalition, operations.IdentificationPoints, operations.Agreements, operations.RecordedOn);
        var listed = operations.IdentificationPoints.Length;
        var covered = operations.IdentificationPoints.Count(p => protocol.For(p) is not null);
        var serious = findings.Count(f => f.Code is OperationsFindingCodes.ProtocolMissing or OperationsFindingCodes.LawEnforcementWithoutConsent or OperationsFindingCodes.ChildProtectionMissing);
        return new(serious == 0, $"Recorded: the protocol covers {covered} of {listed} listed identification points; {findings.Length} finding(s), {serious} of them about missing points, consent or child protection.");
    }

    internal static PracticeCheck? HotelMotel(CoalitionProfile coalition, CoalitionOperations operations)
    {
        var programme = TrainingProgrammes.HotelMotel;
        if (!operations.TrainingRecords.Any(r => r.Programme == programme) && !operations.TargetVenues.Any(v => v.Programme == programme))
        {
            return null;
        }

        var coverage = ProgrammeCoverage.Compute(programme, operations.TargetVenues, operations.TrainingRecords, operations.RecordedOn, operations.TrainingPolicy);
        var trained = operations.TrainingRecords.Any(r => r.Programme == programme && r.Date <= operations.RecordedOn && r.Trained > 0);
        var venues = coverage.Venues.IsEmpty
            ? "no hotel list recorded"
            : string.Create(CultureInfo.InvariantCulture, $"{coverage.VenuesEverTrained} of {coverage.Venues.Length} listed hotels and motels trained, {Math.Round(coverage.StaffShare * 100)}% of their staff trained and still there");
        return new(trained, $"Recorded: {venues}.");
    }
}
