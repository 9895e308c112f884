using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>
/// One gap in a referral network. Severity is the kind's base severity (see <see cref="GapKind"/>), scaled by the share
/// uncovered for area and hour gaps, and multiplied by 1.5 for needs whose horizon is immediate. Gaps are ranked by
/// severity (highest first), then need code, then kind.
/// </summary>
/// <param name="Need">The need.</param>
/// <param name="Kind">The kind of gap.</param>
/// <param name="Severity">The severity, 0 to 150.</param>
/// <param name="Description">A plain-language description.</param>
public sealed record NetworkGap(ServiceNeed Need, GapKind Kind, double Severity, string Description)
{
    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets the kind of gap.</summary>
    public GapKind Kind { get; } = Preconditions.Defined(Kind, nameof(Kind));

    /// <summary>Gets how severe the gap is, from 0 to 150.</summary>
    public double Severity { get; } = Severity is >= 0 and <= 150 ? Severity : throw new ArgumentOutOfRangeException(nameof(Severity), "A severity is from 0 to 150.");

    /// <summary>Gets the plain-language description.</summary>
    public string Description { get; } = Preconditions.BoundedText(Description, Limits.Text, nameof(Description));
}
