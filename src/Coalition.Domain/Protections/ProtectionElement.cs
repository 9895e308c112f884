using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Law;

namespace Coalition.Domain.Protections;

/// <summary>One element of a protection, its three-valued value on the facts, the facts it read, and its source.</summary>
/// <param name="Code">A stable code, such as <c>t-visa.compliance</c>.</param>
/// <param name="Description">What the element requires, in plain language.</param>
/// <param name="Citation">The statute, regulation or guidance.</param>
/// <param name="Value">Whether it is met on the facts.</param>
/// <param name="Facts">The facts it reads.</param>
/// <param name="Explanation">Why it has that value.</param>
public sealed record ProtectionElement(string Code, string Description, string Citation, Verdict Value, ImmutableArray<ProtectionFact> Facts, string Explanation)
{
    /// <summary>Gets the element's code.</summary>
    public string Code { get; } = Preconditions.Code(Code, Limits.Code, nameof(Code));

    /// <summary>Gets what the element requires.</summary>
    public string Description { get; } = Preconditions.BoundedText(Description, Limits.Text, nameof(Description));

    /// <summary>Gets the source.</summary>
    public string Citation { get; } = Preconditions.BoundedText(Citation, Limits.Text, nameof(Citation));

    /// <summary>Gets whether it is met.</summary>
    public Verdict Value { get; } = Preconditions.Defined(Value, nameof(Value));

    /// <summary>Gets the facts it reads.</summary>
    public ImmutableArray<ProtectionFact> Facts { get; } = Facts.IsDefault ? [] : Facts;

    /// <summary>Gets why it has that value.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.Text, nameof(Explanation));

    /// <inheritdoc />
    public bool Equals(ProtectionElement? other) =>
        other is not null && Code == other.Code && Description == other.Description && Citation == other.Citation && Value == other.Value &&
        Equality.Sequence(Facts, other.Facts) && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Value, Equality.SequenceHash(Facts), Explanation);
}
