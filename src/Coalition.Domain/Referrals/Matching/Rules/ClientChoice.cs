using System.Collections.Immutable;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Rule <c>client-choice</c>: a provider the client chose not to be referred to, by its category (for example "no
/// faith-based organisations") or by name ("not the agency my trafficker knows"), is excluded for every need, with no
/// emergency override and no mandatory-rule exception. Choice and control are principles of trauma-informed practice
/// (OVC Human Trafficking Task Force e-Guide); seed 003 asks that survivors' wishes come first.
/// </summary>
public static class ClientChoice
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.ClientChoice;

    /// <summary>Returns whether the rule excludes the provider.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="client">The client.</param>
    /// <returns><see langword="true"/> when the client excluded the provider or its category.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Excludes(Provider provider, ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(client);
        return ImmutableArray.BinarySearch(client.ExcludedProviders, provider.Id, StringComparer.Ordinal) >= 0 ||
            client.ExcludedCategories.Any(provider.Category.IsOrDescendsFrom);
    }
}
