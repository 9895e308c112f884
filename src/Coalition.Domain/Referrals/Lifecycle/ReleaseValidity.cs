using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>Whether a release allows a sharing, and if not, why.</summary>
/// <param name="Problems">Every reason it does not, in a fixed order; empty when it does.</param>
/// <param name="Explanation">A readable summary.</param>
public sealed record ReleaseValidity(ImmutableArray<ReleaseProblem> Problems, string Explanation)
{
    /// <summary>Gets every reason the release does not allow the sharing.</summary>
    public ImmutableArray<ReleaseProblem> Problems { get; } = Problems.IsDefault ? [] : [.. Problems.Select(p => Preconditions.Defined(p, nameof(Problems)))];

    /// <summary>Gets a readable summary.</summary>
    public string Explanation { get; } = Preconditions.BoundedText(Explanation, Limits.Text, nameof(Explanation));

    /// <summary>Gets cautions that do not invalidate the release, such as "age unknown: confirm age".</summary>
    public ImmutableArray<string> Cautions { get; init => field = value.IsDefault ? [] : [.. value.Select(c => Preconditions.BoundedText(c, Limits.Text, nameof(Cautions)))]; } = [];

    /// <summary>Gets whether the release allows the sharing.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <inheritdoc />
    public bool Equals(ReleaseValidity? other) =>
        other is not null && Equality.Sequence(Problems, other.Problems) && Explanation == other.Explanation && Equality.Sequence(Cautions, other.Cautions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.SequenceHash(Problems), Explanation, Equality.SequenceHash(Cautions));
}
