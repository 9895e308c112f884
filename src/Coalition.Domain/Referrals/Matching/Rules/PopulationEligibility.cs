using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Rule <c>population</c>: the client must belong to every population the offering requires ("foreign nationals only") and
/// to none it excludes ("no women with children"). Population flags are three-valued on the client: a membership that is
/// unknown never excludes; the candidate is marked to confirm.
/// </summary>
public static class PopulationEligibility
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.Population;

    /// <summary>Evaluates the rule.</summary>
    /// <param name="eligibility">The offering's eligibility.</param>
    /// <param name="known">The populations the client is known to belong to.</param>
    /// <param name="unknown">The populations whose membership is unknown.</param>
    /// <returns>Fail when a required population is known to be absent or an excluded one known to be present; confirm when an unknown membership decides; otherwise pass.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eligibility"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A population set is not made of defined flags.</exception>
    public static EligibilityOutcome Evaluate(Eligibility eligibility, Populations known, Populations unknown)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        Preconditions.Defined(known, nameof(known));
        Preconditions.Defined(unknown, nameof(unknown));
        var required = eligibility.RequiredPopulations;
        var excluded = eligibility.ExcludedPopulations;
        if ((required & ~(known | unknown)) != 0 || (excluded & known) != 0)
        {
            return EligibilityOutcome.Fail;
        }

        return (required & unknown) != 0 || (excluded & unknown) != 0 ? EligibilityOutcome.Confirm : EligibilityOutcome.Pass;
    }
}
