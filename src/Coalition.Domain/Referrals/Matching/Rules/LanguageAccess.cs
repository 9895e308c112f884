using System.Collections.Immutable;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Rule <c>language</c>: staff must speak one of the client's languages, or the offering must provide interpretation and the
/// policy accept it. A client who lists no language is not restricted. Open Referral HSDS lists only languages spoken
/// directly; interpretation is separate.
/// </summary>
public static class LanguageAccess
{
    /// <summary>The rule's code.</summary>
    public const string Code = HardRuleCodes.Language;

    /// <summary>How the client would be served.</summary>
    public enum Outcome
    {
        /// <summary>The client lists no language.</summary>
        NotRestricted = 1,

        /// <summary>Staff speak one of the client's languages.</summary>
        Direct = 2,

        /// <summary>Through interpretation.</summary>
        Interpretation = 3,

        /// <summary>Excluded: no shared language and no acceptable interpretation.</summary>
        Fail = 4,
    }

    /// <summary>Evaluates the rule.</summary>
    /// <param name="offering">The offering.</param>
    /// <param name="clientLanguages">The client's languages.</param>
    /// <param name="allowInterpretation">Whether the policy accepts interpretation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offering"/> is null.</exception>
    public static Outcome Evaluate(ServiceOffering offering, ImmutableArray<LanguageCode> clientLanguages, bool allowInterpretation)
    {
        ArgumentNullException.ThrowIfNull(offering);
        if (clientLanguages.IsDefaultOrEmpty)
        {
            return Outcome.NotRestricted;
        }

        if (clientLanguages.Any(offering.Languages.Contains))
        {
            return Outcome.Direct;
        }

        return offering.ProvidesInterpretation && allowInterpretation ? Outcome.Interpretation : Outcome.Fail;
    }
}
