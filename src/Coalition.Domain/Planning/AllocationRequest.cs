using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Planning;

/// <summary>One client in a batch allocation, under a case reference (pseudonymous, never a name).</summary>
/// <param name="CaseId">The client's case reference, unique in the batch, such as <c>op-2026-11-0042</c>.</param>
/// <param name="Client">The de-identified profile with the needs and their urgency.</param>
public sealed record AllocationRequest(string CaseId, ClientProfile Client)
{
    /// <summary>Gets the case reference.</summary>
    public string CaseId { get; } = ValidCaseId(CaseId, nameof(CaseId));

    /// <summary>Gets the profile.</summary>
    public ClientProfile Client { get; } = Preconditions.NotNull(Client, nameof(Client));

    /// <summary>The longest case reference, in characters.</summary>
    public const int MaxCaseIdLength = 100;

    internal static string ValidCaseId(string? caseId, string paramName) => Preconditions.BoundedText(caseId, MaxCaseIdLength, paramName);
}
