using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Catalogues;
using Coalition.Domain.Law;

namespace Coalition.Domain.Screening;

/// <summary>
/// A red-flag indicator of trafficking, tagged with the case facts (elements) it bears on, in two strengths. It
/// <em>suggests</em> a fact only when it describes the element itself ("threatened with physical harm" is a threat of harm);
/// it <em>prompts</em> an advocate to ask about a fact when it is a common sign of it but not the element ("earnings taken"
/// is a reason to ask about a scheme of coercion, not evidence of one). Even a suggestion never establishes a fact unless
/// the caller confirms it (<see cref="ScreeningResult.Confirm"/>). Wording is the library's own; no screening instrument's
/// question text is embedded.
/// </summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<Indicator>))]
public sealed class Indicator : CatalogueEntry<Indicator>, ICatalogueEntry<Indicator>
{
    internal Indicator(string code, string displayName, ImmutableArray<CaseFact> suggestedFacts, ImmutableArray<CaseFact> promptedFacts, HtcdsMethodOfControl? methodOfControl, string source)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        suggestedFacts = suggestedFacts.IsDefault ? [] : suggestedFacts;
        promptedFacts = promptedFacts.IsDefault ? [] : promptedFacts;
        if (suggestedFacts.IsEmpty && promptedFacts.IsEmpty)
        {
            throw new ArgumentException($"Indicator '{code}' must bear on at least one fact.", nameof(suggestedFacts));
        }

        if (suggestedFacts.Intersect(promptedFacts).Any())
        {
            throw new ArgumentException($"Indicator '{code}' cannot both suggest and prompt the same fact.", nameof(promptedFacts));
        }

        SuggestedFacts = suggestedFacts;
        PromptedFacts = promptedFacts;
        MethodOfControl = methodOfControl;
        Source = source;
    }

    /// <summary>Gets the catalogue of all indicators.</summary>
    static Catalogue<Indicator> ICatalogueEntry<Indicator>.Catalogue => Indicators.Catalogue;

    /// <summary>
    /// Gets the facts this indicator is evidence for, in <see cref="CaseFact"/> order. <see cref="CaseFact.UnderEighteen"/>
    /// means the indicator suggests the person is a minor, to be confirmed by establishing the age.
    /// </summary>
    public ImmutableArray<CaseFact> SuggestedFacts { get; }

    /// <summary>Gets the facts this indicator is a reason to ask about but not evidence of, in <see cref="CaseFact"/> order.</summary>
    public ImmutableArray<CaseFact> PromptedFacts { get; }

    /// <summary>Gets the Action-Means-Purpose elements (Polaris) the indicator bears on, by suggestion or prompt.</summary>
    public AmpElements Elements => AmpElementsOf(SuggestedFacts.Concat(PromptedFacts));

    /// <summary>Gets the HTCDS method of control this indicator records, or <see langword="null"/> when it is not a method of control.</summary>
    public HtcdsMethodOfControl? MethodOfControl { get; }

    /// <summary>Gets the public source the indicator is drawn from.</summary>
    public string Source { get; }

    internal static AmpElements AmpElementsOf(IEnumerable<CaseFact> facts)
    {
        var elements = AmpElements.None;
        foreach (var fact in facts)
        {
            elements |= fact switch
            {
                <= CaseFact.Soliciting => AmpElements.Action,
                <= CaseFact.PaymentsToPersonInControl => AmpElements.Means,
                <= CaseFact.OrganRemoval => AmpElements.Purpose,
                CaseFact.UnderEighteen => AmpElements.Age,
                _ => AmpElements.None,
            };
        }

        return elements;
    }
}
