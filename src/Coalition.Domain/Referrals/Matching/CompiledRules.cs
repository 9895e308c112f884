using System.Collections.Immutable;
using System.Numerics;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// The referral rules of <c>Coalition.Domain.Referrals.Matching.Rules</c>, flattened into bit masks over the compiled
/// arrays so that evaluating one offering allocates nothing (custom rules aside). Property tests prove every evaluation
/// equal to <see cref="Rules.ReferralRules.Assess"/>: change the rules there first, then here.
/// </summary>
internal static class CompiledRules
{
    internal const int RuleAge = 0, RuleGender = 1, RulePopulation = 2, RuleType = 3, RuleLanguage = 4, RuleArea = 5, RuleConsentLaw = 6,
        RuleConsentSharing = 7, RuleDutyChoice = 8, RuleClientChoice = 9, RuleCapacity = 10, RuleRepresentation = 11,
        RuleAccreditationExpired = 12, RuleCustom = 13;

    internal const int BuiltInRuleCount = 13;

    internal const int ConsentMask = (1 << RuleConsentLaw) | (1 << RuleConsentSharing) | (1 << RuleDutyChoice);

    internal const uint ReasonStandard = 1 << 0, ReasonTrained = 1 << 1, ReasonLicensed = 1 << 2, ReasonDirect = 1 << 3, ReasonInterpretation = 1 << 4,
        ReasonOpen = 1 << 5, ReasonClosed = 1 << 6, ReasonHoursUnknown = 1 << 7, ReasonCultural = 1 << 8, ReasonCapacity = 1 << 9, ReasonWaitlist = 1 << 10,
        ReasonCapacityUnknown = 1 << 11, ReasonOtherNeeds = 1 << 12, ReasonMandatory = 1 << 13, ReasonConfirmAge = 1 << 14, ReasonConfirmGender = 1 << 15,
        ReasonConfirmArea = 1 << 16, ReasonConfirmPopulation = 1 << 17, ReasonOpeningSoon = 1 << 18, ReasonKept = 1 << 19,
        ReasonAttorney = 1 << 20, ReasonAccreditedFull = 1 << 21, ReasonAccreditedPartial = 1 << 22;

    internal const uint ConfirmReasons = ReasonConfirmAge | ReasonConfirmGender | ReasonConfirmArea | ReasonConfirmPopulation;

    /// <summary>Evaluates every rule for one offering and one need of the client.</summary>
    /// <param name="network">The compiled network.</param>
    /// <param name="context">The client's match context.</param>
    /// <param name="hot">The offering's packed record (from <see cref="CompiledNetwork.Hot"/> or a copy in the need index).</param>
    /// <param name="needId">The need's compiled id.</param>
    /// <param name="clientNeed">The client's need.</param>
    /// <param name="fromAreaList">True when the offering comes from the need's list for the client's own area (or its
    /// "anywhere" list), which already guarantees the area rule: the check, a reference per offering, is skipped.</param>
    internal static Evaluation Evaluate(CompiledNetwork network, ref MatchContext context, in ScanEntry hot, int needId, ClientNeed clientNeed, bool fromAreaList = false)
    {
        var client = context.Client;
        var policy = context.Policy;
        var weights = policy.Weights;
        var offering = hot.Offering;
        var provider = hot.Provider;
        var flags = hot.ProviderFlags;
        var category = hot.Category;
        var score = 0.0;

        // Eligibility: age (whole-year maximum), gender, populations (three-valued), forms of trafficking; once per distinct rule.
        var (failed, reasons) = context.EligibilityOf(hot.Eligibility);

        if (!client.Languages.IsEmpty)
        {
            var words = context.LanguageWords;
            var direct = (hot.FirstLanguageWord & words[0]) != 0;
            var start = offering * network.WordsPerOffering;
            for (var w = 1; w < network.WordsPerOffering; w++)
            {
                direct |= (network.LanguageWords[start + w] & words[w]) != 0;
            }

            if (direct)
            {
                reasons |= ReasonDirect;
                score += weights.DirectLanguage;
            }
            else if ((hot.Flags & ScanEntry.FlagInterpretation) != 0 && policy.AllowInterpretation)
            {
                reasons |= ReasonInterpretation;
            }
            else
            {
                failed |= 1 << RuleLanguage;
            }
        }

        if (client.Area is not null)
        {
            if (!fromAreaList && (hot.Flags & ScanEntry.FlagAnywhere) == 0 && (context.AreaId < 0 || Array.BinarySearch(network.AreaIds[offering], context.AreaId) < 0))
            {
                failed |= 1 << RuleArea;
            }
        }
        else if ((hot.Flags & ScanEntry.FlagAnywhere) == 0)
        {
            reasons |= ReasonConfirmArea;
        }

        // Consent settings and the client's own choices.
        if (!client.Consent.LawEnforcementContactAllowed && (flags & CompiledNetwork.FlagLaw) != 0)
        {
            failed |= 1 << RuleConsentLaw;
        }

        if (context.SharingAllowed is { } sharing && !sharing[category])
        {
            failed |= 1 << RuleConsentSharing;
        }

        var notices = hot.ProviderDuties & context.ApplicableDuties;
        if (notices != 0 && client.Consent.AvoidsReportingDuties)
        {
            failed |= 1 << RuleDutyChoice;
        }

        if ((context.ExcludedCategories is { } excludedCategories && excludedCategories[category]) ||
            (context.ExcludedProviders.Length > 0 && Array.BinarySearch(context.ExcludedProviders, provider) >= 0))
        {
            failed |= 1 << RuleClientChoice;
        }

        var capacity = network.IsCapacityOverlay ? network.CapacityCells[offering] : new CapacityCell(hot.FreeShare, (CapacityStatus)hot.CapacityStatus);
        switch (capacity.Status)
        {
            case CapacityStatus.NoCapacity:
                failed |= 1 << RuleCapacity;
                break;
            case CapacityStatus.Waitlist:
                reasons |= ReasonWaitlist;
                score += weights.Waitlist;
                break;
            case CapacityStatus.Available:
                reasons |= ReasonCapacity;
                var share = capacity.FreeShare;
                score += weights.RemainingCapacity * (double.IsNaN(share) ? 0.5 : share);
                break;
            default:
                reasons |= ReasonCapacityUnknown;
                break;
        }

        // Immigration representation: only an attorney or a current accreditation (Rules.ImmigrationRepresentation); rare, so
        // the provider's own record is read here rather than packed into the scan entry.
        if (needId == CompiledNetwork.ImmigrationRepresentationId || (needId == CompiledNetwork.LegalRepresentationId && (hot.Flags & ScanEntry.FlagImmigrationOnly) != 0))
        {
            switch (Rules.ImmigrationRepresentation.StandingOf(network.Providers[provider], context.At))
            {
                case RepresentationStanding.None:
                    failed |= 1 << RuleRepresentation;
                    break;
                case RepresentationStanding.Expired:
                    failed |= 1 << RuleAccreditationExpired;
                    break;
                case RepresentationStanding.AccreditedPartial:
                    reasons |= ReasonAccreditedPartial;
                    break;
                case RepresentationStanding.AccreditedFull:
                    reasons |= ReasonAccreditedFull;
                    break;
                default:
                    reasons |= ReasonAttorney;
                    break;
            }
        }

        var customFailures = ImmutableArray<string>.Empty;
        if (!policy.CustomRules.IsEmpty)
        {
            var ruleContext = new ReferralRuleContext(network.Providers[provider], network.Offerings[offering], client, clientNeed, context.At);
            ImmutableArray<string>.Builder? list = null;
            var adjustment = 0.0;
            foreach (var rule in policy.CustomRules)
            {
                var outcome = rule.Evaluate(in ruleContext);
                if (outcome.Excludes)
                {
                    failed |= 1 << RuleCustom;
                    (list ??= ImmutableArray.CreateBuilder<string>()).Add(rule.Code);
                }
                else if (double.IsFinite(outcome.ScoreAdjustment))
                {
                    adjustment += outcome.ScoreAdjustment;
                }
            }

            score += adjustment;
            customFailures = list?.ToImmutable() ?? [];
        }

        // The protective-agency exception (a known minor), then the consent override for immediate needs.
        var admittedBy = -1;
        if (context.AdmittingRule is { } admitting && admitting[category] >= 0 && (failed & ConsentMask) != 0)
        {
            failed &= ~ConsentMask;
            admittedBy = admitting[category];
            reasons |= ReasonMandatory;
        }

        var immediate = clientNeed.Urgency == NeedUrgency.Immediate;
        var kept = false;
        var emergency = false;
        if (immediate && failed != 0 && (failed & ~ConsentMask) == 0)
        {
            var remaining = context.IsProtected ? failed & ~((1 << RuleConsentSharing) | (1 << RuleDutyChoice)) : failed;
            if (remaining == 0)
            {
                kept = true;
                failed = 0;
                reasons |= ReasonKept;
            }
            else
            {
                emergency = true;
            }
        }

        if (failed != 0 && !emergency)
        {
            return new Evaluation(failed, customFailures, 0, 0, 0, notices, admittedBy, false, false, null);
        }

        UrgencyTier? tier = null;
        if (immediate)
        {
            tier = context.TierOfSchedule(hot.Schedule);
            reasons |= tier switch
            {
                UrgencyTier.OpenNow => ReasonOpen,
                UrgencyTier.OpeningSoon => ReasonOpeningSoon,
                UrgencyTier.Closed => ReasonClosed,
                _ => ReasonHoursUnknown,
            };
        }

        if ((flags & CompiledNetwork.FlagStandard) != 0)
        {
            reasons |= ReasonStandard;
            score += weights.StandardOfCare;
        }

        if ((flags & CompiledNetwork.FlagTrained) != 0)
        {
            reasons |= ReasonTrained;
            score += weights.TraffickingTrainedStaff;
        }

        if ((flags & CompiledNetwork.FlagLicensed) != 0 && needId == CompiledNetwork.CaseManagementId)
        {
            reasons |= ReasonLicensed;
            score += weights.LicensedSocialWorkers;
        }

        if (tier == UrgencyTier.OpenNow)
        {
            score += weights.OpenNow;
        }

        if ((hot.Flags & ScanEntry.FlagCulturallySpecific) != 0 && (context.KnownPopulations & (byte)Populations.ForeignNational) != 0)
        {
            reasons |= ReasonCultural;
            score += weights.CulturallySpecific;
        }

        var others = BitOperations.PopCount(hot.ProviderNeeds & context.NeedMask & ~(1UL << needId));
        if (others > 0)
        {
            reasons |= ReasonOtherNeeds;
            score += weights.PerOtherNeedCovered * others;
        }

        // Immediate needs rank by tier, then confirmed before to-confirm, then kept for protection last (Rules.Ranking).
        var rank = 0;
        if (immediate)
        {
            rank = ((int)tier!.Value * 4) + (emergency ? 0 : ((reasons & ConfirmReasons) != 0 ? 2 : 0) + (kept ? 1 : 0));
        }

        return new Evaluation(failed, customFailures, score, reasons, rank, notices, admittedBy, kept, emergency, tier);
    }

    /// <summary>The outcome of evaluating one offering for one need.</summary>
    /// <param name="Failed">The rules that exclude it (bit per rule); 0 for a candidate.</param>
    /// <param name="CustomFailures">The codes of the custom rules that exclude it.</param>
    /// <param name="Score">The soft score (candidates and emergency options).</param>
    /// <param name="Reasons">The reason bits (candidates and emergency options).</param>
    /// <param name="Rank">For an immediate need, the lexicographic rank before the score; 0 for a routine need.</param>
    /// <param name="Notices">The duties (bit per compiled duty) that apply or may apply.</param>
    /// <param name="AdmittedBy">The index of the admitting mandatory rule, or -1.</param>
    /// <param name="IsKept">Whether it was kept for protection.</param>
    /// <param name="IsEmergencyOption">Whether it is an emergency option.</param>
    /// <param name="Tier">For an immediate need, its tier (candidates and emergency options).</param>
    internal readonly record struct Evaluation(
        int Failed,
        ImmutableArray<string> CustomFailures,
        double Score,
        uint Reasons,
        int Rank,
        ulong Notices,
        int AdmittedBy,
        bool IsKept,
        bool IsEmergencyOption,
        UrgencyTier? Tier);
}
