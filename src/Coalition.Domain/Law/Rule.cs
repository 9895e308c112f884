using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>
/// A rule over case facts: a fact, or any or all of other rules. Rules are positive (monotone): learning a fact can move a
/// rule from undetermined to met or not met, never from met to not met. A definition that needs the absence of something
/// models that absence as a fact of its own. Evaluated in Kleene's strong three-valued logic.
/// </summary>
/// <remarks>Abstract by design: build rules with <see cref="Fact"/>, <see cref="AnyOf(Rule[])"/> and <see cref="AllOf(Rule[])"/>.</remarks>
public abstract class Rule
{
    private protected Rule(ulong factMask) => FactMask = factMask;

    /// <summary>Gets the facts this rule depends on, in <see cref="CaseFact"/> order.</summary>
    public ImmutableArray<CaseFact> Facts => CaseFacts.FactsIn(FactMask);

    internal ulong FactMask { get; }

    /// <summary>Returns a rule that is met when <paramref name="fact"/> is established and not met when it is ruled out.</summary>
    /// <param name="fact">The fact; <see cref="CaseFact.UnderEighteen"/> is allowed and follows from the age evidence.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is not a defined value.</exception>
    public static Rule Fact(CaseFact fact) => new FactRule(fact, CaseFacts.Bit(fact, nameof(fact), allowDerived: true));

    /// <summary>Returns a rule that is met when any of <paramref name="facts"/> is established, and not met when all are ruled out.</summary>
    /// <param name="facts">At least one fact.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="facts"/> is empty.</exception>
    public static Rule AnyOf(params CaseFact[] facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return AnyOf(facts.Select(Fact).ToArray());
    }

    /// <summary>Returns a rule that is met when any of <paramref name="rules"/> is met, and not met when all are not met.</summary>
    /// <param name="rules">At least one rule.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> is empty or holds a null rule.</exception>
    public static Rule AnyOf(params Rule[] rules) => new CombinedRule(isAll: false, Validate(rules, nameof(rules)));

    /// <summary>Returns a rule that is met when all of <paramref name="rules"/> are met, and not met when any is not met.</summary>
    /// <param name="rules">At least one rule.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> is empty or holds a null rule.</exception>
    public static Rule AllOf(params Rule[] rules) => new CombinedRule(isAll: true, Validate(rules, nameof(rules)));

    /// <summary>Returns the rule in words, such as <c>any of (force, fraud)</c>.</summary>
    /// <returns>The description.</returns>
    public abstract override string ToString();

    /// <summary>Evaluates the rule against masks of established and ruled-out facts (the derived minor fact included).</summary>
    internal abstract Verdict Evaluate(ulong established, ulong ruledOut);

    private static ImmutableArray<Rule> Validate(Rule[] rules, string paramName)
    {
        ArgumentNullException.ThrowIfNull(rules, paramName);
        if (rules.Length == 0)
        {
            throw new ArgumentException("A combined rule needs at least one rule.", paramName);
        }

        Preconditions.NoNullElements(rules, paramName);
        return [.. rules];
    }

    private sealed class FactRule(CaseFact fact, ulong bit) : Rule(bit)
    {
        public override string ToString() => CaseFacts.Describe(fact);

        internal override Verdict Evaluate(ulong established, ulong ruledOut) =>
            (established & FactMask) != 0 ? Verdict.Met : (ruledOut & FactMask) != 0 ? Verdict.NotMet : Verdict.Undetermined;
    }

    private sealed class CombinedRule : Rule
    {
        private readonly bool isAll;
        private readonly ImmutableArray<Rule> rules;
        private readonly bool onlyFacts;

        internal CombinedRule(bool isAll, ImmutableArray<Rule> rules)
            : base(rules.Aggregate(0UL, (mask, rule) => mask | rule.FactMask))
        {
            this.isAll = isAll;
            this.rules = rules;
            onlyFacts = rules.All(r => r is FactRule);
        }

        public override string ToString() => $"{(isAll ? "all of" : "any of")} ({string.Join(", ", rules.Select(r => r.ToString()))})";

        internal override Verdict Evaluate(ulong established, ulong ruledOut)
        {
            if (onlyFacts)
            {
                // Leaves only: the whole rule is two mask tests.
                return isAll
                    ? (ruledOut & FactMask) != 0 ? Verdict.NotMet : (established & FactMask) == FactMask ? Verdict.Met : Verdict.Undetermined
                    : (established & FactMask) != 0 ? Verdict.Met : (ruledOut & FactMask) == FactMask ? Verdict.NotMet : Verdict.Undetermined;
            }

            var decisive = isAll ? Verdict.NotMet : Verdict.Met;
            var allOther = true;
            foreach (var rule in rules)
            {
                var verdict = rule.Evaluate(established, ruledOut);
                if (verdict == decisive)
                {
                    return decisive;
                }

                allOther &= verdict != Verdict.Undetermined;
            }

            return allOther ? (isAll ? Verdict.Met : Verdict.NotMet) : Verdict.Undetermined;
        }
    }
}
