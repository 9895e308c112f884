using System.Collections.Immutable;
using System.Text;

namespace Coalition.Domain.Law;

/// <summary>
/// Evaluates case facts against a legal framework. <see cref="Assess"/> explains every verdict element by element;
/// <see cref="Decide"/> returns only the verdict, without allocating, for bulk use.
/// </summary>
public static class TraffickingAssessor
{
    private const int MaxUnknownsForDecidingSets = 24;

    /// <summary>Returns the verdict on one offence, in Kleene three-valued logic, without allocating.</summary>
    /// <param name="offence">The offence definition.</param>
    /// <param name="facts">The case facts.</param>
    /// <returns>Met, not met or undetermined.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Verdict Decide(OffenceDefinition offence, CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(offence);
        ArgumentNullException.ThrowIfNull(facts);
        var (established, ruledOut) = Masks(facts, LegalAge.MinorityStatus(facts.Age, facts.Conduct));
        return offence.Evaluate(established, ruledOut);
    }

    /// <summary>Assesses the facts under every offence of <paramref name="framework"/>, with explanations, deciding sets and open questions.</summary>
    /// <param name="framework">The legal framework, such as <see cref="LegalFrameworks.Tvpa"/>.</param>
    /// <param name="facts">The case facts.</param>
    /// <param name="options">How much detail to give for an undetermined offence; <see cref="AssessmentOptions.Default"/> (every deciding set) when <see langword="null"/>.</param>
    /// <returns>The assessment. It holds no date of birth: see <see cref="Assessment"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">The framework has no offences.</exception>
    public static Assessment Assess(ILegalFramework framework, CaseFacts facts, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(facts);
        options ??= AssessmentOptions.Default;
        var offences = framework.Offences;
        if (offences.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Framework '{framework.Code}' defines no offences.", nameof(framework));
        }

        var minority = LegalAge.Minority(facts.Age, facts.Conduct);
        var (established, ruledOut) = Masks(facts, minority.Status);
        var results = ImmutableArray.CreateBuilder<OffenceAssessment>(offences.Length);
        foreach (var offence in offences)
        {
            results.Add(AssessOffence(offence, established, ruledOut, minority, options));
        }

        var text = new StringBuilder();
        text.Append(framework.Name).Append(" (").Append(framework.Citation).Append(")\n");
        foreach (var result in results)
        {
            text.Append(result.Explanation).Append('\n');
        }

        if (facts.StatusOf(CaseFact.Movement) != FactStatus.Unknown)
        {
            text.Append("Movement is not an element: a victim need not be physically transported from one location to another (seed 003), so whether the person was moved does not change any verdict.\n");
        }

        text.Append("This is an analysis of the facts given, not a determination: the status stays potential (HTCDS: Possible) until a competent authority decides.");
        return new Assessment(framework.Code, framework.Name, facts, results.MoveToImmutable(), text.ToString());
    }

    internal static (ulong Established, ulong RuledOut) Masks(CaseFacts facts, FactStatus minority)
    {
        const ulong minorBit = 1UL << (int)CaseFact.UnderEighteen;
        return minority switch
        {
            FactStatus.Established => (facts.EstablishedMask | minorBit, facts.RuledOutMask),
            FactStatus.RuledOut => (facts.EstablishedMask, facts.RuledOutMask | minorBit),
            _ => (facts.EstablishedMask, facts.RuledOutMask),
        };
    }

    private static OffenceAssessment AssessOffence(OffenceDefinition offence, ulong established, ulong ruledOut, MinorityFinding minority, AssessmentOptions options)
    {
        var verdict = offence.Evaluate(established, ruledOut);
        var elements = ImmutableArray.CreateBuilder<ElementAssessment>(offence.Elements.Length);
        foreach (var element in offence.Elements)
        {
            elements.Add(AssessElement(element, established, ruledOut, minority));
        }

        var allSets = verdict == Verdict.Undetermined ? DecidingSets(offence, established, ruledOut) : [];
        var questions = OpenQuestions(offence, allSets);
        var decidingSets = allSets.Length <= options.MaxDecidingSets ? allSets : allSets[..options.MaxDecidingSets];
        var text = new StringBuilder();
        text.Append(offence.Name).Append(" (").Append(offence.Citation).Append("): ").Append(Word(verdict)).Append('.');
        foreach (var element in elements)
        {
            text.Append("\n  - ").Append(element.Explanation);
        }

        if (options.SummarizeUndetermined)
        {
            foreach (var question in questions)
            {
                text.Append("\n  * To decide, answer for ").Append(question.ElementCode).Append(": ")
                    .AppendJoin(", ", question.Facts.Take(options.MaxFactsPerElement).Select(CaseFacts.Describe));
                if (question.Facts.Length > options.MaxFactsPerElement)
                {
                    text.Append(" (+").Append(question.Facts.Length - options.MaxFactsPerElement).Append(" more)");
                }
            }
        }
        else
        {
            foreach (var set in decidingSets)
            {
                text.Append("\n  * ").Append(set.ToString());
            }

            if (allSets.Length > decidingSets.Length)
            {
                text.Append("\n  * … and ").Append(allSets.Length - decidingSets.Length).Append(" more deciding sets.");
            }
        }

        return new OffenceAssessment(offence.Code, offence.Name, offence.Citation, verdict, elements.MoveToImmutable(), decidingSets, text.ToString())
        {
            OpenQuestions = questions,
            OmittedDecidingSets = allSets.Length - decidingSets.Length,
        };
    }

    /// <summary>The distinct facts of the deciding sets, grouped by the elements whose rules mention them, in the offence's order.</summary>
    private static ImmutableArray<OpenQuestion> OpenQuestions(OffenceDefinition offence, ImmutableArray<DecidingSet> sets)
    {
        if (sets.IsEmpty)
        {
            return [];
        }

        var deciding = 0UL;
        foreach (var set in sets)
        {
            foreach (var fact in set.Facts)
            {
                deciding |= 1UL << (int)fact;
            }
        }

        var questions = ImmutableArray.CreateBuilder<OpenQuestion>();
        foreach (var element in offence.Elements)
        {
            var facts = element.Rule.FactMask & deciding;
            if (facts != 0)
            {
                questions.Add(new OpenQuestion(element.Code, element.Name, CaseFacts.FactsIn(facts)));
            }
        }

        return questions.ToImmutable();
    }

    private static ElementAssessment AssessElement(ElementDefinition element, ulong established, ulong ruledOut, MinorityFinding minority)
    {
        var mask = element.Rule.FactMask;
        var verdict = element.Rule.Evaluate(established, ruledOut);
        var deciding = verdict switch
        {
            Verdict.Met => mask & established,
            Verdict.NotMet => mask & ruledOut,
            _ => mask & ~(established | ruledOut),
        };
        var facts = CaseFacts.FactsIn(deciding);
        var text = new StringBuilder();
        text.Append(element.Name).Append(" (").Append(element.Citation).Append("): ").Append(Word(verdict));
        text.Append(verdict switch
        {
            Verdict.Met => "; established: ",
            Verdict.NotMet => "; ruled out: ",
            _ => "; still unknown: ",
        });
        text.AppendJoin(", ", facts.Select(CaseFacts.Describe)).Append('.');
        if ((mask & (1UL << (int)CaseFact.UnderEighteen)) != 0 && minority.Status != FactStatus.Unknown)
        {
            text.Append(' ').Append(minority.Explanation);
            if (verdict == Verdict.Met && facts is [CaseFact.UnderEighteen])
            {
                text.Append(minority.IsPartial
                    ? " No force, fraud or coercion needs to be shown for the conduct before the 18th birthday."
                    : " No force, fraud or coercion needs to be shown for a minor.");
            }
        }

        return new ElementAssessment(element.Code, element.Name, element.Citation, verdict, facts, text.ToString());
    }

    /// <summary>
    /// The smallest sets of unknown facts that would decide the offence: for <see cref="Verdict.Met"/>, sets whose
    /// establishment makes it met; for <see cref="Verdict.NotMet"/>, sets whose ruling-out makes it not met. Rules are
    /// monotone, so trying "all established" and "all ruled out" for each set is exact. Sets are searched by increasing size.
    /// </summary>
    private static ImmutableArray<DecidingSet> DecidingSets(OffenceDefinition offence, ulong established, ulong ruledOut)
    {
        // CaseFact has 23 values, so an offence has at most 22 unknown facts and the search at most 2^22 subsets.
        System.Diagnostics.Debug.Assert(CaseFacts.FactCount <= MaxUnknownsForDecidingSets, "Deciding sets are searched exhaustively.");
        var unknownMask = offence.FactMask & ~(established | ruledOut);
        var unknowns = CaseFacts.FactsIn(unknownMask);

        var results = ImmutableArray.CreateBuilder<DecidingSet>();
        foreach (var outcome in (ReadOnlySpan<Verdict>)[Verdict.Met, Verdict.NotMet])
        {
            for (var size = 1; size <= unknowns.Length; size++)
            {
                var found = false;
                foreach (var subset in Subsets(unknowns.Length, size))
                {
                    var bits = 0UL;
                    for (var i = 0; i < unknowns.Length; i++)
                    {
                        if ((subset & (1UL << i)) != 0)
                        {
                            bits |= 1UL << (int)unknowns[i];
                        }
                    }

                    var verdict = outcome == Verdict.Met ? offence.Evaluate(established | bits, ruledOut) : offence.Evaluate(established, ruledOut | bits);
                    if (verdict == outcome)
                    {
                        results.Add(new DecidingSet(outcome, CaseFacts.FactsIn(bits)));
                        found = true;
                    }
                }

                if (found)
                {
                    break;
                }
            }
        }

        return results.ToImmutable();
    }

    /// <summary>Enumerates the bit masks of all <paramref name="size"/>-element subsets of <paramref name="count"/> items in increasing numeric order (Gosper's hack).</summary>
    private static IEnumerable<ulong> Subsets(int count, int size)
    {
        var subset = (1UL << size) - 1;
        var limit = 1UL << count;
        while (subset < limit)
        {
            yield return subset;
            var lowest = subset & (~subset + 1);
            var ripple = subset + lowest;
            subset = (((ripple ^ subset) >> 2) / lowest) | ripple;
        }
    }

    private static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Met => "MET",
        Verdict.NotMet => "NOT MET",
        _ => "UNDETERMINED",
    };

}
