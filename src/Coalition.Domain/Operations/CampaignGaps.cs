using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>The audiences and languages no awareness campaign has reached up to a day.</summary>
/// <param name="UnreachedAudiences">Audiences no campaign that started by then was for, in enum order.</param>
/// <param name="UnreachedLanguages">The community's languages no such campaign used, sorted.</param>
public sealed record CampaignGaps(ImmutableArray<Audience> UnreachedAudiences, ImmutableArray<LanguageCode> UnreachedLanguages)
{
    /// <summary>Finds the gaps.</summary>
    /// <param name="campaigns">The campaigns.</param>
    /// <param name="communityLanguages">The languages spoken in the coalition's area, from the caller.</param>
    /// <param name="today">The day to judge: campaigns that start later do not count.</param>
    /// <returns>The gaps; adding a campaign never adds one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a campaign is.</exception>
    public static CampaignGaps Of(IEnumerable<AwarenessCampaign> campaigns, IEnumerable<LanguageCode> communityLanguages, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentNullException.ThrowIfNull(communityLanguages);
        var started = campaigns.Select((c, i) => c ?? throw new ArgumentNullException(nameof(campaigns), $"The campaign at index {i} is null.")).Where(c => c.Start <= today).ToList();
        var audiences = started.Select(c => c.Audience).ToHashSet();
        var used = started.SelectMany(c => c.Languages).ToHashSet();
        return new(
            [.. Enum.GetValues<Audience>().Where(a => !audiences.Contains(a))],
            [.. communityLanguages.Distinct().Where(l => !used.Contains(l)).OrderBy(l => l.Value, StringComparer.Ordinal)]);
    }

    /// <inheritdoc />
    public bool Equals(CampaignGaps? other) =>
        other is not null && Equality.Sequence(UnreachedAudiences, other.UnreachedAudiences) && Equality.Sequence(UnreachedLanguages, other.UnreachedLanguages);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.SequenceHash(UnreachedAudiences), Equality.SequenceHash(UnreachedLanguages));
}
