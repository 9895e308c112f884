using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>
/// A named group of case facts that are alternatives within one element, such as the three statutory forms of coercion
/// or all of the TVPA's means. Rule a whole group out with <see cref="CaseFacts.RuleOut(FactGroup)"/> and read its status
/// with <see cref="CaseFacts.StatusOf(FactGroup)"/>. The library's groups are in <see cref="FactGroups"/>.
/// </summary>
public sealed record FactGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="code">A stable code such as <c>tvpa-means</c>.</param>
    /// <param name="name">A plain-language name such as <c>force, fraud or coercion</c>.</param>
    /// <param name="facts">One or more settable facts (not <see cref="CaseFact.UnderEighteen"/>), without repeats.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or too long, or the facts are empty or repeat one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is malformed, or a fact is undefined or derived.</exception>
    public FactGroup(string code, string name, ImmutableArray<CaseFact> facts)
    {
        Code = Preconditions.Code(code, Limits.Code, nameof(code));
        Name = Preconditions.BoundedText(name, Limits.Name, nameof(name));
        var list = facts.IsDefault ? [] : facts;
        if (list.IsEmpty)
        {
            throw new ArgumentException("A group needs at least one fact.", nameof(facts));
        }

        var mask = 0UL;
        foreach (var fact in list)
        {
            var bit = CaseFacts.Bit(fact, nameof(facts), allowDerived: false);
            if ((mask & bit) != 0)
            {
                throw new ArgumentException("A group lists a fact twice.", nameof(facts));
            }

            mask |= bit;
        }

        Facts = list;
        Mask = mask;
    }

    /// <summary>Gets the group's code.</summary>
    public string Code { get; }

    /// <summary>Gets the group's plain-language name.</summary>
    public string Name { get; }

    /// <summary>Gets the facts in the group, in the order given.</summary>
    public ImmutableArray<CaseFact> Facts { get; }

    internal ulong Mask { get; }

    /// <inheritdoc />
    public bool Equals(FactGroup? other) => other is not null && Code == other.Code && Name == other.Name && Equality.Sequence(Facts, other.Facts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Mask);

    /// <summary>Returns the group's name and its facts.</summary>
    /// <returns>For example <c>coercion (any form): threat-of-serious-harm-or-restraint, scheme-plan-or-pattern, abuse-of-legal-process</c>.</returns>
    public override string ToString() => $"{Name}: {string.Join(", ", Facts.Select(CaseFacts.Describe))}";
}
