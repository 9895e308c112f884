using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Operations;

/// <summary>The ordered steps a coalition follows when a survivor is identified at one point.</summary>
/// <param name="Point">The identification point.</param>
/// <param name="Steps">The steps, in order (at least one).</param>
public sealed record PointProtocol(IdentificationPoint Point, ImmutableArray<ProtocolStep> Steps)
{
    /// <summary>Gets the identification point.</summary>
    public IdentificationPoint Point { get; } = Preconditions.NotNull(Point, nameof(Point));

    /// <summary>Gets the steps, in order.</summary>
    public ImmutableArray<ProtocolStep> Steps { get; } = NonEmpty(Steps, nameof(Steps));

    /// <summary>Returns the key that agreements use to name a step: <c>point/action</c>, such as <c>hotel-motel-staff/match-and-refer</c>.</summary>
    /// <param name="step">A step of this protocol.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public string KeyOf(ProtocolStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return $"{Point.Code}/{step.Action.Code}";
    }

    /// <inheritdoc />
    public bool Equals(PointProtocol? other) => other is not null && Point == other.Point && Equality.Sequence(Steps, other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Point, Equality.SequenceHash(Steps));

    private static ImmutableArray<ProtocolStep> NonEmpty(ImmutableArray<ProtocolStep> steps, string paramName)
    {
        var list = Preconditions.Elements(steps, Limits.Items, paramName);
        return list.IsEmpty ? throw new ArgumentException("A protocol needs at least one step.", paramName) : list;
    }
}
