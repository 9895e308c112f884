using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// The rules and weights of matching. <see cref="Default"/> is documented: interpretation is acceptable, the default
/// <see cref="ScoringWeights"/>, and the mandatory rule that routes minors to child protection. Custom rules are code, so
/// they are not written to JSON; the rest of the policy is.
/// </summary>
public sealed record ReferralPolicy
{
    /// <summary>Creates a policy without custom rules (add them with <see cref="WithRule"/>).</summary>
    /// <param name="name">A name for reports, such as <c>default</c>.</param>
    /// <param name="allowInterpretation">Whether a provider that does not speak the client's language but provides interpretation is acceptable.</param>
    /// <param name="weights">The soft-ranking weights.</param>
    /// <param name="mandatoryRules">Legal obligations that override consent restrictions, with distinct codes.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, or a mandatory rule is null or repeats a code.</exception>
    public ReferralPolicy(string name, bool allowInterpretation, ScoringWeights weights, ImmutableArray<MandatoryRoutingRule> mandatoryRules)
        : this(name, allowInterpretation, weights, mandatoryRules, [])
    {
    }

    private ReferralPolicy(string name, bool allowInterpretation, ScoringWeights weights, ImmutableArray<MandatoryRoutingRule> mandatoryRules, ImmutableArray<IReferralRule> customRules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(weights);
        var rules = mandatoryRules.IsDefault ? [] : mandatoryRules;
        Preconditions.NoNullElements(rules, nameof(mandatoryRules));
        if (rules.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count() != rules.Length)
        {
            throw new ArgumentException("A mandatory rule code repeats.", nameof(mandatoryRules));
        }

        Name = name;
        AllowInterpretation = allowInterpretation;
        Weights = weights;
        MandatoryRules = rules;
        CustomRules = customRules;
    }

    /// <summary>Gets the default policy: interpretation acceptable, default weights, minors routed to child protection.</summary>
    public static ReferralPolicy Default { get; } = new("default", true, ScoringWeights.Default, [MandatoryRoutingRule.MinorToChildProtection]);

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets whether interpretation is an acceptable substitute for a shared language.</summary>
    public bool AllowInterpretation { get; }

    /// <summary>Gets the soft-ranking weights.</summary>
    public ScoringWeights Weights { get; }

    /// <summary>Gets the mandatory routing rules.</summary>
    public ImmutableArray<MandatoryRoutingRule> MandatoryRules { get; }

    /// <summary>Gets the custom rules, in the order added. Not written to JSON.</summary>
    [JsonIgnore]
    public ImmutableArray<IReferralRule> CustomRules { get; }

    /// <summary>Returns a copy with a custom rule added.</summary>
    /// <param name="rule">The rule; its code must not repeat a custom rule's or a built-in hard rule's code.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule's code is malformed or already used.</exception>
    public ReferralPolicy WithRule(IReferralRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!Catalogues.CodeSyntax.IsValid(rule.Code) || HardRuleCodes.All.Contains(rule.Code) || CustomRules.Any(r => r.Code == rule.Code))
        {
            throw new ArgumentException($"Custom rule code '{rule.Code}' is malformed or already used.", nameof(rule));
        }

        return new ReferralPolicy(Name, AllowInterpretation, Weights, MandatoryRules, CustomRules.Add(rule));
    }

    /// <summary>Returns a copy with other weights.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public ReferralPolicy WithWeights(ScoringWeights weights) => new(Name, AllowInterpretation, weights, MandatoryRules, CustomRules);

    /// <inheritdoc />
    public bool Equals(ReferralPolicy? other) =>
        other is not null && Name == other.Name && AllowInterpretation == other.AllowInterpretation && Weights == other.Weights &&
        Equality.Sequence(MandatoryRules, other.MandatoryRules) && Equality.Sequence(CustomRules, other.CustomRules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, AllowInterpretation, Weights, Equality.SequenceHash(MandatoryRules));
}
