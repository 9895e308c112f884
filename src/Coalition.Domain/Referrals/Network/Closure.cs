using NodaTime;

namespace Coalition.Domain.Referrals.Network;

/// <summary>Days on which an offering is closed regardless of its weekly hours, such as holidays; both dates inclusive.</summary>
public sealed record Closure
{
    /// <summary>Creates a closure.</summary>
    /// <param name="start">The first closed day.</param>
    /// <param name="end">The last closed day, not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Closure(LocalDate start, LocalDate end)
    {
        if (start.Calendar != CalendarSystem.Iso || end.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Closure dates must be in the ISO calendar.", nameof(start));
        }

        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "A closure cannot end before it starts.");
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first closed day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last closed day.</summary>
    public LocalDate End { get; }

    /// <summary>Returns whether <paramref name="date"/> is closed.</summary>
    /// <param name="date">A local date in the schedule's zone.</param>
    /// <returns><see langword="true"/> within the closure.</returns>
    public bool Covers(LocalDate date) => date >= Start && date <= End;

    /// <summary>Returns the closure as <c>start/end</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => FormattableString.Invariant($"{Start:uuuu-MM-dd}/{End:uuuu-MM-dd}");
}
