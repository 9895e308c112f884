using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Operations;
using Coalition.Domain.Protections;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Screening;
using Coalition.Domain.Typology;
using NodaTime;

namespace Coalition.Domain.Reporting;

/// <summary>
/// One case as a coalition reports it, aligned with IOM's Human Trafficking Case Data Standard (HTCDS) and holding no
/// identity: an opaque key, an age band, gender, citizenship, forms of exploitation, methods of control, where the survivor
/// was identified, the case status, the area, the quarter of identification, and needs and referral counts.
/// </summary>
/// <remarks>
/// <b>Record-level data stays inside the organisation that holds it.</b> Under VAWA's confidentiality provisions (34 U.S.C.
/// 12291(b)(2)) grantees may share only de-identified aggregate information; the library therefore offers no export of case
/// records to a third party, only <see cref="AggregateReporter"/> releases with minimum cell sizes and suppression. The key is
/// the caller's, opaque; never use a name, a case number known outside the organisation, or anything derived from them.
/// </remarks>
public sealed record CaseRecord
{
    private readonly ImmutableArray<ExploitationType> exploitation = [];
    private readonly ImmutableArray<HtcdsMethodOfControl> methods = [];
    private readonly ImmutableArray<ServiceNeed> needs = [];
    private readonly ImmutableArray<ReferralTally> referrals = [];
    private readonly string? area;

    /// <summary>Creates a record.</summary>
    /// <param name="caseKey">An opaque key from the caller: 1 to 100 characters without white space.</param>
    /// <param name="quarter">The quarter the survivor was identified in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="caseKey"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is malformed.</exception>
    public CaseRecord(string caseKey, YearQuarter quarter)
    {
        CaseKey = Identifiers.Valid(caseKey, nameof(caseKey));
        Quarter = quarter.Year == 0 ? throw new ArgumentException("The quarter is not set.", nameof(quarter)) : quarter;
    }

    /// <summary>Gets the opaque case key.</summary>
    public string CaseKey { get; }

    /// <summary>Gets the quarter of identification.</summary>
    public YearQuarter Quarter { get; }

    /// <summary>Gets the age band; <see cref="AgeBand.Unknown"/> unless set.</summary>
    public AgeBand AgeBand { get; init => field = Preconditions.Defined(value, nameof(AgeBand)); } = AgeBand.Unknown;

    /// <summary>Gets the gender; <see cref="ReportGender.Unknown"/> unless set.</summary>
    public ReportGender Gender { get; init => field = Preconditions.Defined(value, nameof(Gender)); } = ReportGender.Unknown;

    /// <summary>Gets the citizenship category; <see cref="NationalityStatus.Unknown"/> unless set.</summary>
    public NationalityStatus Citizenship { get; init => field = Preconditions.Defined(value, nameof(Citizenship)); } = NationalityStatus.Unknown;

    /// <summary>Gets the forms of exploitation, distinct, in enum order.</summary>
    public ImmutableArray<ExploitationType> ExploitationTypes
    {
        get => exploitation;
        init => exploitation = [.. (value.IsDefault ? [] : value).Select(t => Preconditions.Defined(t, nameof(ExploitationTypes))).Distinct().Order()];
    }

    /// <summary>Gets the HTCDS methods of control, distinct, in enum order.</summary>
    public ImmutableArray<HtcdsMethodOfControl> MethodsOfControl
    {
        get => methods;
        init => methods = [.. (value.IsDefault ? [] : value).Select(m => Preconditions.Defined(m, nameof(MethodsOfControl))).Distinct().Order()];
    }

    /// <summary>Gets where the survivor was first identified, or <see langword="null"/> when not recorded.</summary>
    public IdentificationPoint? IdentificationPoint { get; init; }

    /// <summary>Gets the HTCDS case status; <see cref="HtcdsTraffickingStatus.Possible"/> unless set.</summary>
    public HtcdsTraffickingStatus Status { get; init => field = Preconditions.Defined(value, nameof(Status)); } = HtcdsTraffickingStatus.Possible;

    /// <summary>Gets the area code, or <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentException">The code is malformed, or is <c>total</c> (a release's word for a margin).</exception>
    public string? Area
    {
        get => area;
        init => area = value is null ? null : Reserved(Identifiers.Valid(value, nameof(Area)), nameof(Area));
    }

    /// <summary>Gets the needs, distinct, ordered by code.</summary>
    public ImmutableArray<ServiceNeed> Needs
    {
        get => needs;
        init => needs = [.. Preconditions.Elements(value, Limits.Items, nameof(Needs)).Distinct().OrderBy(n => n.Code, StringComparer.Ordinal)];
    }

    /// <summary>Gets the referral counts per need, ordered by need code; one tally per need.</summary>
    /// <exception cref="ArgumentException">A tally is null or a need repeats.</exception>
    public ImmutableArray<ReferralTally> Referrals
    {
        get => referrals;
        init
        {
            var list = Preconditions.Elements(value, Limits.Items, nameof(Referrals));
            if (list.GroupBy(t => t.Need).Any(g => g.Count() > 1))
            {
                throw new ArgumentException("A need has more than one referral tally.", nameof(Referrals));
            }

            referrals = [.. list.OrderBy(t => t.Need.Code, StringComparer.Ordinal)];
        }
    }

    /// <summary>
    /// Builds a record from the library's own objects, keeping only what the record holds: the age becomes a band, the
    /// identification date a quarter; languages, circumstances, consent, exclusions and every free text are dropped.
    /// </summary>
    /// <param name="caseKey">An opaque key from the caller.</param>
    /// <param name="client">The client profile (needs, age, gender, area, populations).</param>
    /// <param name="identifiedOn">The day the survivor was identified; only its quarter is kept.</param>
    /// <param name="referrals">The client's referrals (from the lifecycle); only counts per need are kept.</param>
    /// <param name="facts">Immigration facts, for citizenship, or <see langword="null"/> (then a known foreign national is kept as such, else unknown).</param>
    /// <returns>The record; set exploitation types, methods of control, the identification point and the status with an initializer.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static CaseRecord From(string caseKey, ClientProfile client, LocalDate identifiedOn, IEnumerable<Referral> referrals, ImmigrationFacts? facts = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(referrals);
        var list = referrals.Select((r, i) => r ?? throw new ArgumentNullException(nameof(referrals), $"The referral at index {i} is null.")).ToList();
        var citizenship = facts?.Nationality is { } known && known != NationalityStatus.Unknown
            ? known
            : (client.Populations & Populations.ForeignNational) != 0 ? NationalityStatus.ForeignNational : NationalityStatus.Unknown;
        return new CaseRecord(caseKey, YearQuarter.Of(identifiedOn))
        {
            AgeBand = AgeBands.Of(client.AgeYears),
            Gender = client.Gender switch
            {
                Genders.Female => ReportGender.Female,
                Genders.Male => ReportGender.Male,
                Genders.NonBinary => ReportGender.NonBinary,
                _ => ReportGender.Unknown,
            },
            Citizenship = citizenship,
            Area = client.Area,
            Needs = [.. client.Needs.Select(n => n.Need)],
            Referrals = [.. list.GroupBy(r => r.Need).Select(g => new ReferralTally(
                g.Key,
                g.Count(r => r.SentAt is not null),
                g.Count(r => r.History.Any(e => e.Status == ReferralStatus.Accepted)),
                g.Count(r => r.Status == ReferralStatus.Rejected),
                g.Count(r => r.Outcome == ReferralOutcome.NeedMet)))],
        };
    }

    /// <summary>Rejects the category a release reserves for its margins.</summary>
    internal static string Reserved(string area, string paramName) =>
        area == ReleaseTable.Total ? throw new ArgumentException($"'{ReleaseTable.Total}' is reserved for a release's margins and cannot be an area.", paramName) : area;

    /// <summary>
    /// Builds a record from a client profile, a TVPA assessment and referrals, keeping only what the record holds. The
    /// forms of exploitation are the assessment's offences found met: severe sex trafficking (22 U.S.C. 7102(11)(A)) as
    /// sexual exploitation, severe labour trafficking (7102(11)(B): involuntary servitude, peonage, debt bondage or slavery)
    /// as forced labour. The status is <see cref="HtcdsTraffickingStatus.Not"/> when the recorded facts rule out every
    /// offence and <see cref="HtcdsTraffickingStatus.Possible"/> otherwise; never <see cref="HtcdsTraffickingStatus.Actual"/>,
    /// which needs a competent authority's decision (set it with an initializer). Nothing else of the assessment is kept:
    /// no fact, no date, no explanation.
    /// </summary>
    /// <param name="caseKey">An opaque key from the caller.</param>
    /// <param name="client">The client profile.</param>
    /// <param name="identifiedOn">The day the survivor was identified; only its quarter is kept.</param>
    /// <param name="assessment">The TVPA assessment of the case's facts.</param>
    /// <param name="referrals">The client's referrals; only counts per need are kept.</param>
    /// <param name="facts">Immigration facts, for citizenship, or <see langword="null"/>.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static CaseRecord From(string caseKey, ClientProfile client, LocalDate identifiedOn, Law.Assessment assessment, IEnumerable<Referral> referrals, ImmigrationFacts? facts = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var record = From(caseKey, client, identifiedOn, referrals, facts);
        var met = assessment.Offences.Where(o => o.Verdict == Law.Verdict.Met).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        return record with
        {
            ExploitationTypes = [.. met.Contains(Law.LegalFrameworks.SevereSexTrafficking) ? [ExploitationType.SexualExploitation] : Array.Empty<ExploitationType>(),
                .. met.Contains(Law.LegalFrameworks.SevereLaborTrafficking) ? [ExploitationType.ForcedLabour] : Array.Empty<ExploitationType>()],
            Status = assessment.IsPotentialTrafficking ? HtcdsTraffickingStatus.Possible : HtcdsTraffickingStatus.Not,
        };
    }

    /// <inheritdoc />
    public bool Equals(CaseRecord? other) =>
        other is not null && CaseKey == other.CaseKey && Quarter == other.Quarter && AgeBand == other.AgeBand && Gender == other.Gender &&
        Citizenship == other.Citizenship && Equality.Sequence(ExploitationTypes, other.ExploitationTypes) && Equality.Sequence(MethodsOfControl, other.MethodsOfControl) &&
        IdentificationPoint == other.IdentificationPoint && Status == other.Status && Area == other.Area && Equality.Sequence(Needs, other.Needs) &&
        Equality.Sequence(Referrals, other.Referrals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CaseKey, Quarter, AgeBand, Gender, Citizenship, Area, Equality.SequenceHash(ExploitationTypes));

    /// <summary>Returns a label without the key or any attribute.</summary>
    /// <returns><c>case record</c>.</returns>
    public override string ToString() => "case record";
}
