using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>How a referral network covers one need: providers, languages, hours, areas, populations and capacity.</summary>
/// <param name="Need">The need.</param>
/// <param name="ProviderIds">The providers offering it, sorted by id: at most 10,000,000 (a national directory lists hundreds of thousands).</param>
/// <param name="Offerings">How many offerings serve it.</param>
/// <param name="DirectLanguages">The languages spoken directly by at least one offering, sorted.</param>
/// <param name="InterpretationOfferings">How many offerings provide interpretation.</param>
/// <param name="Has24x7">Whether an offering is open around the clock.</param>
/// <param name="OpenHours">How many of the week's 168 hours some offering is known to be open (in the coalition's zone).</param>
/// <param name="UncoveredHours">The hours when no offering is known to be open.</param>
/// <param name="UncoveredAreas">The coalition's areas with no offering.</param>
/// <param name="ServesMinors">Whether an offering accepts clients under 18.</param>
/// <param name="ServesMen">Whether an offering accepts men.</param>
/// <param name="ServesForeignNationals">Whether an offering accepts foreign nationals.</param>
/// <param name="ServesLgbtq">Whether an offering accepts LGBTQ+ people.</param>
/// <param name="Capacity">How many offerings report each capacity status.</param>
public sealed record NeedCoverage(
    ServiceNeed Need,
    ImmutableArray<string> ProviderIds,
    int Offerings,
    ImmutableArray<string> DirectLanguages,
    int InterpretationOfferings,
    bool Has24x7,
    int OpenHours,
    ImmutableArray<HourRange> UncoveredHours,
    ImmutableArray<string> UncoveredAreas,
    bool ServesMinors,
    bool ServesMen,
    bool ServesForeignNationals,
    bool ServesLgbtq,
    CapacitySummary Capacity)
{
    /// <summary>Gets the need.</summary>
    public ServiceNeed Need { get; } = Preconditions.NotNull(Need, nameof(Need));

    /// <summary>Gets the providers offering it.</summary>
    public ImmutableArray<string> ProviderIds { get; } = Ids(ProviderIds, nameof(ProviderIds));

    /// <summary>Gets how many offerings meet it.</summary>
    public int Offerings { get; } = Preconditions.NonNegative(Offerings, nameof(Offerings));

    /// <summary>Gets the languages spoken directly.</summary>
    public ImmutableArray<string> DirectLanguages { get; } = Texts(DirectLanguages, Limits.Code, nameof(DirectLanguages));

    /// <summary>Gets how many offerings provide interpretation.</summary>
    public int InterpretationOfferings { get; } = Preconditions.NonNegative(InterpretationOfferings, nameof(InterpretationOfferings));

    /// <summary>Gets how many of the week's 168 hours some offering is open.</summary>
    public int OpenHours { get; } = OpenHours is >= 0 and <= 168 ? OpenHours : throw new ArgumentOutOfRangeException(nameof(OpenHours), "A week has 168 hours.");

    /// <summary>Gets the uncovered hours.</summary>
    public ImmutableArray<HourRange> UncoveredHours { get; } = Preconditions.Elements(UncoveredHours, 168, nameof(UncoveredHours));

    /// <summary>Gets the uncovered areas.</summary>
    public ImmutableArray<string> UncoveredAreas { get; } = Texts(UncoveredAreas, Network.ServiceArea.MaxAreaLength, nameof(UncoveredAreas));

    /// <summary>Gets the capacity counts.</summary>
    public CapacitySummary Capacity { get; } = Preconditions.NotNull(Capacity, nameof(Capacity));

    /// <inheritdoc />
    public bool Equals(NeedCoverage? other) =>
        other is not null && Need == other.Need && Equality.Sequence(ProviderIds, other.ProviderIds) && Offerings == other.Offerings &&
        Equality.Sequence(DirectLanguages, other.DirectLanguages) && InterpretationOfferings == other.InterpretationOfferings && Has24x7 == other.Has24x7 &&
        OpenHours == other.OpenHours && Equality.Sequence(UncoveredHours, other.UncoveredHours) && Equality.Sequence(UncoveredAreas, other.UncoveredAreas) &&
        ServesMinors == other.ServesMinors && ServesMen == other.ServesMen && ServesForeignNationals == other.ServesForeignNationals && ServesLgbtq == other.ServesLgbtq &&
        Capacity == other.Capacity;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Need, Equality.SequenceHash(ProviderIds), Offerings, OpenHours, Equality.SequenceHash(UncoveredAreas));

    private static ImmutableArray<string> Ids(ImmutableArray<string> ids, string paramName)
    {
        var list = Preconditions.Elements(ids, Limits.NetworkItems, paramName);
        foreach (var id in list)
        {
            Network.Identifiers.Validate(id, paramName);
        }

        return list;
    }

    private static ImmutableArray<string> Texts(ImmutableArray<string> texts, int maxLength, string paramName)
    {
        var list = Preconditions.Elements(texts, Limits.Items, paramName);
        foreach (var text in list)
        {
            Preconditions.BoundedText(text, maxLength, paramName);
        }

        return list;
    }
}
