using System.Collections.Immutable;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.OpenReferral;

/// <summary>The result of an HSDS import: the network built from every record that could be mapped, and the issues.</summary>
/// <param name="Network">The referral network.</param>
/// <param name="Issues">Every record or part that could not be mapped, with the reason, in input order.</param>
/// <param name="ServicesRead">How many HSDS services the input held.</param>
/// <param name="ServicesImported">How many became service offerings.</param>
public sealed record HsdsImportResult(ReferralNetwork Network, ImmutableArray<ImportIssue> Issues, int ServicesRead, int ServicesImported)
{
    /// <summary>Gets the referral network.</summary>
    public ReferralNetwork Network { get; } = Checks.NotNull(Network, nameof(Network));

    /// <summary>Gets the issues.</summary>
    public ImmutableArray<ImportIssue> Issues { get; } = Issues.IsDefault ? [] : Issues;
}
