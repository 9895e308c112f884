namespace Coalition.Domain.Reporting;

/// <summary>Coarsens ages to <see cref="AgeBand"/>s.</summary>
public static class AgeBands
{
    /// <summary>Returns the band of an age in years.</summary>
    /// <param name="ageYears">The age, or <see langword="null"/> when unknown.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The age is negative.</exception>
    public static AgeBand Of(decimal? ageYears) => ageYears switch
    {
        null => AgeBand.Unknown,
        < 0 => throw new ArgumentOutOfRangeException(nameof(ageYears), ageYears, "An age cannot be negative."),
        < 12 => AgeBand.Under12,
        < 15 => AgeBand.From12To14,
        < 18 => AgeBand.From15To17,
        < 25 => AgeBand.From18To24,
        < 35 => AgeBand.From25To34,
        < 50 => AgeBand.From35To49,
        _ => AgeBand.From50,
    };
}
