using System.Collections.Immutable;
using System.Globalization;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Reporting;

/// <summary>
/// The privacy budget spent on one set of records across differentially private releases. Guarantees compose
/// sequentially: k releases with ε₁ … εₖ of the same records give ε₁ + … + εₖ together, so the ledger adds them up and
/// refuses a release that would take the total above the budget. Immutable: spending returns a new ledger, which the
/// caller stores (it round-trips through JSON, <c>CoalitionJsonContext.Default.PrivacyLedger</c>). ε is a decimal, so the
/// sum is exact and never creeps over the budget by rounding.
/// </summary>
public sealed record PrivacyLedger
{
    private readonly ImmutableArray<PrivacyLedgerEntry> entries = [];

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="dataset">An opaque name for the records the ledger covers, 1 to 100 characters without white space.</param>
    /// <param name="budget">The total ε allowed: above 0, at most 100 (<see cref="DisclosurePolicy.PrivacyBudget"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The budget is out of range.</exception>
    public PrivacyLedger(string dataset, decimal budget)
    {
        Dataset = Referrals.Network.Identifiers.Valid(dataset, nameof(dataset));
        Budget = budget is > 0 and <= 100 ? budget : throw new ArgumentOutOfRangeException(nameof(budget), budget, "The budget must be above 0 and at most 100.");
    }

    /// <summary>Gets the name of the records the ledger covers.</summary>
    public string Dataset { get; }

    /// <summary>Gets the total ε allowed.</summary>
    public decimal Budget { get; }

    /// <summary>Gets the releases recorded, in the order they were spent.</summary>
    /// <exception cref="ArgumentException">An entry is null, or the entries spend more than the budget.</exception>
    public ImmutableArray<PrivacyLedgerEntry> Entries
    {
        get => entries;
        init
        {
            var list = Preconditions.Elements(value, Limits.Items, nameof(Entries));
            var spent = list.Sum(e => e.Epsilon);
            entries = spent <= Budget
                ? list
                : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The entries spend ε = {Show(spent)}, above the budget of {Show(Budget)}."), nameof(Entries));
        }
    }

    /// <summary>Gets the ε spent so far.</summary>
    public decimal Spent => Entries.Sum(e => e.Epsilon);

    /// <summary>Gets the ε left.</summary>
    public decimal Remaining => Budget - Spent;

    /// <summary>Returns whether a release spending <paramref name="epsilon"/> fits in what is left.</summary>
    /// <param name="epsilon">The ε of the release: above 0.</param>
    /// <returns><see langword="true"/> when it fits.</returns>
    /// <exception cref="ArgumentOutOfRangeException">ε is not above 0, or above 100.</exception>
    public bool CanSpend(decimal epsilon) => Valid(epsilon, nameof(epsilon)) <= Remaining;

    /// <summary>Records a release.</summary>
    /// <param name="release">The release's title.</param>
    /// <param name="epsilon">The ε it spends: above 0.</param>
    /// <param name="at">When it is published.</param>
    /// <returns>The ledger with the release recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="release"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">ε is not above 0, or above 100.</exception>
    /// <exception cref="ReleaseRefusedException">The release would take the total above the budget; the ledger is unchanged.</exception>
    public PrivacyLedger Spend(string release, decimal epsilon, Instant at)
    {
        ArgumentNullException.ThrowIfNull(release);
        var entry = new PrivacyLedgerEntry(release, epsilon, at);
        if (!CanSpend(epsilon))
        {
            throw new ReleaseRefusedException(
                ReleaseRefusal.PrivacyBudget,
                string.Create(CultureInfo.InvariantCulture, $"The release '{entry.Release}' is refused: it would spend ε = {Show(epsilon)} on '{Dataset}', which has {Show(Remaining)} of its budget of {Show(Budget)} left. Publish with a smaller ε, or not at all: a spent budget does not come back."));
        }

        return this with { Entries = Entries.Add(entry) };
    }

    /// <inheritdoc />
    public bool Equals(PrivacyLedger? other) => other is not null && Dataset == other.Dataset && Budget == other.Budget && Equality.Sequence(Entries, other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dataset, Budget, Equality.SequenceHash(Entries));

    /// <summary>An ε as text without trailing zeros: <c>0.25</c>, <c>1</c>.</summary>
    internal static string Show(decimal epsilon) => epsilon.ToString("0.############################", CultureInfo.InvariantCulture);

    internal static decimal Valid(decimal epsilon, string paramName) =>
        epsilon is > 0 and <= 100 ? epsilon : throw new ArgumentOutOfRangeException(paramName, epsilon, "ε must be above 0 and at most 100.");
}
