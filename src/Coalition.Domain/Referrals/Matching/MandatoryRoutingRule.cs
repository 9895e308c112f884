using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A legal obligation that routes a client to certain providers even against the client's consent restrictions, such as
/// "a minor is referred to child welfare or a child advocacy center". When it applies, the consent rules do not exclude
/// those providers, and the match result reports the rule.
/// </summary>
/// <param name="Code">A stable code, such as <c>minor-to-child-protection</c>.</param>
/// <param name="Description">What the obligation is and where it comes from.</param>
/// <param name="AppliesToMinors">Whether the rule applies to clients under 18 (the only condition the library models; an unknown age does not trigger it).</param>
/// <param name="Categories">The provider categories it routes to; a category covers its sub-categories.</param>
public sealed record MandatoryRoutingRule(string Code, string Description, bool AppliesToMinors, ImmutableArray<StakeholderCategory> Categories)
{
    /// <summary>Gets the default rule: a minor is routed to child welfare or a child advocacy center, which are mandatory reporters.</summary>
    public static MandatoryRoutingRule MinorToChildProtection { get; } = new(
        "minor-to-child-protection",
        "A minor is referred to child welfare or a child advocacy center, whose staff must report suspected child abuse and trafficking.",
        true,
        [StakeholderCategories.ChildWelfare, StakeholderCategories.ChildAdvocacyCenters]);

    /// <summary>Gets the rule's code.</summary>
    public string Code { get; } = Catalogues.CodeSyntax.IsValid(Preconditions.NotBlank(Code, nameof(Code))) ? Code : throw new ArgumentOutOfRangeException(nameof(Code), Code, Catalogues.CodeSyntax.Description);

    /// <summary>Gets the rule's description.</summary>
    public string Description { get; } = Preconditions.NotBlank(Description, nameof(Description));

    /// <summary>Gets the categories the rule routes to.</summary>
    public ImmutableArray<StakeholderCategory> Categories { get; } = Categories.IsDefaultOrEmpty
        ? throw new ArgumentException("A mandatory rule routes to at least one category.", nameof(Categories))
        : Categories;

    /// <inheritdoc />
    public bool Equals(MandatoryRoutingRule? other) =>
        other is not null && Code == other.Code && Description == other.Description && AppliesToMinors == other.AppliesToMinors && Equality.Sequence(Categories, other.Categories);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, AppliesToMinors, Equality.SequenceHash(Categories));
}
