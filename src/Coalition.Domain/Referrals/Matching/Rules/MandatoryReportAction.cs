using System.Collections.Immutable;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// A mandatory routing rule produces a required action in the result, for example "a report of suspected child abuse may
/// be required; it goes to child protective services or law enforcement", with the rule's code and source, the agencies
/// that can receive the report and what follows (child protective services must inform law enforcement of a child
/// sex-trafficking victim within 24 hours, 42 U.S.C. 671(a)(34)(A)). The action says "may be required: confirm" unless the
/// policy states the underlying duty as certain and the client is known to be a minor; for a possible minor it says "may
/// be required: confirm age".
/// </summary>
public static class MandatoryReportAction
{
    /// <summary>Returns the actions the policy's mandatory rules may require for the client, in the policy's order.</summary>
    /// <param name="client">The client.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The actions; empty for an adult.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<RequiredAction> For(ClientProfile client, ReferralPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(policy);
        var treatment = client.AgeTreatment;
        if (treatment == AgeTreatment.Adult)
        {
            return [];
        }

        var actions = ImmutableArray.CreateBuilder<RequiredAction>();
        foreach (var rule in policy.MandatoryRules)
        {
            if (!rule.AppliesToMinors)
            {
                continue;
            }

            var status = treatment == AgeTreatment.PossibleMinor ? RequiredActionStatus.MayBeRequiredConfirmAge
                : rule.DutyCode is { } duty && policy.CertainDuties.Contains(duty) ? RequiredActionStatus.Required
                : RequiredActionStatus.MayBeRequired;
            actions.Add(new RequiredAction(rule.Code, status, rule.Description, rule.Source, rule.ReceivingAgencies, rule.Categories, rule.FollowUpNotice));
        }

        return actions.ToImmutable();
    }
}
