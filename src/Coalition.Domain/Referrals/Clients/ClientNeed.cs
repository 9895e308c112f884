using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Referrals.Clients;

/// <summary>One need of a client, with its urgency.</summary>
/// <param name="Need">The need.</param>
/// <param name="Urgency">How soon it is needed.</param>
public sealed record ClientNeed(ServiceNeed Need, NeedUrgency Urgency)
{
    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets how soon it is needed.</summary>
    public NeedUrgency Urgency { get; } = Enum.IsDefined(Urgency) ? Urgency : throw new ArgumentOutOfRangeException(nameof(Urgency), Urgency, "Unknown urgency.");

    /// <summary>Creates a need with the urgency its catalogue horizon suggests: immediate needs are immediate, the rest routine.</summary>
    /// <param name="need">The need.</param>
    /// <returns>The client need.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="need"/> is null.</exception>
    public static ClientNeed ByHorizon(ServiceNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return new ClientNeed(need, need.Horizon == NeedHorizon.Immediate ? NeedUrgency.Immediate : NeedUrgency.Routine);
    }
}
