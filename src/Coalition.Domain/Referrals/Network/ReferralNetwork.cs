using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Matching;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// A coalition's referral network: an immutable collection of providers, ordered by id. Value-equal. Compile it with
/// <see cref="ReferralMatcher.Compile"/> to match clients.
/// </summary>
public sealed record ReferralNetwork
{
    /// <summary>Creates a network.</summary>
    /// <param name="providers">The providers, with unique ids; their order does not matter.</param>
    /// <exception cref="ArgumentException">A provider is null or an id repeats.</exception>
    public ReferralNetwork(ImmutableArray<Provider> providers)
    {
        var list = providers.IsDefault ? [] : providers;
        Preconditions.NoNullElements(list, nameof(providers));
        var duplicate = list.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Provider id {Preconditions.Quote(duplicate.Key)} appears more than once.", nameof(providers));
        }

        Providers = [.. list.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>Gets an empty network.</summary>
    public static ReferralNetwork Empty { get; } = new([]);

    /// <summary>Gets the providers, ordered by id.</summary>
    public ImmutableArray<Provider> Providers { get; }

    /// <summary>Gets the number of service offerings across all providers.</summary>
    public int OfferingCount => Providers.Sum(p => p.Services.Length);

    /// <summary>Returns a network with <paramref name="provider"/> added, or replacing the provider with the same id.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>The new network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public ReferralNetwork With(Provider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new ReferralNetwork([.. Providers.Where(p => p.Id != provider.Id), provider]);
    }

    /// <summary>Returns a network without the provider with the given id (unchanged if absent).</summary>
    /// <param name="providerId">A provider id.</param>
    /// <returns>The new network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="providerId"/> is null.</exception>
    public ReferralNetwork Without(string providerId)
    {
        ArgumentNullException.ThrowIfNull(providerId);
        return new ReferralNetwork([.. Providers.Where(p => p.Id != providerId)]);
    }

    /// <inheritdoc />
    public bool Equals(ReferralNetwork? other) => other is not null && Equality.Sequence(Providers, other.Providers);

    /// <inheritdoc />
    public override int GetHashCode() => Equality.SequenceHash(Providers);

    /// <summary>Returns the size of the network.</summary>
    /// <returns>For example <c>referral network (42 providers, 97 offerings)</c>.</returns>
    public override string ToString() => $"referral network ({Providers.Length} providers, {OfferingCount} offerings)";
}
