using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>Rule <c>gender</c>: the offering must accept the client's gender. A gender not stated never excludes: the candidate is marked to confirm.</summary>
public static class GenderEligibility
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.Gender;

    /// <summary>Evaluates the rule.</summary>
    /// <param name="accepted">The genders the offering accepts.</param>
    /// <param name="gender">The client's gender, or <see langword="null"/> when not stated.</param>
    /// <returns>Pass, confirm or fail.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A gender set is not made of defined flags.</exception>
    public static EligibilityOutcome Evaluate(Genders accepted, Genders? gender)
    {
        Preconditions.Defined(accepted, nameof(accepted));
        Preconditions.DefinedOrNull(gender, nameof(gender));
        if (gender is { } known)
        {
            return (accepted & known) != 0 ? EligibilityOutcome.Pass : EligibilityOutcome.Fail;
        }

        return accepted == Genders.Any ? EligibilityOutcome.Pass : EligibilityOutcome.Confirm;
    }
}
