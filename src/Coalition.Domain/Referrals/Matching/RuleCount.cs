using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>How many offerings a rule excluded for one need.</summary>
/// <param name="Rule">The rule's code.</param>
/// <param name="Count">The number of offerings it excluded (an offering can break several rules).</param>
public sealed record RuleCount(string Rule, int Count)
{
    /// <summary>Gets the rule's code.</summary>
    public string Rule { get; } = Preconditions.Code(Rule, Limits.Code, nameof(Rule));

    /// <summary>Gets the number of offerings excluded.</summary>
    public int Count { get; } = Preconditions.NonNegative(Count, nameof(Count));
}
