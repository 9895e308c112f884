using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Coalitions;

/// <summary>How a coalition's membership compares with one recommended checklist.</summary>
/// <param name="Checklist">The checklist.</param>
/// <param name="Covered">How many of its categories have a member (a member of a sub-category covers its parent).</param>
/// <param name="Missing">The categories with no member, in the checklist's order.</param>
public sealed record ChecklistGap(MembershipChecklist Checklist, int Covered, ImmutableArray<StakeholderCategory> Missing)
{
    /// <summary>Gets the checklist.</summary>
    public MembershipChecklist Checklist { get; } = Preconditions.NotNull(Checklist, nameof(Checklist));

    /// <summary>Gets how many of the checklist's categories have a member.</summary>
    public int Covered { get; } = Preconditions.NonNegative(Covered, nameof(Covered));

    /// <summary>Gets the checklist's categories with no member, in checklist order.</summary>
    public ImmutableArray<StakeholderCategory> Missing { get; } = Preconditions.Elements(Missing, Limits.Items, nameof(Missing));

    /// <summary>Gets whether every category of the checklist has a member.</summary>
    public bool IsComplete => Missing.IsEmpty;

    /// <inheritdoc />
    public bool Equals(ChecklistGap? other) => other is not null && Checklist == other.Checklist && Covered == other.Covered && Equality.Sequence(Missing, other.Missing);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Checklist, Covered, Equality.SequenceHash(Missing));
}
