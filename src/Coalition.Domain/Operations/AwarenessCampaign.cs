using System.Collections.Immutable;
using Coalition.Domain.FourP;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// An awareness campaign (seed 003): its audience, channels, languages, period, the pillar it serves and the data sources
/// its messages cite (seed 000: clear messaging and accurate data). Value-equal.
/// </summary>
public sealed record AwarenessCampaign
{
    private readonly ImmutableArray<LanguageCode> languages = [];
    private readonly ImmutableArray<string> dataSources = [];

    /// <summary>Creates a campaign.</summary>
    /// <param name="name">Its name (at most 200 characters).</param>
    /// <param name="audience">Who it is for.</param>
    /// <param name="channels">The channels it uses (at least one).</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>.</param>
    /// <param name="pillar">The pillar it serves, usually prevention.</param>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or too long, or a date is not ISO or the end is before the start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The audience or channels are not defined, or no channel is given.</exception>
    public AwarenessCampaign(string name, Audience audience, CampaignChannels channels, LocalDate start, LocalDate end, Pillar pillar)
    {
        Name = Preconditions.BoundedText(name, Limits.Name, nameof(name));
        Audience = Preconditions.Defined(audience, nameof(audience));
        Channels = channels != CampaignChannels.None && (channels & ~(CampaignChannels)255) == 0
            ? channels
            : throw new ArgumentOutOfRangeException(nameof(channels), channels, "A campaign needs at least one known channel.");
        if (start.Calendar != CalendarSystem.Iso || end.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Campaign dates must be in the ISO calendar.", nameof(start));
        }

        Start = start;
        End = end >= start ? end : throw new ArgumentException(FormattableString.Invariant($"The end {end:uuuu-MM-dd} is before the start {start:uuuu-MM-dd}."), nameof(end));
        Pillar = Preconditions.NotNull(pillar, nameof(pillar));
    }

    /// <summary>Gets its name.</summary>
    public string Name { get; }

    /// <summary>Gets who it is for.</summary>
    public Audience Audience { get; }

    /// <summary>Gets its channels.</summary>
    public CampaignChannels Channels { get; }

    /// <summary>Gets the first day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day.</summary>
    public LocalDate End { get; }

    /// <summary>Gets the pillar it serves.</summary>
    public Pillar Pillar { get; }

    /// <summary>Gets the languages of its materials, sorted, distinct.</summary>
    public ImmutableArray<LanguageCode> Languages
    {
        get => languages;
        init => languages = [.. (value.IsDefault ? [] : value).Distinct().OrderBy(l => l.Value, StringComparer.Ordinal)];
    }

    /// <summary>Gets the data sources its messages cite, such as the Polaris hotline statistics; empty when none are cited.</summary>
    /// <exception cref="ArgumentException">A source is null, blank or longer than 200 characters.</exception>
    public ImmutableArray<string> DataSources
    {
        get => dataSources;
        init => dataSources = [.. Preconditions.Elements(value, Limits.Items, nameof(DataSources)).Select(s => Preconditions.BoundedText(s, Limits.Name, nameof(DataSources))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public bool Equals(AwarenessCampaign? other) =>
        other is not null && Name == other.Name && Audience == other.Audience && Channels == other.Channels && Start == other.Start && End == other.End &&
        Pillar == other.Pillar && Equality.Sequence(Languages, other.Languages) && Equality.Sequence(DataSources, other.DataSources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Audience, Channels, Start, End, Pillar);
}
