using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Coalitions;

/// <summary>
/// A coalition best practice from seeds 000, 002 and 003, with the pillar it serves and a check over a
/// <see cref="CoalitionProfile"/>. Obtain instances from <see cref="BestPractices"/>.
/// </summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<BestPractice>))]
public sealed class BestPractice : CatalogueEntry<BestPractice>, ICatalogueEntry<BestPractice>
{
    private readonly Func<CoalitionProfile, BestPractice, HealthCheckThresholds, PracticeCheck> check;

    internal BestPractice(string code, string displayName, string description, Pillar pillar, ImmutableArray<SourceDocument> sources, string nextStep, Func<CoalitionProfile, BestPractice, HealthCheckThresholds, PracticeCheck> check)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(nextStep);
        ArgumentNullException.ThrowIfNull(pillar);
        ArgumentNullException.ThrowIfNull(check);
        Description = description;
        Pillar = pillar;
        Sources = sources;
        NextStep = nextStep;
        this.check = check;
    }

    /// <summary>Gets the catalogue of best practices.</summary>
    static Catalogue<BestPractice> ICatalogueEntry<BestPractice>.Catalogue => BestPractices.Catalogue;

    /// <summary>Gets what the practice asks, paraphrasing its source.</summary>
    public string Description { get; }

    /// <summary>Gets the pillar the practice serves.</summary>
    public Pillar Pillar { get; }

    /// <summary>Gets the source documents.</summary>
    public ImmutableArray<SourceDocument> Sources { get; }

    /// <summary>Gets the next step a coalition that does not meet the practice should take.</summary>
    public string NextStep { get; }

    /// <summary>Checks the practice against a coalition. Checks never penalise a coalition for having more members.</summary>
    /// <param name="coalition">The coalition.</param>
    /// <param name="thresholds">The numbers to compare against, or <see langword="null"/> for <see cref="HealthCheckThresholds.Default"/>.</param>
    /// <returns>Whether it is met, with the evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coalition"/> is null.</exception>
    public PracticeCheck Check(CoalitionProfile coalition, HealthCheckThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        return check(coalition, this, thresholds ?? HealthCheckThresholds.Default);
    }
}
