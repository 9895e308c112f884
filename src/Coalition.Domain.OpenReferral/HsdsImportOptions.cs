using System.Collections.Frozen;
using Coalition.Domain.Needs;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.OpenReferral;

/// <summary>How to read an HSDS directory.</summary>
public sealed record HsdsImportOptions
{
    private HsdsImportOptions(string timeZoneId, LocalDate asOf, FrozenDictionary<string, ServiceNeed> taxonomyMapping, StakeholderCategory defaultCategory)
    {
        TimeZoneId = timeZoneId;
        AsOf = asOf;
        TaxonomyMapping = taxonomyMapping;
        DefaultCategory = defaultCategory;
    }

    /// <summary>The longest taxonomy mapping key accepted.</summary>
    public const int MaxMappingKeyLength = 200;

    /// <summary>Gets the IANA time zone of the directory's schedules (HSDS carries only a numeric offset).</summary>
    public string TimeZoneId { get; }

    /// <summary>Gets the date on which schedule rows must be valid (<c>valid_from</c>/<c>valid_to</c>) to be imported.</summary>
    public LocalDate AsOf { get; }

    /// <summary>
    /// Gets the mapping from taxonomy terms to needs: keys are <c>taxonomy|code</c> (taxonomy name lower-cased), or a bare
    /// <c>code</c> that applies in any taxonomy. The default maps every Open Eligibility code in the need catalogue.
    /// </summary>
    public FrozenDictionary<string, ServiceNeed> TaxonomyMapping { get; }

    /// <summary>Gets the stakeholder category for organisations that carry none.</summary>
    public StakeholderCategory DefaultCategory { get; }

    /// <summary>Creates options with the default Open Eligibility mapping, extended by <paramref name="extraMapping"/>.</summary>
    /// <param name="timeZoneId">The IANA time zone of the directory's schedules.</param>
    /// <param name="asOf">The date schedule rows must be valid on.</param>
    /// <param name="extraMapping">Extra taxonomy mappings (<c>taxonomy|code</c> or a bare code) to need codes; later entries win.</param>
    /// <param name="defaultCategory">The category for organisations that carry none; victim services by default.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZoneId"/> is null.</exception>
    /// <exception cref="ArgumentException">The zone is unknown, the date is not in the ISO calendar, a mapping key is null, blank or longer than <see cref="MaxMappingKeyLength"/>, or a mapping names an unknown need code.</exception>
    public static HsdsImportOptions Create(string timeZoneId, LocalDate asOf, IEnumerable<KeyValuePair<string, string>>? extraMapping = null, StakeholderCategory? defaultCategory = null)
    {
        ArgumentNullException.ThrowIfNull(timeZoneId);
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is null)
        {
            throw new ArgumentException($"Unknown IANA time zone {ImportIssue.Quote(timeZoneId)}.", nameof(timeZoneId));
        }

        if (asOf.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar.", nameof(asOf));
        }

        var mapping = new Dictionary<string, ServiceNeed>(StringComparer.Ordinal);
        foreach (var need in ServiceNeeds.Catalogue)
        {
            foreach (var code in need.PublicCodes.Where(c => c.System == PublicCodeSystem.OpenEligibility && c.Equivalence == PublicCodeEquivalence.Equivalent))
            {
                mapping.TryAdd($"open eligibility|{code.Code}", need);
                mapping.TryAdd($"openeligibility|{code.Code}", need);
            }
        }

        var index = 0;
        foreach (var (key, value) in extraMapping ?? [])
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > MaxMappingKeyLength)
            {
                throw new ArgumentException($"The mapping at index {index} has a null, blank or longer than {MaxMappingKeyLength}-character key.", nameof(extraMapping));
            }

            mapping[key.ToLowerInvariant()] = value is not null && ServiceNeeds.Catalogue.TryGet(value, out var need)
                ? need
                : throw new ArgumentException($"The mapping for {ImportIssue.Quote(key)} names an unknown need code {ImportIssue.Quote(value)}.", nameof(extraMapping));
            index++;
        }

        return new HsdsImportOptions(timeZoneId, asOf, mapping.ToFrozenDictionary(StringComparer.Ordinal), defaultCategory ?? StakeholderCategories.VictimServices);
    }

    internal ServiceNeed? Map(string? taxonomy, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var key = code.ToLowerInvariant();
        return TaxonomyMapping.TryGetValue($"{taxonomy?.Trim().ToLowerInvariant()}|{key}", out var need) || TaxonomyMapping.TryGetValue(key, out need) ? need : null;
    }
}
