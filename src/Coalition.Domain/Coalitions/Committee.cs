using System.Collections.Immutable;
using Coalition.Domain.FourP;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Coalitions;

/// <summary>A committee or sub-group, such as one per P (the Houston task force in seed 003).</summary>
/// <param name="Name">The committee's name.</param>
/// <param name="Focus">The pillars it focuses on.</param>
/// <param name="HasGoals">Whether it has written goals (seed 002: "develop committees &amp; goals").</param>
public sealed record Committee(string Name, ImmutableArray<Pillar> Focus, bool HasGoals)
{
    /// <summary>Gets the committee's name.</summary>
    public string Name { get; } = Preconditions.BoundedText(Name, Limits.Name, nameof(Name));

    /// <summary>Gets the seed 002 focus areas the committee takes on (legislation, education, victim services support, the Hotel-Motel project), beside its pillars; <see cref="Coalitions.FocusAreas.None"/> unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has undefined bits.</exception>
    public FocusAreas FocusAreas { get; init => field = (value & ~(FocusAreas)15) == 0 ? value : throw new ArgumentOutOfRangeException(nameof(FocusAreas), value, "Unknown focus areas."); }

    /// <summary>Gets the pillars it focuses on.</summary>
    public ImmutableArray<Pillar> Focus { get; } = [.. Preconditions.Elements(Focus, Limits.Items, nameof(Focus)).Distinct()];

    /// <inheritdoc />
    public bool Equals(Committee? other) => other is not null && Name == other.Name && HasGoals == other.HasGoals && Equality.Sequence(Focus, other.Focus) && FocusAreas == other.FocusAreas;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, HasGoals, Equality.SequenceHash(Focus));
}
