using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>A coalition's rules for releases of information.</summary>
/// <param name="MaximumDuration">The longest a release may last, from when it was given to when it expires.</param>
/// <param name="MinorMayConsentAlone">
/// The needs that state law lets an unemancipated minor obtain without a parent, so that the minor alone consents to a
/// release for them (for example, in many states, some mental-health or sexual-assault services). Empty by default: the
/// library does not know the coalition's state law.
/// </param>
public sealed record ConsentPolicy(Duration MaximumDuration, ImmutableArray<ServiceNeed> MinorMayConsentAlone)
{
    /// <summary>
    /// The default: releases last at most 90 days, and no need is listed for a minor's sole consent. VAWA asks for
    /// "reasonably time-limited" consent without a number; 90 days is a library default (about one service episode),
    /// not a rule from a seed or statute. A coalition sets its own.
    /// </summary>
    public static ConsentPolicy Default { get; } = new(Duration.FromDays(90), []);

    /// <summary>Gets the longest a release may last (positive, at most ten years).</summary>
    public Duration MaximumDuration { get; } = MaximumDuration > Duration.Zero && MaximumDuration <= Duration.FromDays(3653)
        ? MaximumDuration
        : throw new ArgumentOutOfRangeException(nameof(MaximumDuration), MaximumDuration, "The maximum duration of a release must be positive and at most ten years.");

    /// <summary>Gets the needs an unemancipated minor may consent to alone.</summary>
    public ImmutableArray<ServiceNeed> MinorMayConsentAlone { get; } = Preconditions.Elements(MinorMayConsentAlone, Limits.Items, nameof(MinorMayConsentAlone));

    /// <summary>Whether a minor may consent alone to a release for <paramref name="need"/> (the need, or a more general need it refines, is listed).</summary>
    /// <param name="need">The need.</param>
    /// <returns>True when listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="need"/> is null.</exception>
    public bool MinorMayConsentAloneTo(ServiceNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        foreach (var listed in MinorMayConsentAlone)
        {
            if (ConsentRelease.Covers(listed, need))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(ConsentPolicy? other) =>
        other is not null && MaximumDuration == other.MaximumDuration && Equality.Sequence(MinorMayConsentAlone, other.MinorMayConsentAlone);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MaximumDuration, Equality.SequenceHash(MinorMayConsentAlone));
}
