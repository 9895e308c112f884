using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Reporting;

/// <summary>The referrals one case made for one need and how they ended: counts and a code only.</summary>
/// <param name="Need">The need.</param>
/// <param name="Sent">Referrals sent.</param>
/// <param name="Accepted">Referrals accepted.</param>
/// <param name="Rejected">Referrals rejected.</param>
/// <param name="Met">Referrals completed with the need met.</param>
public sealed record ReferralTally(ServiceNeed Need, int Sent, int Accepted, int Rejected, int Met)
{
    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets the referrals sent.</summary>
    public int Sent { get; } = Preconditions.NonNegative(Sent, nameof(Sent));

    /// <summary>Gets the referrals accepted.</summary>
    public int Accepted { get; } = Preconditions.NonNegative(Accepted, nameof(Accepted));

    /// <summary>Gets the referrals rejected.</summary>
    public int Rejected { get; } = Preconditions.NonNegative(Rejected, nameof(Rejected));

    /// <summary>Gets the referrals that met the need.</summary>
    public int Met { get; } = Preconditions.NonNegative(Met, nameof(Met));
}
