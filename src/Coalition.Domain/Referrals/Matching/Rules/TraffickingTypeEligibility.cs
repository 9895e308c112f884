using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>Rule <c>trafficking-type</c>: an offering that serves only sex or only labor trafficking survivors must serve a form the client experienced. A client who has not said is never excluded.</summary>
public static class TraffickingTypeEligibility
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.TraffickingType;

    /// <summary>Returns whether the rule excludes the offering.</summary>
    /// <param name="served">The forms the offering serves.</param>
    /// <param name="experienced">The forms the client experienced, or <see cref="TraffickingTypes.None"/> when not stated.</param>
    /// <returns><see langword="true"/> when excluded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A set is not made of defined flags.</exception>
    public static bool Excludes(TraffickingTypes served, TraffickingTypes experienced) =>
        Preconditions.Defined(experienced, nameof(experienced)) != TraffickingTypes.None && (Preconditions.Defined(served, nameof(served)) & experienced) == 0;
}
