using System.Collections.Immutable;

namespace Coalition.Domain.Reporting;

/// <summary>
/// A release the policy refuses. The message names attributes and shares only, never a combination's values or a count
/// of one combination, so it is safe to log and to show.
/// </summary>
public sealed class ReleaseRefusedException : InvalidOperationException
{
    /// <summary>Creates an exception.</summary>
    /// <param name="reason">Why the release was refused.</param>
    /// <param name="message">What was refused and what to do instead.</param>
    /// <param name="risk">The release's re-identification risk, when that is the reason.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    public ReleaseRefusedException(ReleaseRefusal reason, string message, ReidentificationRisk? risk = null)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
        Reason = Internal.Preconditions.Defined(reason, nameof(reason));
        Risk = risk;
    }

    /// <summary>Gets why the release was refused.</summary>
    public ReleaseRefusal Reason { get; }

    /// <summary>Gets the re-identification risk, when that is the reason; otherwise <see langword="null"/>.</summary>
    public ReidentificationRisk? Risk { get; }

    /// <summary>Gets the crossings that put the most cases at risk, by attribute names only.</summary>
    public ImmutableArray<string> Crossings => Risk is null ? [] : [.. Risk.MostAtRisk().Select(c => c.Name)];
}
