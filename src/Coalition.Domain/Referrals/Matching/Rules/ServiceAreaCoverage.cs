using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>Rule <c>service-area</c>: the offering must serve the client's area. An unknown area never excludes: the candidate is marked to confirm.</summary>
public static class ServiceAreaCoverage
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.ServiceArea;

    /// <summary>Evaluates the rule.</summary>
    /// <param name="area">Where the offering serves clients.</param>
    /// <param name="clientArea">The client's area, or <see langword="null"/> when unknown.</param>
    /// <returns>Pass, confirm or fail.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public static EligibilityOutcome Evaluate(ServiceArea area, string? clientArea)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (clientArea is not null)
        {
            return area.Covers(clientArea) ? EligibilityOutcome.Pass : EligibilityOutcome.Fail;
        }

        return area.IsAnywhere ? EligibilityOutcome.Pass : EligibilityOutcome.Confirm;
    }
}
