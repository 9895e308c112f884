using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Coalition.Domain.Reporting;

/// <summary>
/// Publishes differentially private counts: the goal beyond k-thresholds, whose guarantee still holds across repeated
/// releases, after the Counter-Trafficking Data Collaborative's later releases.
/// </summary>
/// <remarks>
/// <para><b>Mechanism.</b> Each count of the finest crossing (every dimension of the main table) gets independent noise
/// from the two-sided geometric distribution, P(Z = z) = (1 − α)/(1 + α) · α^|z| with α = e^−ε: the discrete Laplace
/// mechanism. Adding or removing one case changes one such count by one, so the counts are ε-differentially private
/// (Ghosh, Roughgarden and Sundararajan, 2009). Everything else is post-processing, which costs no privacy: negative
/// counts are set to 0, and every margin and every published table is summed from the floored counts, so the tables add
/// up exactly and never show a negative number.</para>
/// <para><b>Accuracy.</b> Each finest count has noise of standard deviation √(2α)/(1 − α) (2.8 at ε = 0.5, 1.4 at ε = 1).
/// The zero floor biases counts upward: an empty count shows α/(1 − α²) on average (0.43 at ε = 1), so a margin over many
/// empty counts runs high by about that much per count; a margin's noise grows with the square root of the counts it
/// sums. Published counts are not rounded and nothing is suppressed: the guarantee does not depend on it.</para>
/// <para><b>What stays fixed.</b> The categories must not depend on the data, so the request must list the areas (records
/// with another or no area count as <c>unknown</c>) and, to cross quarters, give the period. Randomness comes only from
/// the caller's <see cref="Random"/> (<see cref="CryptographicRandom"/> for a real release; a seeded one in tests): with
/// the same source and records, the release is the same, whatever their order.</para>
/// </remarks>
public static class PrivateReporter
{
    /// <summary>Publishes a differentially private release and records its ε in the ledger.</summary>
    /// <param name="records">The case records of the ledger's dataset.</param>
    /// <param name="request">What to publish (its areas must be listed).</param>
    /// <param name="ledger">The privacy ledger of these records.</param>
    /// <param name="epsilon">The ε this release spends: above 0, at most what the ledger has left.</param>
    /// <param name="at">When the release is published (recorded in the ledger).</param>
    /// <param name="random">The source of the noise.</param>
    /// <returns>The release and the ledger with its ε recorded.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a record is.</exception>
    /// <exception cref="ArgumentException">The request lists no areas but crosses them, crosses quarters without a period, or asks for demand against supply.</exception>
    /// <exception cref="ArgumentOutOfRangeException">ε is not above 0, or above 100.</exception>
    /// <exception cref="ReleaseRefusedException">ε is more than the ledger has left; nothing is drawn from <paramref name="random"/>.</exception>
    public static PrivateRelease Publish(IEnumerable<CaseRecord> records, ReleaseRequest request, PrivacyLedger ledger, decimal epsilon, Instant at, Random random)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(random);
        var dimensions = request.Table.Dimensions;
        if (request.Demand is not null)
        {
            throw new ArgumentException("A private release does not publish demand against supply; publish it with suppression (AggregateReporter) or leave Demand unset.", nameof(request));
        }

        if (dimensions.Contains(ReportDimension.Area) && request.Areas.IsEmpty)
        {
            throw new ArgumentException("A private release must list its areas: areas taken from the records would disclose where cases are.", nameof(request));
        }

        if (dimensions.Contains(ReportDimension.Quarter) && (request.From is null || request.To is null))
        {
            throw new ArgumentException("A private release crossing quarters needs the period's first and last quarter.", nameof(request));
        }

        var selected = request.Select(records, nameof(records));

        // Spend first: a refused release draws nothing.
        var spent = ledger.Spend(request.Title, epsilon, at);
        var categories = ReleaseCube.CategoriesOf(dimensions, [], request.From, request.To, [.. request.Areas, "unknown"], request.Table.Name);
        var cube = ReleaseCube.Count(dimensions, categories, [.. dimensions.Select((d, i) => ReleaseCube.Indexer(d, categories[i], unlistedAsUnknown: true))], selected);
        var alpha = Math.Exp(-(double)epsilon);
        cube.AddNoise(random, alpha);
        var recorded = DisclosurePolicy.Default with { PrivacyBudget = ledger.Budget };
        var tables = request.PublishedTables().Select(table => cube.Table(table, recorded)).ToImmutableArray();
        var release = new Release(request.Title, request.From, request.To, recorded, tables, Statement(request, epsilon, alpha, spent)) { Epsilon = epsilon };
        return new PrivateRelease(release, spent);
    }

    /// <summary>A two-sided geometric draw: the difference of two geometric variables with ratio α.</summary>
    internal static int TwoSidedGeometric(Random random, double alpha) => Geometric(random, alpha) - Geometric(random, alpha);

    private static int Geometric(Random random, double alpha)
    {
        // Inversion: P(G ≥ g) = α^g, so G = ⌊ln U / ln α⌋ with U uniform in (0, 1].
        var u = 1.0 - random.NextDouble();
        return (int)Math.Min(int.MaxValue / 4, Math.Floor(Math.Log(u) / Math.Log(alpha)));
    }

    private static string Statement(ReleaseRequest request, decimal epsilon, double alpha, PrivacyLedger ledger)
    {
        var sd = Math.Sqrt(2 * alpha) / (1 - alpha);
        var bias = alpha / (1 - (alpha * alpha));
        var combinations = request.DescribeCombinations("summed from the noisy counts");
        return string.Create(CultureInfo.InvariantCulture,
            $"These tables count de-identified cases {AggregateReporter.Period(request.From, request.To)} with differential privacy; no case-level data leaves the organisation that holds it. " +
            $"Every count of the finest crossing ({CrossingRisk.NameOf(request.Table.Dimensions, capitalised: false)}) had noise from the geometric (discrete Laplace) mechanism added with ε = {PrivacyLedger.Show(epsilon)}, negative results were set to 0, and every other count is the sum of those, so the tables add up.{combinations} " +
            $"Whatever else anyone knows, the release changes the odds of any inference about one person by at most a factor of e^ε = {Math.Exp((double)epsilon):0.##}. " +
            $"The noise has a standard deviation of {sd:0.#} per finest count; an empty count shows {bias:0.##} on average after the zero floor, so totals over many empty counts run high. " +
            $"This release spent ε = {PrivacyLedger.Show(epsilon)} of the budget of {PrivacyLedger.Show(ledger.Budget)} for these records; {PrivacyLedger.Show(ledger.Remaining)} is left.");
    }
}
