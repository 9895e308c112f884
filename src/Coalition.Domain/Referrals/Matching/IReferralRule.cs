namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A user-defined matching rule, added to a <see cref="ReferralPolicy"/> with <see cref="ReferralPolicy.WithRule"/>. It sees
/// one candidate at a time and may exclude it or adjust its score; it can never re-admit a candidate that a built-in hard
/// rule excluded, so the built-in safety rules always hold. Implementations must be deterministic and thread-safe.
/// </summary>
public interface IReferralRule
{
    /// <summary>Gets the rule's stable code, reported in exclusions and reasons, such as <c>requires-intake-interview</c>.</summary>
    string Code { get; }

    /// <summary>Evaluates one candidate.</summary>
    /// <param name="context">The candidate, the client and the instant.</param>
    /// <returns>Whether to exclude the candidate, and any score adjustment.</returns>
    ReferralRuleOutcome Evaluate(in ReferralRuleContext context);
}
