using Coalition.Domain.Internal;

namespace Coalition.Domain.Operations;

/// <summary>A venue a programme aims to train, such as a hotel in the coalition's area, with its staff size; from a venue list the caller supplies.</summary>
/// <param name="Name">The venue's name, matching <see cref="TrainingRecord.Organization"/>.</param>
/// <param name="Programme">The programme that targets it.</param>
/// <param name="StaffSize">Its staff: at least 1.</param>
public sealed record TargetVenue(string Name, TrainingProgramme Programme, int StaffSize)
{
    /// <summary>Gets the venue's name.</summary>
    public string Name { get; } = Preconditions.BoundedText(Name, Limits.Name, nameof(Name));

    /// <summary>Gets the programme.</summary>
    public TrainingProgramme Programme { get; } = Preconditions.NotNull(Programme, nameof(Programme));

    /// <summary>Gets its staff size.</summary>
    public int StaffSize { get; } = StaffSize >= 1 ? StaffSize : throw new ArgumentOutOfRangeException(nameof(StaffSize), StaffSize, "The staff size must be at least 1.");
}
