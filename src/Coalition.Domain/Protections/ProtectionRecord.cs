using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Protections;

/// <summary>A protection's recorded status and the date it took that status (a finding of DHS, USCIS or HHS, recorded by the caller).</summary>
/// <param name="Status">The status.</param>
/// <param name="Since">When it took that status, if known.</param>
public sealed record ProtectionRecord(DhsStatus Status, LocalDate? Since = null)
{
    /// <summary>Gets the status.</summary>
    public DhsStatus Status { get; } = Preconditions.Defined(Status, nameof(Status));

    /// <summary>Gets a record with no request made.</summary>
    public static ProtectionRecord None { get; } = new(DhsStatus.None);
}
