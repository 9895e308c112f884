using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>One target venue's training today.</summary>
/// <param name="Venue">The venue's name.</param>
/// <param name="StaffSize">Its staff.</param>
/// <param name="LastTrained">The day of its latest training up to today, or <see langword="null"/> when never trained.</param>
/// <param name="StaffShare">The share of its staff trained and still there (the decay model of <see cref="TrainingPolicy"/>).</param>
/// <param name="RefreshDue">When the latest training should be refreshed, or <see langword="null"/> when never trained.</param>
public sealed record VenueCoverage(string Venue, int StaffSize, LocalDate? LastTrained, double StaffShare, LocalDate? RefreshDue)
{
    /// <summary>Gets the venue's name.</summary>
    public string Venue { get; } = Preconditions.BoundedText(Venue, Limits.Name, nameof(Venue));

    /// <summary>Gets the share of staff trained and still there.</summary>
    public double StaffShare { get; } = StaffShare is >= 0 and <= 1 ? StaffShare : throw new ArgumentOutOfRangeException(nameof(StaffShare), StaffShare, "A share must be between 0 and 1.");
}
