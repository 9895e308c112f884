using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// The one exception to the client's consent settings: for a client <em>known</em> to be a minor, a mandatory routing rule
/// admits the protective agencies it names (child welfare, a child advocacy center) despite declined police contact, a
/// sharing restriction or a choice to avoid reporting duties, and the candidate names the rule. It never applies to a
/// possible minor, never admits anything but a protective agency, and never lifts the client's own exclusions of a category
/// or provider (<see cref="ClientChoice"/>). Sources: CAPTA, 42 U.S.C. 5106g; 42 U.S.C. 671(a)(34)(A).
/// </summary>
public static class ProtectiveAgencyAdmission
{
    /// <summary>Returns the mandatory rule that admits the provider for this client, or <see langword="null"/>.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="client">The client.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The first rule, in the policy's order, that applies to minors and names the provider's category, when the client is known to be a minor.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MandatoryRoutingRule? AdmittingRule(Provider provider, ClientProfile client, ReferralPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return AdmittingRule(provider.Category, client, policy);
    }

    /// <summary>Returns the mandatory rule that admits a party of this category for this client, or <see langword="null"/>: the same rule for a provider and for a coalition protocol's step.</summary>
    /// <param name="category">The provider's, or the step performer's, stakeholder category.</param>
    /// <param name="client">The client.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The first rule, in the policy's order, that applies to minors and names the category, when the client is known to be a minor.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MandatoryRoutingRule? AdmittingRule(Stakeholders.StakeholderCategory category, ClientProfile client, ReferralPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(policy);
        if (client.AgeTreatment != AgeTreatment.Minor)
        {
            return null;
        }

        foreach (var rule in policy.MandatoryRules)
        {
            if (rule.AppliesToMinors && rule.Names(category))
            {
                return rule;
            }
        }

        return null;
    }
}
