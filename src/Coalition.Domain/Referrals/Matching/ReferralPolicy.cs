using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// The rules and weights of matching. <see cref="Default"/> is documented: interpretation acceptable, the default
/// <see cref="ScoringWeights"/>, the mandatory rule for minors, the library's <see cref="Network.ReportingDuties"/> with
/// none stated as certain, a two-hour "opening soon" window and the national <see cref="FallbackContacts"/>. Custom rules
/// are code, so they are not written to JSON; the rest of the policy is.
/// </summary>
public sealed record ReferralPolicy
{
    /// <summary>The most mandatory rules a policy may hold.</summary>
    public const int MaxMandatoryRules = 100;

    /// <summary>The most reporting-duty definitions and fallbacks a policy may hold, each.</summary>
    public const int MaxDefinitions = 64;

    /// <summary>The most custom rules a policy may hold (<see cref="WithRule"/>), so that scores stay bounded.</summary>
    public const int MaxCustomRules = 32;

    private readonly ScoringWeights weights = ScoringWeights.Default;
    private readonly ImmutableArray<MandatoryRoutingRule> mandatoryRules = [];
    private readonly ImmutableArray<ReportingDuty> reportingDuties = Network.ReportingDuties.Defaults.Entries;
    private readonly ImmutableArray<string> certainDuties = [];
    private readonly Duration openingSoonWindow = DefaultOpeningSoonWindow;
    private readonly ImmutableArray<FallbackContact> fallbacks = FallbackContacts.Defaults;

    /// <summary>Creates a policy without custom rules (add them with <see cref="WithRule"/>); set the other settings with an object initializer.</summary>
    /// <param name="name">A name for reports, such as <c>default</c>.</param>
    /// <param name="allowInterpretation">Whether a provider that does not speak the client's language but provides interpretation is acceptable.</param>
    /// <param name="weights">The soft-ranking weights.</param>
    /// <param name="mandatoryRules">Legal obligations for minors, with distinct codes (at most <see cref="MaxMandatoryRules"/>).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or too long, or a mandatory rule is null or repeats a code, or there are too many.</exception>
    public ReferralPolicy(string name, bool allowInterpretation, ScoringWeights weights, ImmutableArray<MandatoryRoutingRule> mandatoryRules)
    {
        Name = Preconditions.BoundedText(name, Limits.Name, nameof(name));
        AllowInterpretation = allowInterpretation;
        this.weights = Preconditions.NotNull(weights, nameof(weights));
        this.mandatoryRules = ValidRules(mandatoryRules, nameof(mandatoryRules));
    }

    /// <summary>Creates a policy from its JSON form; settings that are absent take their defaults.</summary>
    [JsonConstructor]
    internal ReferralPolicy(
        string name,
        bool allowInterpretation,
        ScoringWeights weights,
        ImmutableArray<MandatoryRoutingRule> mandatoryRules,
        ImmutableArray<ReportingDuty> reportingDuties,
        ImmutableArray<string> certainDuties,
        Duration openingSoonWindow,
        ImmutableArray<FallbackContact> fallbacks)
        : this(name, allowInterpretation, weights, mandatoryRules)
    {
        if (!reportingDuties.IsDefault)
        {
            ReportingDuties = reportingDuties;
        }

        CertainDuties = certainDuties;
        OpeningSoonWindow = openingSoonWindow == Duration.Zero ? DefaultOpeningSoonWindow : openingSoonWindow;
        if (!fallbacks.IsDefault)
        {
            Fallbacks = fallbacks;
        }
    }

    /// <summary>Gets the default policy (see the summary of <see cref="ReferralPolicy"/>).</summary>
    public static ReferralPolicy Default { get; } = new("default", true, ScoringWeights.Default, [MandatoryRoutingRule.MinorToChildProtection]);

    /// <summary>
    /// Gets the default "opening soon" window: two hours. An immediate need (urgent medical care, a mental-health crisis,
    /// emergency safety) cannot wait overnight; two hours is about the time it takes to arrange transport and a warm
    /// hand-off, so a service opening within it ranks before one whose hours are unknown.
    /// </summary>
    public static Duration DefaultOpeningSoonWindow => Duration.FromHours(2);

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets whether interpretation is an acceptable substitute for a shared language.</summary>
    public bool AllowInterpretation { get; init; }

    /// <summary>Gets the soft-ranking weights.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ScoringWeights Weights
    {
        get => weights;
        init => weights = Preconditions.NotNull(value, nameof(Weights));
    }

    /// <summary>Gets the mandatory routing rules.</summary>
    /// <exception cref="ArgumentException">A rule is null or repeats a code, or there are more than <see cref="MaxMandatoryRules"/>.</exception>
    public ImmutableArray<MandatoryRoutingRule> MandatoryRules
    {
        get => mandatoryRules;
        init => mandatoryRules = ValidRules(value, nameof(MandatoryRules));
    }

    /// <summary>
    /// Gets the reporting duties in force, by code: the library's defaults unless the coalition narrows or extends them for
    /// its state. A provider that declares a duty the policy does not define still gets a notice ("may apply: ask the
    /// provider"), so an unknown duty is never silently dropped.
    /// </summary>
    /// <exception cref="ArgumentException">A duty is null or repeats a code, or there are more than <see cref="MaxDefinitions"/>.</exception>
    public ImmutableArray<ReportingDuty> ReportingDuties
    {
        get => reportingDuties;
        init => reportingDuties = ValidDistinct(value, d => d.Code, nameof(ReportingDuties));
    }

    /// <summary>
    /// Gets the codes of duties whose trigger the coalition states as certain once the client's condition is known (for
    /// example, counsel has advised that every referral of a minor discloses the trafficking). Notices then say "applies"
    /// instead of "may apply: confirm", and a mandatory rule built on such a duty is "required" for a known minor. Empty by
    /// default: whether a duty arises turns on what the provider learns, so the library never assumes it.
    /// </summary>
    /// <exception cref="ArgumentException">A code is null or malformed, or there are more than <see cref="MaxDefinitions"/>.</exception>
    public ImmutableArray<string> CertainDuties
    {
        get => certainDuties;
        init
        {
            var list = value.IsDefault ? [] : value;
            foreach (var code in list)
            {
                Preconditions.Code(code, Limits.Code, nameof(CertainDuties));
            }

            var sorted = list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            certainDuties = sorted.Length <= MaxDefinitions ? sorted : throw new ArgumentException($"At most {MaxDefinitions} certain duties.", nameof(CertainDuties));
        }
    }

    /// <summary>Gets how soon a closed service must open to rank as "opening soon" for an immediate need: more than zero and at most 24 hours.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero, negative or longer than 24 hours.</exception>
    public Duration OpeningSoonWindow
    {
        get => openingSoonWindow;
        init => openingSoonWindow = value > Duration.Zero && value <= Duration.FromHours(24)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(OpeningSoonWindow), value, "The opening-soon window is more than zero and at most 24 hours.");
    }

    /// <summary>Gets the always-available fallback contacts, in the order they are offered.</summary>
    /// <exception cref="ArgumentException">A contact is null or repeats a code, or there are more than <see cref="MaxDefinitions"/>.</exception>
    public ImmutableArray<FallbackContact> Fallbacks
    {
        get => fallbacks;
        init => fallbacks = ValidDistinct(value, f => f.Code, nameof(Fallbacks), keepOrder: true);
    }

    /// <summary>Gets the custom rules, in the order added. Not written to JSON.</summary>
    [JsonIgnore]
    public ImmutableArray<IReferralRule> CustomRules { get; private init; } = [];

    /// <summary>Returns the definition of the duty with the given code, or <see langword="null"/> when the policy does not define it.</summary>
    /// <param name="code">A duty code.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public ReportingDuty? FindDuty(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var duty in ReportingDuties)
        {
            if (duty.Code == code)
            {
                return duty;
            }
        }

        return null;
    }

    /// <summary>Returns a copy with a custom rule added.</summary>
    /// <param name="rule">The rule; its code must not repeat a custom rule's or a built-in hard rule's code.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule's code is malformed or already used, or the policy already holds <see cref="MaxCustomRules"/> custom rules.</exception>
    public ReferralPolicy WithRule(IReferralRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Code is null || rule.Code.Length > Limits.Code || !Catalogues.CodeSyntax.IsValid(rule.Code) ||
            HardRuleCodes.All.Contains(rule.Code) || CustomRules.Any(r => r.Code == rule.Code))
        {
            throw new ArgumentException($"Custom rule code {Preconditions.Quote(rule.Code)} is malformed or already used.", nameof(rule));
        }

        if (CustomRules.Length >= MaxCustomRules)
        {
            throw new ArgumentException($"A policy holds at most {MaxCustomRules} custom rules.", nameof(rule));
        }

        return this with { CustomRules = CustomRules.Add(rule) };
    }

    /// <summary>Returns a copy with other weights.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public ReferralPolicy WithWeights(ScoringWeights weights) => this with { Weights = Preconditions.NotNull(weights, nameof(weights)) };

    /// <inheritdoc />
    public bool Equals(ReferralPolicy? other) =>
        other is not null && Name == other.Name && AllowInterpretation == other.AllowInterpretation && Weights == other.Weights &&
        Equality.Sequence(MandatoryRules, other.MandatoryRules) && Equality.Sequence(ReportingDuties, other.ReportingDuties) &&
        Equality.Sequence(CertainDuties, other.CertainDuties) && OpeningSoonWindow == other.OpeningSoonWindow &&
        Equality.Sequence(Fallbacks, other.Fallbacks) && Equality.Sequence(CustomRules, other.CustomRules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, AllowInterpretation, Weights, Equality.SequenceHash(MandatoryRules), Equality.SequenceHash(CertainDuties), OpeningSoonWindow);

    private static ImmutableArray<MandatoryRoutingRule> ValidRules(ImmutableArray<MandatoryRoutingRule> rules, string paramName)
    {
        var list = rules.IsDefault ? [] : rules;
        if (list.Length > MaxMandatoryRules)
        {
            throw new ArgumentException($"A policy holds at most {MaxMandatoryRules} mandatory rules.", paramName);
        }

        Preconditions.NoNullElements(list, paramName);
        return list.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count() == list.Length
            ? list
            : throw new ArgumentException("A mandatory rule code repeats.", paramName);
    }

    private static ImmutableArray<T> ValidDistinct<T>(ImmutableArray<T> items, Func<T, string> code, string paramName, bool keepOrder = false)
        where T : class
    {
        var list = items.IsDefault ? [] : items;
        if (list.Length > MaxDefinitions)
        {
            throw new ArgumentException($"A policy holds at most {MaxDefinitions} of these.", paramName);
        }

        Preconditions.NoNullElements(list, paramName);
        if (list.Select(code).Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException("A code repeats.", paramName);
        }

        return keepOrder ? list : [.. list.OrderBy(code, StringComparer.Ordinal)];
    }
}
