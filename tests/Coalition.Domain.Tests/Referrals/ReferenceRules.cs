using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Tests.Referrals;

/// <summary>
/// The hard rules written again, plainly and independently of the matcher's compiled code, so that the safety and
/// completeness properties check the matcher against the rules rather than against itself.
/// </summary>
internal static class ReferenceRules
{
    internal static bool IsMandatory(Provider provider, ClientProfile client, ReferralPolicy policy) =>
        client.AgeYears is < 18 && policy.MandatoryRules.Any(r => r.AppliesToMinors && r.Categories.Any(c => provider.Category.IsOrDescendsFrom(c)));

    internal static List<string> BrokenRules(Provider provider, ServiceOffering offering, ClientProfile client, ReferralPolicy policy)
    {
        var broken = new List<string>();
        var eligibility = offering.Eligibility;
        if (client.AgeYears is { } age && !eligibility.Ages.Contains(age))
        {
            broken.Add(HardRuleCodes.Age);
        }

        if (client.Gender is { } gender && !eligibility.Genders.HasFlag(gender))
        {
            broken.Add(HardRuleCodes.Gender);
        }

        if (!client.Populations.HasFlag(eligibility.RequiredPopulations) || (client.Populations & eligibility.ExcludedPopulations) != 0)
        {
            broken.Add(HardRuleCodes.Population);
        }

        if (client.TraffickingTypes != TraffickingTypes.None && (client.TraffickingTypes & eligibility.TraffickingTypes) == 0)
        {
            broken.Add(HardRuleCodes.TraffickingType);
        }

        if (client.Languages.Length > 0 && !client.Languages.Intersect(offering.Languages).Any() && !(offering.ProvidesInterpretation && policy.AllowInterpretation))
        {
            broken.Add(HardRuleCodes.Language);
        }

        if (client.Area is { } area && !offering.Area.Covers(area))
        {
            broken.Add(HardRuleCodes.ServiceArea);
        }

        var mandatory = IsMandatory(provider, client, policy);
        if (!client.Consent.LawEnforcementContactAllowed && (provider.IsLawEnforcementAffiliated || provider.IsMandatoryReporter) && !mandatory)
        {
            broken.Add(HardRuleCodes.ConsentLawEnforcement);
        }

        if (!client.Consent.AllowsSharingWith(provider.Category) && !mandatory)
        {
            broken.Add(HardRuleCodes.ConsentSharing);
        }

        if (offering.Capacity.Status == CapacityStatus.NoCapacity)
        {
            broken.Add(HardRuleCodes.NoCapacity);
        }

        return broken;
    }

    /// <summary>The offerings that serve the need and break no hard rule, by brute force over the whole network.</summary>
    internal static IEnumerable<(Provider Provider, ServiceOffering Offering)> Eligible(ReferralNetwork network, ClientProfile client, ServiceNeed need, ReferralPolicy policy) =>
        from provider in network.Providers
        from offering in provider.Services
        where offering.Serves(need) && BrokenRules(provider, offering, client, policy).Count == 0
        select (provider, offering);
}
