using System.Collections.Immutable;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>How far a programme reaches its target venues today, accounting for turnover. Computed by <see cref="Compute"/>.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="AsOf">The day judged.</param>
/// <param name="Venues">Each target venue's coverage, ordered by name.</param>
/// <param name="VenuesEverTrained">Target venues trained at least once up to today.</param>
/// <param name="VenuesCurrent">Target venues whose latest training is not yet due for refresh.</param>
/// <param name="StaffShare">The staff-weighted share of target venues' staff trained and still there; 0 with no venues.</param>
public sealed record ProgrammeCoverage(TrainingProgramme Programme, LocalDate AsOf, ImmutableArray<VenueCoverage> Venues, int VenuesEverTrained, int VenuesCurrent, double StaffShare)
{
    /// <summary>Gets how many organisations or venues, listed as targets or not, the programme has trained up to <see cref="AsOf"/>.</summary>
    public int OrganizationsTrained { get; init; }

    /// <summary>Gets the earliest refresh due among every organisation trained (targets or not), or <see langword="null"/>.</summary>
    public LocalDate? OrganizationsRefreshDue { get; init; }

    /// <summary>Gets the programme.</summary>
    public TrainingProgramme Programme { get; } = Preconditions.NotNull(Programme, nameof(Programme));

    /// <summary>Gets each target venue's coverage.</summary>
    public ImmutableArray<VenueCoverage> Venues { get; } = Preconditions.Elements(Venues, Limits.Items, nameof(Venues));

    /// <summary>Gets the share of target venues ever trained; 0 with no venues.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double VenueShare => Venues.IsEmpty ? 0 : (double)VenuesEverTrained / Venues.Length;

    /// <summary>Gets the share of target venues whose training is current; 0 with no venues.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double CurrentVenueShare => Venues.IsEmpty ? 0 : (double)VenuesCurrent / Venues.Length;

    /// <summary>Gets the earliest refresh due among trained venues, or <see langword="null"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public LocalDate? NextRefreshDue => Venues.Where(v => v.RefreshDue is not null).Select(v => v.RefreshDue).Min();

    /// <summary>Computes a programme's coverage of its target venues on a day.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="venues">The target venues (those of other programmes are ignored), each name once.</param>
    /// <param name="records">Training records (those of other programmes, other venues or after <paramref name="today"/> are ignored).</param>
    /// <param name="today">The day to judge.</param>
    /// <param name="policy">Turnover and refresh assumptions; <see langword="null"/> for <see cref="TrainingPolicy.Default"/>.</param>
    /// <returns>The coverage; deterministic and independent of the order of the inputs.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or an element is.</exception>
    /// <exception cref="ArgumentException">A venue is listed twice for the programme.</exception>
    public static ProgrammeCoverage Compute(TrainingProgramme programme, IEnumerable<TargetVenue> venues, IEnumerable<TrainingRecord> records, LocalDate today, TrainingPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(venues);
        ArgumentNullException.ThrowIfNull(records);
        policy ??= TrainingPolicy.Default;
        var byVenue = records.Select((r, i) => r ?? throw new ArgumentNullException(nameof(records), $"The record at index {i} is null."))
            .Where(r => r.Programme == programme && r.Date <= today)
            .ToLookup(r => r.Organization, StringComparer.Ordinal);
        var targets = venues.Select((v, i) => v ?? throw new ArgumentNullException(nameof(venues), $"The venue at index {i} is null."))
            .Where(v => v.Programme == programme)
            .OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
        for (var i = 1; i < targets.Count; i++)
        {
            if (targets[i].Name == targets[i - 1].Name)
            {
                throw new ArgumentException($"The venue '{targets[i].Name}' is listed twice for {programme.Code}.", nameof(venues));
            }
        }

        var refresh = policy.RefreshOf(programme);
        var list = ImmutableArray.CreateBuilder<VenueCoverage>(targets.Count);
        double weighted = 0, staff = 0;
        int ever = 0, current = 0;
        foreach (var venue in targets)
        {
            var sessions = byVenue[venue.Name].OrderBy(s => s.Date).ThenBy(s => s.Trained).ThenBy(s => s.StaffSize).ToList();
            LocalDate? last = sessions.Count == 0 ? null : sessions.Max(s => s.Date);
            var turnover = policy.TurnoverOf(venue.Name);
            var share = Math.Min(1, sessions.Sum(s => s.ShareTrained * TrainingPolicy.Retained(turnover, s.Date, today)));
            LocalDate? due = last?.Plus(refresh);
            ever += last is null ? 0 : 1;
            current += due is { } d && today < d ? 1 : 0;
            weighted += share * venue.StaffSize;
            staff += venue.StaffSize;
            list.Add(new VenueCoverage(venue.Name, venue.StaffSize, last, share, due));
        }

        LocalDate? earliest = byVenue.Count == 0 ? null : byVenue.Min(g => g.Max(r => r.Date).Plus(refresh));
        return new ProgrammeCoverage(programme, today, list.MoveToImmutable(), ever, current, staff == 0 ? 0 : weighted / staff)
        {
            OrganizationsTrained = byVenue.Count,
            OrganizationsRefreshDue = earliest,
        };
    }

    /// <summary>Returns the audiences no training record up to <paramref name="today"/> has reached.</summary>
    /// <param name="records">The training records.</param>
    /// <param name="today">The day to judge.</param>
    /// <returns>The audiences never reached, in enum order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null, or a record is.</exception>
    public static ImmutableArray<Audience> UnreachedAudiences(IEnumerable<TrainingRecord> records, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(records);
        var reached = records.Select((r, i) => r ?? throw new ArgumentNullException(nameof(records), $"The record at index {i} is null."))
            .Where(r => r.Date <= today && r.Trained > 0).Select(r => r.Programme.Audience).ToHashSet();
        return [.. Enum.GetValues<Audience>().Where(a => !reached.Contains(a))];
    }

    /// <inheritdoc />
    public bool Equals(ProgrammeCoverage? other) =>
        other is not null && Programme == other.Programme && AsOf == other.AsOf && Equality.Sequence(Venues, other.Venues) &&
        VenuesEverTrained == other.VenuesEverTrained && VenuesCurrent == other.VenuesCurrent && StaffShare.Equals(other.StaffShare) &&
        OrganizationsTrained == other.OrganizationsTrained && OrganizationsRefreshDue == other.OrganizationsRefreshDue;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Programme, AsOf, Equality.SequenceHash(Venues), VenuesEverTrained, VenuesCurrent, StaffShare);
}
