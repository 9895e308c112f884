using System.Globalization;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// The ages an offering accepts, in years; either end may be open. A range whose minimum exceeds its maximum cannot be
/// built. Ages may be fractional, as in Open Referral HSDS (<c>minimum_age</c>, <c>maximum_age</c>).
/// </summary>
/// <remarks>
/// <para><b>Whole years are inclusive of the whole year.</b> A whole-number maximum <c>M</c> admits everyone until their
/// (M+1)th birthday: a youth shelter for ages 12 to 17 admits a 17½-year-old, and excludes the client on their 18th
/// birthday. This is how people read "ages 12–17", and how HSDS <c>maximum_age</c> is read on import.</para>
/// <para><b>Fractional bounds keep their exact meaning.</b> A maximum of 17.5 admits ages up to and including 17.5 years.
/// A minimum is always exact: a minimum of 18 admits a client from their 18th birthday.</para>
/// <para>With ages computed by <see cref="Clients.ClientProfile.AgeOn"/> (whole years plus the elapsed fraction of the year,
/// never rounded up), a maximum of 17 admits a client on the day before their 18th birthday (age 17.99…) and excludes
/// them on the birthday (age 18).</para>
/// </remarks>
public sealed record AgeRange
{
    /// <summary>Creates an age range.</summary>
    /// <param name="minimum">The lowest accepted age in years, or <see langword="null"/> for no lower bound.</param>
    /// <param name="maximum">The highest accepted age in years (a whole number covers that whole year of age), or <see langword="null"/> for no upper bound.</param>
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

    /// <summary>Gets the range of minors: up to 17 inclusive of the whole year, that is, everyone before their 18th birthday.</summary>
    public static AgeRange Minors { get; } = new(null, 17);

    /// <summary>Gets the range of adults: from the 18th birthday.</summary>
    public static AgeRange Adults { get; } = new(18, null);

    /// <summary>Gets the lowest accepted age, or <see langword="null"/>.</summary>
    public decimal? Minimum { get; }

    /// <summary>Gets the highest accepted age, or <see langword="null"/>; a whole number covers that whole year of age.</summary>
    public decimal? Maximum { get; }

    /// <summary>Gets whether the range accepts every age.</summary>
    public bool IsAny => Minimum is null && Maximum is null;

    /// <summary>Gets the age at which the range stops admitting, exclusive: <c>M + 1</c> for a whole-number maximum <c>M</c>; <see langword="null"/> otherwise.</summary>
    internal decimal? ExclusiveUpperLimit => Maximum is { } m && decimal.Truncate(m) == m ? m + 1 : null;

    /// <summary>Returns whether <paramref name="age"/> lies in the range (see the remarks for whole and fractional bounds).</summary>
    /// <param name="age">An age in years.</param>
    /// <returns><see langword="true"/> when accepted.</returns>
    public bool Contains(decimal age) =>
        (Minimum is null || age >= Minimum) &&
        (Maximum is not { } maximum || (ExclusiveUpperLimit is { } limit ? age < limit : age <= maximum));

    /// <summary>Returns the range as <c>18-</c>, <c>-17</c>, <c>12-24</c> or <c>any</c>.</summary>
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
