using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Network;

/// <summary>Who an offering serves: ages, genders, required and excluded populations, and forms of trafficking.</summary>
public sealed record Eligibility
{
    /// <summary>Creates eligibility rules.</summary>
    /// <param name="ages">The ages accepted.</param>
    /// <param name="genders">The genders accepted; at least one.</param>
    /// <param name="requiredPopulations">Populations a client must belong to, all of them (for example foreign nationals only).</param>
    /// <param name="excludedPopulations">Populations not served (for example no women with children).</param>
    /// <param name="traffickingTypes">The forms of trafficking served; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ages"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A flag set is empty or undefined, or a population is both required and excluded.</exception>
    public Eligibility(AgeRange ages, Genders genders, Populations requiredPopulations, Populations excludedPopulations, TraffickingTypes traffickingTypes)
    {
        ArgumentNullException.ThrowIfNull(ages);
        if (genders == Genders.None || (genders & ~Genders.Any) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(genders), genders, "An offering accepts at least one defined gender.");
        }

        Preconditions.Defined(requiredPopulations, nameof(requiredPopulations));
        Preconditions.Defined(excludedPopulations, nameof(excludedPopulations));
        if ((requiredPopulations & excludedPopulations) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(excludedPopulations), excludedPopulations, "No population may be both required and excluded.");
        }

        if (traffickingTypes == TraffickingTypes.None || (traffickingTypes & ~TraffickingTypes.Any) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(traffickingTypes), traffickingTypes, "An offering serves at least one defined form of trafficking.");
        }

        Ages = ages;
        Genders = genders;
        RequiredPopulations = requiredPopulations;
        ExcludedPopulations = excludedPopulations;
        TraffickingTypes = traffickingTypes;
    }

    /// <summary>Gets eligibility that excludes nobody.</summary>
    public static Eligibility Everyone { get; } = new(AgeRange.Any, Genders.Any, Populations.None, Populations.None, TraffickingTypes.Any);

    /// <summary>Gets the ages accepted.</summary>
    public AgeRange Ages { get; }

    /// <summary>Gets the genders accepted.</summary>
    public Genders Genders { get; }

    /// <summary>Gets the populations a client must belong to (all of them).</summary>
    public Populations RequiredPopulations { get; }

    /// <summary>Gets the populations not served.</summary>
    public Populations ExcludedPopulations { get; }

    /// <summary>Gets the forms of trafficking served.</summary>
    public TraffickingTypes TraffickingTypes { get; }
}
