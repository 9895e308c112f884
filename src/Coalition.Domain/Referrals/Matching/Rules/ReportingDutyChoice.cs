using System.Collections.Immutable;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Rule <c>reporting-duty-choice</c>: a client may choose to avoid providers with a reporting duty that applies, or may
/// apply, to them (<see cref="ClientConsent.AvoidsReportingDuties"/>). For a routine need such a provider is excluded and the
/// exclusion reported. For an immediate need what happens depends on who the client is (<see cref="ConsentOverride"/>):
/// an adult with capacity is honoured and the provider shown as an emergency option; a minor, a possible minor or a client
/// lacking capacity keeps it as a candidate, ranked after equivalent providers without the duty.
/// </summary>
public static class ReportingDutyChoice
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.ReportingDutyChoice;

    /// <summary>Returns whether the rule excludes the provider, before any exception.</summary>
    /// <param name="notices">The provider's notices for this client (<see cref="ReportingDutyNotice.NoticesFor"/>).</param>
    /// <param name="client">The client.</param>
    /// <returns><see langword="true"/> when the client chose to avoid reporting duties and at least one applies or may apply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    public static bool Excludes(ImmutableArray<DutyNotice> notices, ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.Consent.AvoidsReportingDuties && !notices.IsDefaultOrEmpty;
    }
}
