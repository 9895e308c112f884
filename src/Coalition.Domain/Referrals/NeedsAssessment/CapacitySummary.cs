namespace Coalition.Domain.Referrals.NeedsAssessment;

/// <summary>How many offerings report each capacity status.</summary>
/// <param name="Available">Offerings with places available.</param>
/// <param name="Waitlist">Offerings with a waitlist.</param>
/// <param name="NoCapacity">Offerings with no capacity.</param>
/// <param name="Unknown">Offerings that report nothing.</param>
public sealed record CapacitySummary(int Available, int Waitlist, int NoCapacity, int Unknown);
