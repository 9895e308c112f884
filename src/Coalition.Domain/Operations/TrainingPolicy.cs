using System.Collections.Immutable;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// The assumptions of training coverage: staff turnover and refresh intervals.
/// </summary>
/// <remarks>
/// <para><b>Decay model.</b> Of the staff trained on a day, the share still working there after <c>t</c> years is
/// <c>(1 − r)^t</c>, where <c>r</c> is the organisation's annual turnover (the share of staff who leave in a year). A venue's
/// trained share today is the sum, over its trainings, of the share trained that day times that factor, capped at 1. It
/// falls monotonically until the next training.</para>
/// <para><b>Default turnover.</b> The seeds give no figure: seed 001 asks only that training be "ongoing to address
/// turnover". The library therefore assumes <see cref="DefaultAnnualTurnover"/> (50% a year) where the coalition records
/// no rate for an organisation; set <see cref="AnnualTurnover"/> or <see cref="TurnoverByOrganization"/> from your own data.</para>
/// </remarks>
public sealed record TrainingPolicy
{
    /// <summary>The library's assumption when no turnover is recorded: 50% a year (see the remarks).</summary>
    public const double DefaultAnnualTurnover = 0.5;

    private readonly double annualTurnover = DefaultAnnualTurnover;
    private readonly ImmutableDictionary<string, double> turnoverByOrganization = ImmutableDictionary<string, double>.Empty.WithComparers(StringComparer.Ordinal);
    private readonly ImmutableDictionary<TrainingProgramme, Period> refresh = ImmutableDictionary<TrainingProgramme, Period>.Empty;

    /// <summary>Gets the default policy: 50% annual turnover, the catalogue's refresh intervals.</summary>
    public static TrainingPolicy Default { get; } = new();

    /// <summary>Gets the annual turnover assumed where an organisation has none recorded: 0 to 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double AnnualTurnover
    {
        get => annualTurnover;
        init => annualTurnover = Rate(value, nameof(AnnualTurnover));
    }

    /// <summary>Gets the annual turnover recorded per organisation or venue name.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate is outside [0, 1].</exception>
    public ImmutableDictionary<string, double> TurnoverByOrganization
    {
        get => turnoverByOrganization;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(TurnoverByOrganization));
            foreach (var rate in value.Values)
            {
                Rate(rate, nameof(TurnoverByOrganization));
            }

            turnoverByOrganization = value.WithComparers(StringComparer.Ordinal);
        }
    }

    /// <summary>Gets refresh intervals that replace the catalogue's for some programmes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An interval is not a positive number of days, weeks, months or years.</exception>
    public ImmutableDictionary<TrainingProgramme, Period> Refresh
    {
        get => refresh;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Refresh));
            foreach (var period in value.Values)
            {
                var probe = new LocalDate(2000, 1, 1);
                if (period.HasTimeComponent || probe.Plus(period) <= probe)
                {
                    throw new ArgumentOutOfRangeException(nameof(Refresh), period, "A refresh interval must be a positive period of whole days, weeks, months or years.");
                }
            }

            refresh = value;
        }
    }

    /// <summary>Returns the refresh interval of a programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The override, or the catalogue's recommendation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public Period RefreshOf(TrainingProgramme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return Refresh.TryGetValue(programme, out var period) ? period : programme.RecommendedRefresh;
    }

    /// <summary>Returns the annual turnover of an organisation.</summary>
    /// <param name="organization">The organisation or venue name.</param>
    /// <returns>Its recorded rate, or <see cref="AnnualTurnover"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public double TurnoverOf(string organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return TurnoverByOrganization.TryGetValue(organization, out var rate) ? rate : AnnualTurnover;
    }

    /// <summary>Returns the share of staff trained on <paramref name="trained"/> still there on <paramref name="today"/>: <c>(1 − turnover)^years</c>; 0 for a training after today.</summary>
    /// <param name="annualTurnover">The annual turnover, 0 to 1.</param>
    /// <param name="trained">The day of the training.</param>
    /// <param name="today">The day to judge.</param>
    /// <returns>A share between 0 and 1, falling with time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualTurnover"/> is outside [0, 1].</exception>
    public static double Retained(double annualTurnover, LocalDate trained, LocalDate today)
    {
        Rate(annualTurnover, nameof(annualTurnover));
        if (trained > today)
        {
            return 0;
        }

        var years = Period.Between(trained, today, PeriodUnits.Days).Days / 365.2425;
        return Math.Pow(1 - annualTurnover, years);
    }

    /// <inheritdoc />
    public bool Equals(TrainingPolicy? other) =>
        other is not null && AnnualTurnover.Equals(other.AnnualTurnover) &&
        TurnoverByOrganization.Count == other.TurnoverByOrganization.Count && TurnoverByOrganization.All(p => other.TurnoverByOrganization.TryGetValue(p.Key, out var v) && v.Equals(p.Value)) &&
        Refresh.Count == other.Refresh.Count && Refresh.All(p => other.Refresh.TryGetValue(p.Key, out var v) && v == p.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AnnualTurnover, TurnoverByOrganization.Count, Refresh.Count);

    private static double Rate(double value, string paramName) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(paramName, value, "A turnover rate must be between 0 and 1.");
}
