using System.Globalization;
using NodaTime;

namespace Coalition.Domain.Planning;

/// <summary>
/// An optional limit on the work <see cref="ReferralPlanner"/> does: a number of search steps, or a span of time measured
/// on a clock the caller supplies. Without a budget the planner is exact. When a budget runs out the planner returns the
/// best plan it has found, with <see cref="ReferralPlan.IsProvenOptimal"/> false and a <see cref="PlanGap"/>.
/// </summary>
/// <remarks>
/// The planner never reads the system clock: a time budget reads only the <see cref="IClock"/> given here, once at the
/// start and then every 256 search steps. Use <see cref="Operations"/> for budgets that must give the same plan on every
/// machine.
/// </remarks>
public sealed class PlanBudget
{
    private PlanBudget(long? maxOperations, Duration? maxTime, IClock? clock)
    {
        MaxOperations = maxOperations;
        MaxTime = maxTime;
        Clock = clock;
    }

    /// <summary>Gets the largest number of search steps, if the budget counts steps.</summary>
    public long? MaxOperations { get; }

    /// <summary>Gets the longest time, if the budget is a time.</summary>
    public Duration? MaxTime { get; }

    /// <summary>Gets the clock a time budget reads, if the budget is a time.</summary>
    public IClock? Clock { get; }

    /// <summary>Creates a budget of search steps: deterministic, the same plan on every machine.</summary>
    /// <param name="maxOperations">The largest number of search steps, at least 1.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxOperations"/> is less than 1.</exception>
    public static PlanBudget Operations(long maxOperations) =>
        maxOperations >= 1
            ? new PlanBudget(maxOperations, null, null)
            : throw new ArgumentOutOfRangeException(nameof(maxOperations), maxOperations, "A plan budget needs at least one operation.");

    /// <summary>Creates a budget of time, measured on <paramref name="clock"/>.</summary>
    /// <param name="maxTime">The longest time: positive and at most one day.</param>
    /// <param name="clock">The clock to read; the caller chooses it (a real clock in production, a fake one in tests).</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTime"/> is not positive or longer than a day.</exception>
    public static PlanBudget Time(Duration maxTime, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return maxTime > Duration.Zero && maxTime <= Duration.FromDays(1)
            ? new PlanBudget(null, maxTime, clock)
            : throw new ArgumentOutOfRangeException(nameof(maxTime), maxTime, "A plan's time budget must be positive and at most one day.");
    }

    /// <summary>Returns the budget's kind and size.</summary>
    /// <returns>For example <c>plan budget (10000 operations)</c>.</returns>
    public override string ToString() => MaxOperations is { } operations
        ? string.Create(CultureInfo.InvariantCulture, $"plan budget ({operations} operations)")
        : string.Create(CultureInfo.InvariantCulture, $"plan budget ({MaxTime!.Value.TotalMilliseconds:0.###} ms)");
}
