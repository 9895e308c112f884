namespace Coalition.Domain.Reporting;

/// <summary>A differentially private release and the ledger with its ε recorded (store the ledger; it is the only record of what was spent).</summary>
/// <param name="Release">The release: noisy counts, consistent across its tables.</param>
/// <param name="Ledger">The ledger after the release.</param>
public sealed record PrivateRelease(Release Release, PrivacyLedger Ledger)
{
    /// <summary>Gets the release.</summary>
    public Release Release { get; } = Internal.Preconditions.NotNull(Release, nameof(Release));

    /// <summary>Gets the ledger after the release.</summary>
    public PrivacyLedger Ledger { get; } = Internal.Preconditions.NotNull(Ledger, nameof(Ledger));
}
