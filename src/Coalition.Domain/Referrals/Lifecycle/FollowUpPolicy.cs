using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>How soon a sent referral should be accepted, and the client first contacted, by urgency.</summary>
/// <param name="ImmediateAcceptance">For an immediate need, the time from sending to acceptance.</param>
/// <param name="ImmediateFirstContact">For an immediate need, the time from sending to first contact (in progress).</param>
/// <param name="RoutineAcceptance">For a routine need, the time from sending to acceptance.</param>
/// <param name="RoutineFirstContact">For a routine need, the time from sending to first contact.</param>
public sealed record FollowUpPolicy(Duration ImmediateAcceptance, Duration ImmediateFirstContact, Duration RoutineAcceptance, Duration RoutineFirstContact)
{
    /// <summary>
    /// The defaults, which are library choices rather than rules from a seed: an immediate need (someone may have nowhere
    /// safe to sleep tonight) is followed up within hours, 4 to acceptance and 24 to first contact; a routine need within
    /// days, 3 to acceptance and 10 to first contact (about two working weeks). Seed 004: appropriate follow-through builds
    /// trust; a coalition sets its own protocol times.
    /// </summary>
    public static FollowUpPolicy Default { get; } = new(Duration.FromHours(4), Duration.FromHours(24), Duration.FromDays(3), Duration.FromDays(10));

    /// <summary>Gets the time to acceptance for an immediate need.</summary>
    public Duration ImmediateAcceptance { get; } = Positive(ImmediateAcceptance, nameof(ImmediateAcceptance));

    /// <summary>Gets the time to first contact for an immediate need (at least the time to acceptance).</summary>
    public Duration ImmediateFirstContact { get; } = AtLeast(Positive(ImmediateFirstContact, nameof(ImmediateFirstContact)), ImmediateAcceptance, nameof(ImmediateFirstContact));

    /// <summary>Gets the time to acceptance for a routine need.</summary>
    public Duration RoutineAcceptance { get; } = Positive(RoutineAcceptance, nameof(RoutineAcceptance));

    /// <summary>Gets the time to first contact for a routine need (at least the time to acceptance).</summary>
    public Duration RoutineFirstContact { get; } = AtLeast(Positive(RoutineFirstContact, nameof(RoutineFirstContact)), RoutineAcceptance, nameof(RoutineFirstContact));

    private static Duration Positive(Duration value, string paramName) =>
        value > Duration.Zero && value <= Duration.FromDays(366)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, "A follow-up time must be positive and at most a year.");

    private static Duration AtLeast(Duration value, Duration minimum, string paramName) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(paramName, value, "The time to first contact cannot be shorter than the time to acceptance.");
}
