using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// An agreement (memorandum of understanding) between coalition members (seed 003): its parties, the protocol steps and
/// needs it covers, whether it allows data sharing and under what consent, and its dates. Value-equal; organisational data only.
/// </summary>
public sealed record Agreement
{
    private readonly ImmutableArray<string> steps = [];
    private readonly ImmutableArray<ServiceNeed> needs = [];
    private readonly LocalDate? end;
    private readonly LocalDate? reviewBy;

    /// <summary>Creates an agreement.</summary>
    /// <param name="id">A stable id: 1 to 100 characters without white space.</param>
    /// <param name="parties">The member organisations that signed it (at least two, distinct), as <c>CoalitionMember.Organization</c> names.</param>
    /// <param name="start">The day it takes effect (ISO calendar).</param>
    /// <param name="dataSharing">Whether and how it lets the parties share survivor information.</param>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed, fewer than two distinct parties are named, or a date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dataSharing"/> is not defined.</exception>
    public Agreement(string id, ImmutableArray<string> parties, LocalDate start, AgreementDataSharing dataSharing)
    {
        DataSharing = Preconditions.Defined(dataSharing, nameof(dataSharing));
        Referrals.Network.Identifiers.Validate(id, nameof(id));
        Id = id;
        var list = Preconditions.Elements(parties, Limits.Items, nameof(parties)).Select(p => Preconditions.BoundedText(p, Limits.Name, nameof(parties))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        Parties = list.Length >= 2 ? list : throw new ArgumentException($"An agreement needs at least two distinct parties; {list.Length} given.", nameof(parties));
        Start = Iso(start, nameof(start));
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the parties, ordered.</summary>
    public ImmutableArray<string> Parties { get; }

    /// <summary>Gets the day it takes effect.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day it is in force, or <see langword="null"/> when open-ended.</summary>
    /// <exception cref="ArgumentException">The date is not ISO or is before <see cref="Start"/>.</exception>
    public LocalDate? End
    {
        get => end;
        init => end = value is { } v ? (Iso(v, nameof(End)) >= Start ? v : throw new ArgumentException($"The end {v:uuuu-MM-dd} is before the start {Start:uuuu-MM-dd}.", nameof(End))) : null;
    }

    /// <summary>Gets the day by which the parties review it, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The date is not ISO.</exception>
    public LocalDate? ReviewBy
    {
        get => reviewBy;
        init => reviewBy = value is { } v ? Iso(v, nameof(ReviewBy)) : null;
    }

    /// <summary>Gets whether and how the parties may share survivor information.</summary>
    public AgreementDataSharing DataSharing { get; }

    /// <summary>Gets the protocol steps it covers, as <c>point/action</c> keys (<see cref="PointProtocol.KeyOf"/>), or <c>*/action</c> for the action at every point; sorted, distinct.</summary>
    /// <exception cref="ArgumentException">A key is null, blank or longer than 200 characters.</exception>
    public ImmutableArray<string> Steps
    {
        get => steps;
        init => steps = [.. Preconditions.Elements(value, Limits.Items, nameof(Steps)).Select(k => Preconditions.BoundedText(k, Limits.Name, nameof(Steps))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the needs it covers (for referrals between the parties), ordered by code, distinct.</summary>
    /// <exception cref="ArgumentException">A need is null.</exception>
    public ImmutableArray<ServiceNeed> Needs
    {
        get => needs;
        init => needs = [.. Preconditions.Elements(value, Limits.Items, nameof(Needs)).Distinct().OrderBy(n => n.Code, StringComparer.Ordinal)];
    }

    /// <summary>Returns whether the agreement is in force on a day: on or after its start and not after its end.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool IsInForce(LocalDate date) => date >= Start && (End is not { } last || date <= last);

    /// <summary>Returns whether the agreement covers a protocol step: its key, <c>*/action</c>, or for a match-and-refer step any need.</summary>
    /// <param name="point">The step's protocol.</param>
    /// <param name="step">The step.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool Covers(PointProtocol point, ProtocolStep step)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(step);
        return Steps.Contains(point.KeyOf(step), StringComparer.Ordinal) || Steps.Contains("*/" + step.Action.Code, StringComparer.Ordinal) ||
            (step.Action == ProtocolActions.MatchAndRefer && !Needs.IsEmpty);
    }

    /// <inheritdoc />
    public bool Equals(Agreement? other) =>
        other is not null && Id == other.Id && Equality.Sequence(Parties, other.Parties) && Start == other.Start && End == other.End &&
        ReviewBy == other.ReviewBy && DataSharing == other.DataSharing && Equality.Sequence(Steps, other.Steps) && Equality.Sequence(Needs, other.Needs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Equality.SequenceHash(Parties), Start, End, ReviewBy, DataSharing);

    /// <summary>Returns the id and parties.</summary>
    /// <returns>For example <c>mou-shelter-clinic (Harbor House, Eastside Clinic)</c>.</returns>
    public override string ToString() => $"{Id} ({string.Join(", ", Parties)})";

    private static LocalDate Iso(LocalDate date, string paramName) =>
        date.Calendar == CalendarSystem.Iso ? date : throw new ArgumentException($"The date must be in the ISO calendar, not {date.Calendar.Id}.", paramName);
}
