using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Rule <c>consent-law-enforcement</c>: a client who declined law-enforcement contact is never routed to a provider
/// affiliated with law enforcement. Seed 003 describes Georgia's referral mechanism, which gives victims a route to status
/// and services that does not go through the police, because law-enforcement-controlled identification can force
/// cooperation and re-traumatize.
/// </summary>
/// <remarks>
/// <para>Reporting duties are a different matter: a provider that may have to report (an emergency department, child
/// protective services) is not excluded by this rule; it carries a notice (<see cref="ReportingDutyNotice"/>).</para>
/// <para>The only exception is <see cref="ProtectiveAgencyAdmission"/>: a protective agency named by a mandatory rule, for a
/// client known to be a minor. For an immediate need an excluded provider stays visible as an emergency option
/// (<see cref="ConsentOverride"/>); it is never a candidate.</para>
/// </remarks>
public static class ConsentLawEnforcement
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.ConsentLawEnforcement;

    /// <summary>Returns whether the rule excludes the provider, before the protective-agency exception.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="client">The client.</param>
    /// <returns><see langword="true"/> when the client declined law-enforcement contact and the provider is affiliated with law enforcement.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Excludes(Provider provider, ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return Excludes(provider.IsLawEnforcementAffiliated, client);
    }

    /// <summary>Returns whether the rule excludes a party affiliated (or not) with law enforcement: the same rule for a provider and for a coalition protocol's step.</summary>
    /// <param name="lawEnforcementAffiliated">Whether the provider, or the step's performer, is affiliated with law enforcement.</param>
    /// <param name="client">The client.</param>
    /// <returns><see langword="true"/> when the client declined law-enforcement contact and the party is affiliated with law enforcement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    public static bool Excludes(bool lawEnforcementAffiliated, ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return !client.Consent.LawEnforcementContactAllowed && lawEnforcementAffiliated;
    }
}
