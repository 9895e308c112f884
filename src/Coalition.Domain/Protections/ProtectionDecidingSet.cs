using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Protections;

/// <summary>A smallest set of unknown facts whose answers could decide an undetermined protection, and the verdict they could give.</summary>
/// <param name="Outcome">The verdict some answers to these facts give.</param>
/// <param name="Facts">The facts to answer.</param>
public sealed record ProtectionDecidingSet(ProtectionVerdict Outcome, ImmutableArray<ProtectionFact> Facts)
{
    /// <summary>Gets the verdict the answers could give (never undetermined).</summary>
    public ProtectionVerdict Outcome { get; } = Preconditions.Defined(Outcome, nameof(Outcome)) == ProtectionVerdict.Undetermined
        ? throw new ArgumentOutOfRangeException(nameof(Outcome), "A deciding set decides.")
        : Outcome;

    /// <summary>Gets the facts to answer.</summary>
    public ImmutableArray<ProtectionFact> Facts { get; } = Facts.IsDefaultOrEmpty ? throw new ArgumentException("A deciding set names at least one fact.", nameof(Facts)) : Facts;

    /// <inheritdoc />
    public bool Equals(ProtectionDecidingSet? other) => other is not null && Outcome == other.Outcome && Equality.Sequence(Facts, other.Facts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, Equality.SequenceHash(Facts));
}
