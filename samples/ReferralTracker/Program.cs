// ReferralTracker: follows fictional referrals of one fictional client from consent to closing the loop. It shows a
// release of information given per recipient, referrals sent only under a valid release, a self-referral for an immediate
// need (nothing shared), a rejection and its re-route, an acceptance, an overdue follow-up, a completion with its outcome,
// a revocation that cancels the open referrals relying on it, and the metrics table. All data is invented.
//
//   dotnet run --project samples/ReferralTracker
//   dotnet run --project samples/ReferralTracker -- --write-log log.json        (also write the story's releases and referrals)
//   dotnet run --project samples/ReferralTracker -- --log log.json --at 2026-12-01T09:00:00Z
//     (replay a log: every referral's history is checked move by move against its release; then follow-ups and metrics)
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

try
{
    string? logPath = null, writePath = null;
    Instant? at = null;
    for (var i = 0; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new TrackerException($"{args[i]} needs a value");
        switch (args[i])
        {
            case "--log":
                logPath = Value();
                break;
            case "--write-log":
                writePath = Value();
                break;
            case "--at":
                var text = Value();
                var parsed = InstantPattern.ExtendedIso.Parse(text);
                at = parsed.Success ? parsed.Value : throw new TrackerException($"--at '{text}' is not an ISO instant such as 2026-12-01T09:00:00Z");
                break;
            default:
                throw new TrackerException($"unknown option {args[i]}; options: --log FILE, --write-log FILE, --at INSTANT");
        }
    }

    if (logPath is not null)
    {
        var (releases, referrals) = ReadLog(logPath);
        var asOf = at ?? referrals.SelectMany(r => r.History).Select(e => e.At).DefaultIfEmpty(Instant.FromUtc(2026, 11, 23, 15, 0)).Max();
        var replayed = referrals.Select(r => Replay(r, releases)).ToList();
        Console.WriteLine($"Replayed {replayed.Count} referrals ({replayed.Sum(r => r.History.Length)} moves) against {releases.Count} releases: every move allowed, every sending under a valid release.");
        PrintFollowUps(replayed, asOf);
        PrintMetrics(replayed);
        return 0;
    }

    var (storyReleases, storyReferrals) = Story(at ?? Instant.FromUtc(2026, 11, 23, 15, 0));
    if (writePath is not null)
    {
        using var file = File.Create(writePath);
        using var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WritePropertyName("releases");
        JsonSerializer.Serialize(writer, storyReleases, CoalitionJsonContext.Default.ImmutableArrayConsentRelease);
        writer.WritePropertyName("referrals");
        JsonSerializer.Serialize(writer, storyReferrals, CoalitionJsonContext.Default.ImmutableArrayReferral);
        writer.WriteEndObject();
        Console.WriteLine($"Wrote the log to {writePath}.");
    }

    return 0;
}
catch (TrackerException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}

static (ImmutableArray<ConsentRelease> Releases, ImmutableArray<Referral> Referrals) Story(Instant start)
{
    var network = LoadEmbedded("Data.riverbend-network.json", CoalitionJsonContext.Default.ReferralNetwork);
    var client = LoadEmbedded("Data.client.json", CoalitionJsonContext.Default.ClientProfile);
    const string clientKey = "riverbend-case-0042"; // The coalition's opaque key: never derived from a name or birth date.
    var matcher = ReferralMatcher.Compile(network);
    var match = matcher.Match(client, start);
    var releases = new List<ConsentRelease>();
    var referrals = new Dictionary<string, Referral>();
    void Say(Instant when, string text) => Console.WriteLine($"{InstantPattern.General.Format(when)}  {text}");

    Console.WriteLine($"Riverbend County coalition (fictional). Client {clientKey}: {client.Needs.Length} needs.");
    Console.WriteLine();

    // The immediate need: the client calls the provider herself, with the advocate on the line. Nothing is shared.
    var safety = match.Needs.First(n => n.Urgency == NeedUrgency.Immediate);
    var safetyProvider = safety.Candidates[0];
    var self = Referral.SelfReferral("ref-safety", clientKey, safety.Need, safety.Urgency, safetyProvider.ProviderId, safetyProvider.OfferingId, "advocate", start);
    referrals[self.Id] = self;
    Say(start, $"Self-referral for {safety.Need.Code} to {safetyProvider.ProviderName}: the client calls; nothing is shared, no release needed.");

    // Consent given: one release per recipient, for the needs it serves, for 30 days.
    Referral SendWithConsent(string id, NeedMatch need, MatchCandidate candidate, Instant when)
    {
        var draft = Referral.Draft(id, clientKey, need, candidate, "case-manager", when);
        var refused = draft.Send(null, ReleaseScope.ContactDetails | ReleaseScope.Needs, when);
        if (!refused.IsSent && releases.Count == 0)
        {
            Say(when, $"Not sent to {candidate.ProviderName} without a release: {refused.Consent.Explanation}.");
        }

        var release = ConsentRelease.Create($"rel-{releases.Count + 1}", clientKey, candidate.ProviderId, ReleaseScope.ContactDetails | ReleaseScope.Needs, [need.Need],
            when, when + Duration.FromDays(30), ConsentMethod.ElectronicSignature, ReleaseClientStatus.Adult, [ConsentingParty.Client]);
        releases.Add(release);
        Say(when, $"Consent given: {release} for {need.Need.Code}.");
        if (!candidate.Notices.IsEmpty)
        {
            Say(when, $"  Explained first: {string.Join("; ", candidate.Notices.Select(n => n.ToString()))}");
        }

        var sent = draft.Send(release, ReleaseScope.ContactDetails | ReleaseScope.Needs, when);
        Say(when, $"Referral {id} ({need.Need.Code}) sent to {candidate.ProviderName} ({sent.Referral.Status}).");
        return sent.Referral;
    }

    var routine = match.Needs.Where(n => n.Urgency == NeedUrgency.Routine && !n.Candidates.IsEmpty).ToList();
    var rerouted = routine.First(n => n.Candidates.Length >= 2);
    var completed = routine.First(n => n != rerouted);
    var withdrawn = routine.Last(n => n != rerouted && n != completed);
    referrals["ref-1"] = SendWithConsent("ref-1", rerouted, rerouted.Candidates[0], start + Duration.FromMinutes(10));
    referrals["ref-2"] = SendWithConsent("ref-2", completed, completed.Candidates[0], start + Duration.FromMinutes(15));
    referrals["ref-3"] = SendWithConsent("ref-3", withdrawn, withdrawn.Candidates[0], start + Duration.FromMinutes(20));

    // A rejection and its re-route.
    var rejectedAt = start + Duration.FromHours(3);
    referrals["ref-1"] = referrals["ref-1"].Reject(rejectedAt, ReferralReason.NoCapacity);
    Say(rejectedAt, $"{rerouted.Candidates[0].ProviderName} rejected ref-1 ({rerouted.Need.Code}): no capacity.");
    var next = Reroute.Next(rerouted, clientKey, referrals.Values);
    Say(rejectedAt, $"Re-route: {next.Explanation}");
    if (next.Next is { } alternative)
    {
        referrals["ref-1b"] = SendWithConsent("ref-1b", rerouted, alternative, rejectedAt + Duration.FromMinutes(5));
    }

    // Acceptances and first contact.
    referrals["ref-2"] = referrals["ref-2"].Accept(start + Duration.FromHours(5));
    Say(start + Duration.FromHours(5), $"ref-2 ({completed.Need.Code}) accepted.");
    referrals["ref-safety"] = referrals["ref-safety"].Accept(start + Duration.FromHours(1)).Start(start + Duration.FromHours(2));
    referrals["ref-2"] = referrals["ref-2"].Start(start + Duration.FromDays(1));
    referrals["ref-3"] = referrals["ref-3"].Accept(start + Duration.FromDays(1));

    // An overdue follow-up.
    var check = start + Duration.FromDays(4);
    Console.WriteLine();
    PrintFollowUps(referrals.Values, check);

    // A completion with its outcome.
    var done = start + Duration.FromDays(6);
    referrals["ref-2"] = referrals["ref-2"].Complete(done, ReferralOutcome.NeedMet);
    referrals["ref-safety"] = referrals["ref-safety"].Complete(done, ReferralOutcome.PartlyMet, ReferralReason.WaitingForClient);
    Say(done, "ref-2 completed: need met. ref-safety completed: partly met.");

    // A revocation: the client withdraws consent to share with the case-management provider; its open referral is cancelled.
    var revokedAt = start + Duration.FromDays(7);
    var caseRelease = releases.First(r => r.Id == referrals["ref-3"].ReleaseId);
    var revoked = caseRelease.Revoke(revokedAt, ActorRole.Referrer, RevocationMethod.Verbal);
    releases[releases.IndexOf(caseRelease)] = revoked;
    var after = Referral.CancelForRevocation(referrals.Values, revoked);
    foreach (var referral in after)
    {
        referrals[referral.Id] = referral;
    }

    Say(revokedAt, $"Release {revoked.Id} revoked (verbal, recorded by the referrer): ref-3 ({withdrawn.Need.Code}) is {referrals["ref-3"].Status} ({referrals["ref-3"].History[^1].Reason}).");
    Console.WriteLine();
    PrintMetrics(referrals.Values);
    return ([.. releases], [.. referrals.Values.OrderBy(r => r.Id, StringComparer.Ordinal)]);
}

static void PrintFollowUps(IEnumerable<Referral> referrals, Instant at)
{
    var due = FollowUp.Due(referrals, at);
    Console.WriteLine($"Follow-ups due at {InstantPattern.General.Format(at)}: {(due.IsEmpty ? "none" : due.Length.ToString(CultureInfo.InvariantCulture))}");
    foreach (var item in due)
    {
        Console.WriteLine($"  {item.ReferralId}: {item.Explanation} (overdue by {item.OverdueBy.TotalHours:0} hours)");
    }

    Console.WriteLine();
}

static void PrintMetrics(IEnumerable<Referral> referrals)
{
    Console.WriteLine($"{"Provider",-32} {"Need",-34} {"Sent",4} {"Acc.",4} {"Rej.",4} {"Rate",5} {"Median to accept",17} {"Met",5}  Rejections");
    foreach (var row in ReferralMetrics.Compute(referrals).Rows)
    {
        static string Rate(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "-";
        Console.WriteLine($"{row.ProviderId,-32} {row.Need.Code,-34} {row.Sent,4} {row.Accepted,4} {row.Rejected,4} {Rate(row.AcceptanceRate),5} {(row.MedianTimeToAcceptance is { } m ? $"{m.TotalHours:0.#} h" : "-"),17} {Rate(row.ShareMet),5}  {string.Join(", ", row.RejectionReasons.Select(r => $"{r.Reason} x{r.Count}"))}");
    }
}

static Referral Replay(Referral recorded, IReadOnlyDictionary<string, ConsentRelease> releases)
{
    try
    {
        var skip = recorded.IsSelfReferral ? 1 : 0;
        var draft = new Referral(recorded.Id, recorded.ClientKey, recorded.Need, recorded.Urgency, recorded.ProviderId, recorded.OfferingId, recorded.ReferrerRole, recorded.CreatedAt,
            recorded.IsSelfReferral, [.. recorded.History.Take(skip)]) { MatchReasons = recorded.MatchReasons, DutyNotices = recorded.DutyNotices };
        return Referral.Replay(draft, recorded.History.Skip(skip), releases);
    }
    catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
    {
        throw new TrackerException($"referral {recorded.Id}: {ex.Message}");
    }
}

static (Dictionary<string, ConsentRelease> Releases, ImmutableArray<Referral> Referrals) ReadLog(string path)
{
    try
    {
        var bytes = File.ReadAllBytes(path);
        using var document = JsonDocument.Parse(bytes);
        if (!document.RootElement.TryGetProperty("releases", out var releases) || !document.RootElement.TryGetProperty("referrals", out var referrals))
        {
            throw new TrackerException($"{path}: expected an object with \"releases\" and \"referrals\"");
        }

        var releaseList = CoalitionJson.Deserialize(releases.GetRawText(), CoalitionJsonContext.Default.ImmutableArrayConsentRelease);
        var referralList = CoalitionJson.Deserialize(referrals.GetRawText(), CoalitionJsonContext.Default.ImmutableArrayReferral);
        return (releaseList.ToDictionary(r => r.Id, StringComparer.Ordinal), referralList);
    }
    catch (JsonException ex)
    {
        throw new TrackerException($"{path}: {ex.Message}");
    }
    catch (IOException ex)
    {
        throw new TrackerException($"{path}: {ex.Message}");
    }
    catch (ArgumentException ex)
    {
        throw new TrackerException($"{path}: {ex.Message}");
    }
}

static T LoadEmbedded<T>(string resource, JsonTypeInfo<T> type)
{
    using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
        ?? throw new TrackerException($"embedded resource {resource} is missing");
    return JsonSerializer.Deserialize(stream, type) ?? throw new TrackerException($"{resource} holds null");
}

/// <summary>A user-facing error: printed without a stack trace.</summary>
internal sealed class TrackerException(string message) : Exception(message);
