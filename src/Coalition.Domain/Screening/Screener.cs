using System.Collections.Immutable;

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

        return new ScreeningResult([.. set]);
    }
}
