using NodaTime;

namespace Coalition.Domain.Referrals.Network;

/// <summary>An offering's capacity: places available and in all, a status, and when it was last updated (HSDS <c>service_capacity</c>).</summary>
public sealed record Capacity
{
    /// <summary>Creates a capacity report.</summary>
    /// <param name="status">The status.</param>
    /// <param name="available">Places available now, if counted.</param>
    /// <param name="maximum">Places in all, if counted; not less than <paramref name="available"/>.</param>
    /// <param name="updated">When the report was made, if known.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="available"/> exceeds <paramref name="maximum"/>, or the status is undefined.</exception>
    public Capacity(CapacityStatus status, int? available = null, int? maximum = null, Instant? updated = null)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown capacity status.");
        }

        if (available < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(available), available, "Available places cannot be negative.");
        }

        if (maximum < 0 || (maximum is not null && available > maximum))
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, "The maximum cannot be negative or below the places available.");
        }

        Status = status;
        Available = available;
        Maximum = maximum;
        Updated = updated;
    }

    /// <summary>Gets a capacity that was never reported.</summary>
    public static Capacity Unknown { get; } = new(CapacityStatus.Unknown);

    /// <summary>Gets the status.</summary>
    public CapacityStatus Status { get; }

    /// <summary>Gets the places available now, if counted.</summary>
    public int? Available { get; }

    /// <summary>Gets the places in all, if counted.</summary>
    public int? Maximum { get; }

    /// <summary>Gets when the report was made, if known.</summary>
    public Instant? Updated { get; }

    /// <summary>Gets the share of places free, from 0 to 1, when both counts are known and the maximum is positive.</summary>
    public double? FreeShare => Available is { } a && Maximum is > 0 and { } m ? (double)a / m : null;
}
