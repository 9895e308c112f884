using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Rule <c>consent-sharing</c>: information is shared only with the stakeholder categories the client consented to (a
/// category covers its sub-categories). Seed 000 asks coalitions to protect victim identities. For an immediate need the
/// rule never leaves the client without a visible option (<see cref="ConsentOverride"/>); the protective-agency exception
/// applies for a known minor (<see cref="ProtectiveAgencyAdmission"/>).
/// </summary>
public static class ConsentSharing
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.ConsentSharing;

    /// <summary>Returns whether the rule excludes the provider, before any exception.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="client">The client.</param>
    /// <returns><see langword="true"/> when the client has not consented to sharing with the provider's category.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Excludes(Provider provider, ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(client);
        return !client.Consent.AllowsSharingWith(provider.Category);
    }
}
