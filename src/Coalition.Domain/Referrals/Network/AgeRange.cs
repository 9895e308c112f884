using System.Globalization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// The ages an offering accepts, in years, inclusive at both ends; either end may be open. Ages may be fractional, as in
/// Open Referral HSDS (<c>minimum_age</c>, <c>maximum_age</c>). A range whose minimum exceeds its maximum cannot be built.
/// </summary>
public sealed record AgeRange
{
    /// <summary>Creates an age range.</summary>
    /// <param name="minimum">The lowest accepted age in years, or <see langword="null"/> for no lower bound.</param>
    /// <param name="maximum">The highest accepted age in years, or <see langword="null"/> for no upper bound.</param>
    /// <exception cref="ArgumentOutOfRangeException">An age is negative or over 130, or <paramref name="minimum"/> exceeds <paramref name="maximum"/>.</exception>
    public AgeRange(decimal? minimum, decimal? maximum)
    {
        Check(minimum, nameof(minimum));
        Check(maximum, nameof(maximum));
        if (minimum > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, string.Create(CultureInfo.InvariantCulture, $"The minimum age {minimum} exceeds the maximum age {maximum}."));
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets a range that accepts every age.</summary>
    public static AgeRange Any { get; } = new(null, null);

    /// <summary>Gets the range of minors: under 18 (0 to 17.99...).</summary>
    public static AgeRange Minors { get; } = new(null, 17.999m);

    /// <summary>Gets the range of adults: 18 and over.</summary>
    public static AgeRange Adults { get; } = new(18, null);

    /// <summary>Gets the lowest accepted age, or <see langword="null"/>.</summary>
    public decimal? Minimum { get; }

    /// <summary>Gets the highest accepted age, or <see langword="null"/>.</summary>
    public decimal? Maximum { get; }

    /// <summary>Gets whether the range accepts every age.</summary>
    public bool IsAny => Minimum is null && Maximum is null;

    /// <summary>Returns whether <paramref name="age"/> lies in the range.</summary>
    /// <param name="age">An age in years.</param>
    /// <returns><see langword="true"/> when accepted.</returns>
    public bool Contains(decimal age) => (Minimum is null || age >= Minimum) && (Maximum is null || age <= Maximum);

    /// <summary>Returns the range as <c>18-</c>, <c>-17.999</c>, <c>12-24</c> or <c>any</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsAny ? "any" : string.Create(CultureInfo.InvariantCulture, $"{Minimum}-{Maximum}");

    private static void Check(decimal? age, string paramName)
    {
        if (age is < 0 or > 130)
        {
            throw new ArgumentOutOfRangeException(paramName, age, "An age must be between 0 and 130 years.");
        }
    }
}
