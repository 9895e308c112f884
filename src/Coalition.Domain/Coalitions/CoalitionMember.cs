using System.Collections.Immutable;
using Coalition.Domain.FourP;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Coalitions;

/// <summary>A member organisation of a coalition, its stakeholder category, and the pillars it works on.</summary>
/// <param name="Organization">The organisation's name.</param>
/// <param name="Category">Its stakeholder category.</param>
/// <param name="Pillars">The pillars it works on in this coalition; empty to take the category's typical pillars.</param>
public sealed record CoalitionMember(string Organization, StakeholderCategory Category, ImmutableArray<Pillar> Pillars)
{
    /// <summary>Gets the organisation's name.</summary>
    public string Organization { get; } = Preconditions.BoundedText(Organization, Limits.Name, nameof(Organization));

    /// <summary>Gets the stakeholder category.</summary>
    public StakeholderCategory Category { get; } = Preconditions.NotNull(Category, nameof(Category));

    /// <summary>Gets the pillars as given (possibly empty).</summary>
    public ImmutableArray<Pillar> Pillars { get; } = [.. Preconditions.Elements(Pillars, Limits.Items, nameof(Pillars)).Distinct()];

    /// <summary>Gets the pillars the member works on: as given, or the category's typical pillars when none were given.</summary>
    public ImmutableArray<Pillar> EffectivePillars => Pillars.IsEmpty ? Category.Pillars : Pillars;

    /// <inheritdoc />
    public bool Equals(CoalitionMember? other) =>
        other is not null && Organization == other.Organization && Category == other.Category && Equality.Sequence(Pillars, other.Pillars);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Organization, Category, Equality.SequenceHash(Pillars));
}
