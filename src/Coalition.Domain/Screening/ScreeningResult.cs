using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Law;

namespace Coalition.Domain.Screening;

/// <summary>
/// What a screening found: the indicators observed and the facts they suggest. The status is at most
/// <see cref="HtcdsTraffickingStatus.Possible"/>: only a competent authority can decide that a person is a victim.
/// Suggested facts become case facts only through <see cref="Confirm"/>.
/// </summary>
public sealed record ScreeningResult
{
    /// <summary>
    /// Reads a result from JSON. The suggestions and prompts must be exactly what <see cref="Screener.Screen"/> derives from
    /// the observed indicators: a result read back is as valid as one computed.
    /// </summary>
    [System.Text.Json.Serialization.JsonConstructor]
    internal ScreeningResult(ImmutableArray<Indicator> observed, ImmutableArray<FactSuggestion> suggestions, ImmutableArray<FactSuggestion> prompts)
        : this(Preconditions.Elements(observed, Limits.Items, nameof(observed)))
    {
        if (!Equality.Sequence(Suggestions, Preconditions.Elements(suggestions, Limits.Items, nameof(suggestions))))
        {
            throw new ArgumentException("The suggestions do not follow from the observed indicators.", nameof(suggestions));
        }

        if (!Equality.Sequence(Prompts, Preconditions.Elements(prompts, Limits.Items, nameof(prompts))))
        {
            throw new ArgumentException("The prompts do not follow from the observed indicators.", nameof(prompts));
        }
    }

    /// <summary>Screens the observed indicators (no null): each once, sorted by code, with the facts they suggest and prompt.</summary>
    internal ScreeningResult(ImmutableArray<Indicator> observed)
    {
        Observed = [.. observed.Distinct().OrderBy(i => i.Code, StringComparer.Ordinal)];
        Suggestions = Group(Observed, i => i.SuggestedFacts);
        var suggested = Suggestions.Select(s => s.Fact).ToHashSet();
        Prompts = [.. Group(Observed, i => i.PromptedFacts).Where(p => !suggested.Contains(p.Fact))];
    }

    /// <summary>Gets the indicators observed, in catalogue order, each once.</summary>
    public ImmutableArray<Indicator> Observed { get; }

    /// <summary>Gets the facts suggested, in <see cref="CaseFact"/> order.</summary>
    public ImmutableArray<FactSuggestion> Suggestions { get; }

    /// <summary>
    /// Gets the facts the observed indicators are a reason to ask about, but not evidence of (for example a scheme of
    /// coercion when earnings are taken), in <see cref="CaseFact"/> order; facts already suggested are not repeated. A prompt
    /// can never be confirmed from this screening: ask, and set the fact on the case facts when the evidence shows it.
    /// </summary>
    public ImmutableArray<FactSuggestion> Prompts { get; }

    /// <summary>Gets <see cref="HtcdsTraffickingStatus.Possible"/> when any indicator was observed, otherwise <see langword="null"/> (no status). Never Actual or Not.</summary>
    public HtcdsTraffickingStatus? Status => Observed.IsEmpty ? null : HtcdsTraffickingStatus.Possible;

    /// <summary>Gets the Action-Means-Purpose elements the observed indicators bear on.</summary>
    public AmpElements Elements => Indicator.AmpElementsOf(Suggestions.Concat(Prompts).Select(s => s.Fact));

    /// <summary>
    /// Returns <paramref name="facts"/> with the <paramref name="confirmed"/> facts established. Each must be a suggested
    /// fact that the caller has confirmed; nothing else is changed. <see cref="CaseFact.UnderEighteen"/> cannot be confirmed
    /// here: establish the age with <see cref="CaseFacts.WithAge"/>.
    /// </summary>
    /// <param name="facts">The case facts to update.</param>
    /// <param name="confirmed">The suggested facts the caller confirms.</param>
    /// <returns>The updated facts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A confirmed fact was not suggested, or is <see cref="CaseFact.UnderEighteen"/>.</exception>
    public CaseFacts Confirm(CaseFacts facts, IEnumerable<CaseFact> confirmed)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(confirmed);
        var list = confirmed.ToList();
        foreach (var fact in list)
        {
            if (fact == CaseFact.UnderEighteen)
            {
                throw new ArgumentException("A suggested minority is confirmed by establishing the age (CaseFacts.WithAge), not here.", nameof(confirmed));
            }

            if (!Suggestions.Any(s => s.Fact == fact))
            {
                throw new ArgumentException($"Fact '{CaseFacts.Describe(fact)}' was not suggested by this screening; set it on the case facts directly if the evidence shows it.", nameof(confirmed));
            }
        }

        return facts.Establish([.. list]);
    }

    /// <inheritdoc />
    public bool Equals(ScreeningResult? other) =>
        other is not null && Equality.Sequence(Observed, other.Observed) && Equality.Sequence(Suggestions, other.Suggestions) && Equality.Sequence(Prompts, other.Prompts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.SequenceHash(Observed), Equality.SequenceHash(Suggestions), Equality.SequenceHash(Prompts));

    /// <summary>Returns the number of indicators and suggested facts, and the status.</summary>
    /// <returns>For example <c>3 indicators, 4 suggested facts, 2 facts to ask about, status Possible</c>.</returns>
    public override string ToString() => $"{Observed.Length} indicators, {Suggestions.Length} suggested facts, {Prompts.Length} facts to ask about, status {Status?.ToString() ?? "none"}";

    private static ImmutableArray<FactSuggestion> Group(ImmutableArray<Indicator> indicators, Func<Indicator, ImmutableArray<CaseFact>> facts) =>
        [.. indicators
            .SelectMany(i => facts(i).Select(f => (Fact: f, i.Code)))
            .GroupBy(x => x.Fact)
            .OrderBy(g => g.Key)
            .Select(g => new FactSuggestion(g.Key, [.. g.Select(x => x.Code)]))];
}
