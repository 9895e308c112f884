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
    public ImmutableArray<string> Roles { get; } = ValidRoles(Roles, nameof(Roles));

    /// <summary>Gets how the leaders were chosen.</summary>
    public LeadershipSelection Selection { get; } = Preconditions.Defined(Selection, nameof(Selection));

    /// <inheritdoc />
    public bool Equals(Leadership? other) => other is not null && Selection == other.Selection && Equality.Sequence(Roles, other.Roles);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Selection, Equality.SequenceHash(Roles));

    private static ImmutableArray<string> ValidRoles(ImmutableArray<string> roles, string paramName)
    {
        var list = Preconditions.Elements(roles, CoalitionProfile.MaxItems, paramName);
        foreach (var role in list)
        {
            Preconditions.BoundedText(role, Limits.Name, paramName);
        }

        return list;
    }
}
