using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// The soft score that orders eligible candidates (within an urgency tier, for immediate needs): the sum of the
/// <see cref="ScoringWeights"/> of the reasons that apply, plus custom rules' adjustments. Ties are broken by provider id,
/// then offering id. The terms are added in a fixed order so that the readable rules and the compiled matcher agree to
/// the last bit.
/// </summary>
public static class SoftScore
{
    /// <summary>Returns the score terms that do not depend on eligibility: direct language, capacity, custom adjustments.</summary>
    /// <param name="weights">The weights.</param>
    /// <param name="language">How the client would be served.</param>
    /// <param name="capacity">The offering's capacity.</param>
    /// <param name="customAdjustment">The sum of custom rules' finite adjustments.</param>
    /// <returns>The partial score.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public static double Base(ScoringWeights weights, LanguageAccess.Outcome language, Capacity capacity, double customAdjustment)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(capacity);
        Preconditions.Defined(language, nameof(language));
        var score = 0.0;
        if (language == LanguageAccess.Outcome.Direct)
        {
            score += weights.DirectLanguage;
        }

        score += capacity.Status switch
        {
            CapacityStatus.Waitlist => weights.Waitlist,
            CapacityStatus.Available => weights.RemainingCapacity * (capacity.FreeShare ?? 0.5),
            _ => 0,
        };
        return score + customAdjustment;
    }

    /// <summary>Returns the full score of an eligible candidate.</summary>
    /// <param name="baseScore">The result of <see cref="Base"/>.</param>
    /// <param name="weights">The weights.</param>
    /// <param name="provider">The provider.</param>
    /// <param name="offering">The offering.</param>
    /// <param name="client">The client.</param>
    /// <param name="need">The need being matched.</param>
    /// <param name="openNow">Whether the offering is open now (counted for an immediate need only).</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static double Full(double baseScore, ScoringWeights weights, Provider provider, ServiceOffering offering, ClientProfile client, ClientNeed need, bool openNow)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(need);
        var score = baseScore;
        if (provider.AdheresToStandardOfCare)
        {
            score += weights.StandardOfCare;
        }

        if (provider.HasTraffickingTrainedStaff)
        {
            score += weights.TraffickingTrainedStaff;
        }

        if (provider.HasLicensedSocialWorkers && need.Need == ServiceNeeds.CaseManagement)
        {
            score += weights.LicensedSocialWorkers;
        }

        if (need.Urgency == NeedUrgency.Immediate && openNow)
        {
            score += weights.OpenNow;
        }

        if (offering.IsCulturallySpecific && (client.Populations & Populations.ForeignNational) != 0)
        {
            score += weights.CulturallySpecific;
        }

        var others = OtherNeedsCovered(provider, client, need);
        if (others > 0)
        {
            score += weights.PerOtherNeedCovered * others;
        }

        return score;
    }

    /// <summary>Returns how many of the client's other needs the same provider offers (fewer hand-offs).</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="client">The client.</param>
    /// <param name="need">The need being matched, which is not counted.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int OtherNeedsCovered(Provider provider, ClientProfile client, ClientNeed need)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(need);
        return client.Needs.Count(n => n.Need != need.Need && provider.Services.Any(o => o.Serves(n.Need)));
    }
}
