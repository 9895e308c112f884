using System.Globalization;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Planning;

/// <summary>
/// What is proven about a plan that a <see cref="PlanBudget"/> cut short: no plan that covers the same needs uses fewer
/// than <see cref="MinProviders"/> providers, and no plan with the plan's number of providers scores more than
/// <see cref="MaxScore"/>.
/// </summary>
/// <param name="MinProviders">A proven lower bound on the number of providers.</param>
/// <param name="MaxScore">A proven upper bound on the total score of a plan with the same number of providers.</param>
public sealed record PlanGap(int MinProviders, double MaxScore)
{
    /// <summary>Gets the proven lower bound on the number of providers: not negative.</summary>
    public int MinProviders { get; } = MinProviders is >= 0 and <= Limits.Items
        ? MinProviders
        : throw new ArgumentOutOfRangeException(nameof(MinProviders), MinProviders, "A provider count must be between 0 and 100000.");

    /// <summary>Gets the proven upper bound on the total score: finite and bounded.</summary>
    public double MaxScore { get; } = Preconditions.Finite(MaxScore, Limits.Total, nameof(MaxScore));

    /// <summary>Returns the bounds.</summary>
    /// <returns>For example <c>at least 2 providers; score at most 3.5</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"at least {MinProviders} providers; score at most {MaxScore:0.###}");
}
