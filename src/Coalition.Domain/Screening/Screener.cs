using System.Collections.Immutable;
using Coalition.Domain.Law;

namespace Coalition.Domain.Screening;

/// <summary>Turns observed indicators into suggested facts. Deterministic and order-independent.</summary>
public static class Screener
{
    /// <summary>The screening instruments the library refers to by name only (their texts are licensed and not embedded).</summary>
    public static ImmutableArray<string> ReferencedInstruments { get; } =
    [
        "Vera Institute of Justice, Trafficking Victim Identification Tool (TVIT), long and 16-question short forms",
        "Quick Youth Indicators for Trafficking (QYIT), 4 questions; any yes is a positive screen",
    ];

    /// <summary>Screens a set of observed indicators.</summary>
    /// <param name="observed">The indicators observed; duplicates and order do not matter.</param>
    /// <returns>The screening result: suggested facts only, status at most Possible.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observed"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="observed"/> holds a null.</exception>
    public static ScreeningResult Screen(IEnumerable<Indicator> observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        var set = new HashSet<Indicator>();
        foreach (var indicator in observed)
        {
            if (indicator is null)
            {
                throw new ArgumentException("The observed indicators contain a null.", nameof(observed));
            }

            set.Add(indicator);
        }

        var ordered = set.OrderBy(i => i.Code, StringComparer.Ordinal).ToImmutableArray();
        var suggestions = Group(ordered, i => i.SuggestedFacts);
        var suggested = suggestions.Select(s => s.Fact).ToHashSet();
        var prompts = Group(ordered, i => i.PromptedFacts).Where(p => !suggested.Contains(p.Fact)).ToImmutableArray();
        return new ScreeningResult(ordered, suggestions, prompts);
    }

    private static ImmutableArray<FactSuggestion> Group(ImmutableArray<Indicator> indicators, Func<Indicator, ImmutableArray<CaseFact>> facts) =>
        indicators
            .SelectMany(i => facts(i).Select(f => (Fact: f, i.Code)))
            .GroupBy(x => x.Fact)
            .OrderBy(g => g.Key)
            .Select(g => new FactSuggestion(g.Key, g.Select(x => x.Code).ToImmutableArray()))
            .ToImmutableArray();
}
