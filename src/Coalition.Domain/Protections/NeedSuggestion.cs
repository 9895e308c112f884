using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Protections;

/// <summary>
/// A need the library suggests from a protection assessment, marked as derived, for the advocate and the survivor to accept
/// or not. The library never adds it to a client profile by itself: <see cref="AcceptInto"/> is the recorded choice.
/// </summary>
/// <param name="Need">The need suggested.</param>
/// <param name="DerivedFrom">Where the suggestion comes from: <see cref="ProtectionAssessmentSource"/>.</param>
/// <param name="Protections">The protections whose verdict is available or undetermined, which the need would pursue.</param>
/// <param name="Reason">Why, in plain language.</param>
public sealed record NeedSuggestion(ServiceNeed Need, string DerivedFrom, ImmutableArray<Protection> Protections, string Reason)
{
    /// <summary>The <see cref="DerivedFrom"/> value of suggestions derived from <see cref="ProtectionAssessor"/>.</summary>
    public const string ProtectionAssessmentSource = "protection-assessment";

    /// <summary>Gets the need suggested.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets where the suggestion comes from.</summary>
    public string DerivedFrom { get; } = Preconditions.Code(DerivedFrom, Limits.Code, nameof(DerivedFrom));

    /// <summary>Gets the protections the need would pursue, in enum order, distinct.</summary>
    public ImmutableArray<Protection> Protections { get; } = ValidProtections(Protections, nameof(Protections));

    /// <summary>Gets why, in plain language.</summary>
    public string Reason { get; } = Preconditions.BoundedText(Reason, Limits.Text, nameof(Reason));

    /// <summary>Returns the client with the suggested need added, as the survivor's recorded choice; unchanged when the need is already listed.</summary>
    /// <param name="client">The client.</param>
    /// <param name="urgency">The urgency the survivor and advocate give it.</param>
    /// <returns>The client with the need.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="urgency"/> is not defined.</exception>
    public ClientProfile AcceptInto(ClientProfile client, NeedUrgency urgency)
    {
        ArgumentNullException.ThrowIfNull(client);
        Preconditions.Defined(urgency, nameof(urgency));
        return client.Needs.Any(n => n.Need == Need) ? client : client.WithNeeds(client.Needs.Add(new ClientNeed(Need, urgency)));
    }

    /// <inheritdoc />
    public bool Equals(NeedSuggestion? other) =>
        other is not null && Need == other.Need && DerivedFrom == other.DerivedFrom && Equality.Sequence(Protections, other.Protections) && Reason == other.Reason;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Need, DerivedFrom, Equality.SequenceHash(Protections), Reason);

    private static ImmutableArray<Protection> ValidProtections(ImmutableArray<Protection> values, string paramName)
    {
        var array = values.IsDefault ? [] : values;
        foreach (var protection in array)
        {
            Preconditions.Defined(protection, paramName);
        }

        return [.. array.Distinct().Order()];
    }
}
