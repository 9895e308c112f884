using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Rule <c>age</c>: the client's age must lie in the offering's <see cref="AgeRange"/> (a whole-number maximum covers the
/// whole year: ages 12–17 admit a 17½-year-old). An unknown age never excludes: the candidate is marked to confirm, and the
/// client is protected as a possible minor (<see cref="PossibleMinor"/>).
/// </summary>
public static class AgeEligibility
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.Age;

    /// <summary>Evaluates the rule.</summary>
    /// <param name="ages">The ages the offering accepts.</param>
    /// <param name="age">The client's age, or <see langword="null"/> when unknown.</param>
    /// <returns>Pass, confirm (unknown age and a restricted range) or fail.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ages"/> is null.</exception>
    public static EligibilityOutcome Evaluate(AgeRange ages, decimal? age)
    {
        ArgumentNullException.ThrowIfNull(ages);
        if (age is { } known)
        {
            return ages.Contains(known) ? EligibilityOutcome.Pass : EligibilityOutcome.Fail;
        }

        return ages.IsAny ? EligibilityOutcome.Pass : EligibilityOutcome.Confirm;
    }
}
