using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Coalitions;

/// <summary>The coalition's leadership: the leaders' roles (not their names) and how they were chosen.</summary>
/// <param name="Roles">The leaders' roles, such as <c>co-chair (victim services)</c>; empty when there is no designated leader.</param>
/// <param name="Selection">How they were chosen.</param>
public sealed record Leadership(ImmutableArray<string> Roles, LeadershipSelection Selection)
{
    /// <summary>Gets no designated leadership.</summary>
    public static Leadership None { get; } = new([], LeadershipSelection.Unknown);

    /// <summary>Gets the leaders' roles.</summary>
    public ImmutableArray<string> Roles { get; } = Roles.IsDefault
        ? []
        : Roles.Any(string.IsNullOrWhiteSpace) ? throw new ArgumentException("A leader role cannot be blank.", nameof(Roles)) : Roles;

    /// <summary>Gets how the leaders were chosen.</summary>
    public LeadershipSelection Selection { get; } = Enum.IsDefined(Selection) ? Selection : throw new ArgumentOutOfRangeException(nameof(Selection), Selection, "Unknown selection.");

    /// <inheritdoc />
    public bool Equals(Leadership? other) => other is not null && Selection == other.Selection && Equality.Sequence(Roles, other.Roles);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Selection, Equality.SequenceHash(Roles));
}
