using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Reporting;

/// <summary>
/// How a release protects the people it counts. Documented defaults: a minimum cell size of 11, a protection interval of
/// 6, zeros sensitive in the gender and citizenship dimensions, at most 5% of cases in small combinations, and a total
/// privacy budget of ε = 1 for differentially private releases of the same records.
/// </summary>
/// <remarks>
/// <para><b>Minimum cell size (k = 11).</b> Every published count is 0, at least k, or suppressed. Eleven follows the
/// small-cell rule U.S. federal health data uses (the Centers for Medicare &amp; Medicaid Services suppress counts of 1 to 10),
/// which suits case data about people at risk from someone who knows them; a coalition may raise it.</para>
/// <para><b>Protection interval (p = 6).</b> For every sensitive suppressed count t (a small count or a sensitive zero), an attacker who knows every published count and
/// margin, and that counts are non-negative, must not be able to bound it more tightly than [max(0, t − p), t + p]: linear
/// programming finds the attacker's lowest and highest possible value and the release suppresses more cells until both reach
/// those limits. With p ≥ k/2 the attacker's range is at least k wide around a small count, and always includes 0. Counts
/// suppressed only to protect others hold at least k people (or are zeros nobody treats as sensitive) and need no interval of
/// their own.</para>
/// <para><b>Sensitive zeros.</b> "No men were identified in this area" can disclose. In the dimensions listed, a zero count is
/// suppressed like a small one when its group (the same count with that dimension totalled) is known to hold someone: it
/// holds at least min(k, p + 1) cases. "None of these 30 cases is male" says something about each of the 30; a zero in an
/// empty group says nothing the group's own zero does not, and a group of p or fewer cases (below k) is itself suppressed
/// with a range reaching 0, so nobody can tell it holds anyone.</para>
/// <para><b>Rounding.</b> Optional: published counts are rounded to the nearest multiple of the base (halves away from zero)
/// after suppression, which only widens what an attacker can infer.</para>
/// <para><b>Re-identification risk (5%).</b> A release is refused when more than this share of its cases sit, in some
/// published crossing, in a combination held by fewer than k cases (<see cref="ReidentificationRisk"/>). Suppression hides
/// those counts, but a table where one case in twenty is in a small combination is finer than its data: most of it is
/// suppression, and suppression patterns leak across repeated releases. The refusal names the crossings, so that the
/// coalition can cross fewer or coarser dimensions, or publish shorter combinations.</para>
/// <para><b>Privacy budget (ε = 1).</b> The total ε a <see cref="PrivacyLedger"/> lets differentially private releases of
/// the same records spend (sequential composition: the guarantees add up). With ε = 1 in total, nothing published can
/// change the odds of any inference about one person by more than a factor of e ≈ 2.72; larger totals are common in
/// official statistics, and a coalition may choose one, but it should do so knowingly.</para>
/// </remarks>
public sealed record DisclosurePolicy
{
    private readonly int minimumCellSize = 11;
    private readonly int protectionInterval = 6;
    private readonly ImmutableArray<ReportDimension> sensitiveZeros = [ReportDimension.Gender, ReportDimension.Citizenship];
    private readonly int? roundingBase;
    private readonly double maxShareAtRisk = 0.05;
    private readonly decimal privacyBudget = 1m;

    /// <summary>Gets the default policy.</summary>
    public static DisclosurePolicy Default { get; } = new();

    /// <summary>Gets the minimum cell size k: 2 to 1,000; 11 unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int MinimumCellSize
    {
        get => minimumCellSize;
        init => minimumCellSize = value is >= 2 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumCellSize), value, "The minimum cell size must be between 2 and 1000.");
    }

    /// <summary>Gets the protection interval p: 1 to 1,000; 6 unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int ProtectionInterval
    {
        get => protectionInterval;
        init => protectionInterval = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(ProtectionInterval), value, "The protection interval must be between 1 and 1000.");
    }

    /// <summary>Gets the dimensions in which a zero count is suppressed; gender and citizenship unless set.</summary>
    public ImmutableArray<ReportDimension> SensitiveZeroDimensions
    {
        get => sensitiveZeros;
        init => sensitiveZeros = [.. (value.IsDefault ? [] : value).Select(d => Preconditions.Defined(d, nameof(SensitiveZeroDimensions))).Distinct().Order()];
    }

    /// <summary>Gets the rounding base for published counts, or <see langword="null"/> for exact counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The base is below 2 or above 100.</exception>
    public int? RoundingBase
    {
        get => roundingBase;
        init => roundingBase = value is null or (>= 2 and <= 100) ? value : throw new ArgumentOutOfRangeException(nameof(RoundingBase), value, "The rounding base must be between 2 and 100.");
    }

    /// <summary>Gets the largest share of cases a release may leave in small combinations (0 to 1); 0.05 unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is not between 0 and 1.</exception>
    public double MaxShareAtRisk
    {
        get => maxShareAtRisk;
        init => maxShareAtRisk = CheckShare(value, nameof(MaxShareAtRisk));
    }

    /// <summary>Gets the total ε that differentially private releases of the same records may spend: above 0, at most 100; 1 unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The budget is out of range.</exception>
    public decimal PrivacyBudget
    {
        get => privacyBudget;
        init => privacyBudget = value is > 0 and <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(PrivacyBudget), value, "The privacy budget must be above 0 and at most 100.");
    }

    /// <summary>Returns a published count under the rounding rule.</summary>
    /// <param name="count">The true count.</param>
    /// <returns>The count rounded to the nearest multiple of the base, halves away from zero; unchanged without a base.</returns>
    public int Round(int count) => RoundingBase is { } b ? (int)(Math.Round(count / (double)b, MidpointRounding.AwayFromZero) * b) : count;

    /// <inheritdoc />
    public bool Equals(DisclosurePolicy? other) =>
        other is not null && MinimumCellSize == other.MinimumCellSize && ProtectionInterval == other.ProtectionInterval &&
        Equality.Sequence(SensitiveZeroDimensions, other.SensitiveZeroDimensions) && RoundingBase == other.RoundingBase &&
        MaxShareAtRisk.Equals(other.MaxShareAtRisk) && PrivacyBudget == other.PrivacyBudget;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinimumCellSize, ProtectionInterval, RoundingBase, Equality.SequenceHash(SensitiveZeroDimensions), MaxShareAtRisk, PrivacyBudget);

    /// <summary>Checks a share: a number from 0 to 1.</summary>
    internal static double CheckShare(double value, string paramName) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(paramName, value, "A share must be a number from 0 to 1.");
}
