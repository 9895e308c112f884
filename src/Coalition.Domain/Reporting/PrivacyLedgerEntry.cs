using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Reporting;

/// <summary>One differentially private release recorded in a <see cref="PrivacyLedger"/>.</summary>
/// <param name="Release">The release's title.</param>
/// <param name="Epsilon">The ε it spent: above 0.</param>
/// <param name="At">When it was published.</param>
public sealed record PrivacyLedgerEntry(string Release, decimal Epsilon, Instant At)
{
    /// <summary>Gets the release's title.</summary>
    public string Release { get; } = Preconditions.BoundedText(Release, Limits.Name, nameof(Release));

    /// <summary>Gets the ε spent.</summary>
    public decimal Epsilon { get; } = PrivacyLedger.Valid(Epsilon, nameof(Epsilon));
}
