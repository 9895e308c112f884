using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>What a <see cref="IReferralRule"/> sees: one candidate offering, its provider, the client, the need and the instant.</summary>
public readonly struct ReferralRuleContext
{
    internal ReferralRuleContext(Provider provider, ServiceOffering offering, ClientProfile client, ClientNeed need, Instant at)
    {
        Provider = provider;
        Offering = offering;
        Client = client;
        Need = need;
        At = at;
    }

    /// <summary>Gets the candidate's provider.</summary>
    public Provider Provider { get; }

    /// <summary>Gets the candidate offering.</summary>
    public ServiceOffering Offering { get; }

    /// <summary>Gets the client.</summary>
    public ClientProfile Client { get; }

    /// <summary>Gets the need being matched.</summary>
    public ClientNeed Need { get; }

    /// <summary>Gets the instant of the match.</summary>
    public Instant At { get; }
}
