using System.Collections.Immutable;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// One training session as a de-identified aggregate: where, which programme and modules, when, how many were trained and
/// how many staff the organisation or venue has. Never a trainee's name. Value-equal.
/// </summary>
public sealed record TrainingRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="organization">The organisation or venue trained, such as a member or a hotel (at most 200 characters).</param>
    /// <param name="programme">The programme.</param>
    /// <param name="date">The day of the training (ISO calendar).</param>
    /// <param name="trained">How many people were trained: 0 to <paramref name="staffSize"/>.</param>
    /// <param name="staffSize">How many staff the organisation or venue has: at least 1.</param>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The organisation is blank or too long, or the date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public TrainingRecord(string organization, TrainingProgramme programme, LocalDate date, int trained, int staffSize)
    {
        Organization = Preconditions.BoundedText(organization, Limits.Name, nameof(organization));
        Programme = Preconditions.NotNull(programme, nameof(programme));
        Date = date.Calendar == CalendarSystem.Iso ? date : throw new ArgumentException($"The date must be in the ISO calendar, not {date.Calendar.Id}.", nameof(date));
        StaffSize = staffSize >= 1 ? staffSize : throw new ArgumentOutOfRangeException(nameof(staffSize), staffSize, "The staff size must be at least 1.");
        Trained = trained >= 0 && trained <= staffSize ? trained : throw new ArgumentOutOfRangeException(nameof(trained), trained, $"The number trained must be between 0 and the staff size, {staffSize}.");
        Modules = programme.Modules;
    }

    /// <summary>Gets the organisation or venue.</summary>
    public string Organization { get; }

    /// <summary>Gets the programme.</summary>
    public TrainingProgramme Programme { get; }

    /// <summary>Gets the day of the training.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets how many were trained.</summary>
    public int Trained { get; }

    /// <summary>Gets the staff size at the time.</summary>
    public int StaffSize { get; }

    /// <summary>Gets the modules taught, in the programme's order; every module unless set (a default array means every module).</summary>
    /// <exception cref="ArgumentException">A module is not one of the programme's, or none is given.</exception>
    public ImmutableArray<string> Modules
    {
        get;
        init
        {
            if (value.IsDefault)
            {
                field = Programme.Modules;
                return;
            }

            var list = value;
            if (list.IsEmpty || list.Any(m => !Programme.Modules.Contains(m, StringComparer.Ordinal)))
            {
                throw new ArgumentException($"The modules must be some of the programme's: {string.Join(", ", Programme.Modules)}.", nameof(Modules));
            }

            field = [.. Programme.Modules.Where(m => list.Contains(m, StringComparer.Ordinal))];
        }
    }

    /// <summary>Gets the share of staff trained on the day: <see cref="Trained"/> ÷ <see cref="StaffSize"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double ShareTrained => (double)Trained / StaffSize;

    /// <inheritdoc />
    public bool Equals(TrainingRecord? other) =>
        other is not null && Organization == other.Organization && Programme == other.Programme && Date == other.Date && Trained == other.Trained &&
        StaffSize == other.StaffSize && Equality.Sequence(Modules, other.Modules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Organization, Programme, Date, Trained, StaffSize);

    /// <summary>Returns a summary without names.</summary>
    /// <returns>For example <c>hotel-motel at Example Inn on 2026-05-01: 12 of 20</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{Programme.Code} at {Organization} on {Date:uuuu-MM-dd}: {Trained} of {StaffSize}");
}
