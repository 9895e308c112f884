using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>
/// A smallest set of unknown facts whose answers would decide an undetermined offence: establishing all of them would
/// make it <see cref="Verdict.Met"/>, or ruling all of them out would make it <see cref="Verdict.NotMet"/>, as <see cref="Outcome"/> says.
/// </summary>
/// <param name="Outcome">The verdict these answers would produce: met or not met.</param>
/// <param name="Facts">The facts to answer, distinct and in <see cref="CaseFact"/> order; at least one. <see cref="CaseFact.UnderEighteen"/> means "establish the age".</param>
public sealed record DecidingSet(Verdict Outcome, ImmutableArray<CaseFact> Facts)
{
    /// <summary>Gets the verdict the answers would produce.</summary>
    public Verdict Outcome { get; } = Preconditions.Defined(Outcome, nameof(Outcome)) == Verdict.Undetermined
        ? throw new ArgumentOutOfRangeException(nameof(Outcome), "A deciding set decides: its outcome is met or not met.")
        : Outcome;

    /// <summary>Gets the facts to answer.</summary>
    public ImmutableArray<CaseFact> Facts { get; } = OpenQuestion.ValidFacts(Facts, nameof(Facts), allowEmpty: false);

    /// <inheritdoc />
    public bool Equals(DecidingSet? other) => other is not null && Outcome == other.Outcome && Equality.Sequence(Facts, other.Facts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, Equality.SequenceHash(Facts));

    /// <summary>Returns, for example, <c>Met if established: recruitment, force</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{(Outcome == Verdict.Met ? "Met if established" : "Not met if ruled out")}: {string.Join(", ", Facts.Select(CaseFacts.Describe))}";
}
