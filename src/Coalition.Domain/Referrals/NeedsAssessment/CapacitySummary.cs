using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>How many offerings report each capacity status.</summary>
/// <param name="Available">Offerings with places available.</param>
/// <param name="Waitlist">Offerings with a waitlist.</param>
/// <param name="NoCapacity">Offerings with no capacity.</param>
/// <param name="Unknown">Offerings that report nothing.</param>
public sealed record CapacitySummary(int Available, int Waitlist, int NoCapacity, int Unknown)
{
    /// <summary>Gets how many offerings report places available.</summary>
    public int Available { get; } = Preconditions.NonNegative(Available, nameof(Available));

    /// <summary>Gets how many offerings have a waitlist.</summary>
    public int Waitlist { get; } = Preconditions.NonNegative(Waitlist, nameof(Waitlist));

    /// <summary>Gets how many offerings report no capacity.</summary>
    public int NoCapacity { get; } = Preconditions.NonNegative(NoCapacity, nameof(NoCapacity));

    /// <summary>Gets how many offerings report no capacity status.</summary>
    public int Unknown { get; } = Preconditions.NonNegative(Unknown, nameof(Unknown));
}
