using System.Collections.Immutable;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// The referral rules, composed plainly from the one-file rules of this namespace, for one provider, offering, client and
/// need. This is the library's readable rule set: what a domain expert reviews. The compiled <see cref="ReferralMatcher"/>
/// flattens the same rules into bit masks for speed and is proven equal to <see cref="Assess"/> by property tests.
/// </summary>
/// <remarks>
/// <para>Order: eligibility (<see cref="AgeEligibility"/>, <see cref="GenderEligibility"/>, <see cref="PopulationEligibility"/>,
/// <see cref="TraffickingTypeEligibility"/>), <see cref="LanguageAccess"/>, <see cref="ServiceAreaCoverage"/>, the consent
/// settings (<see cref="ConsentLawEnforcement"/>, <see cref="ConsentSharing"/>, <see cref="ReportingDutyChoice"/>),
/// <see cref="ClientChoice"/>, <see cref="NoCapacity"/>, <see cref="ImmigrationRepresentation"/>, then the policy's custom rules. The
/// <see cref="ProtectiveAgencyAdmission"/> may then lift consent exclusions for a known minor, and
/// <see cref="ConsentOverride"/> decides what an immediate need keeps or shows. Notices come from
/// <see cref="ReportingDutyNotice"/>, tiers from <see cref="UrgencyTiers"/>, the score from <see cref="SoftScore"/>.</para>
/// </remarks>
public static class ReferralRules
{
    /// <summary>Assesses one offering for one client's need.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="offering">One of the provider's offerings.</param>
    /// <param name="client">The client.</param>
    /// <param name="need">The need being matched (the offering should serve it).</param>
    /// <param name="policy">The policy.</param>
    /// <param name="at">The instant of the match.</param>
    /// <param name="capacity">The capacity to use, when it differs from the offering's own (a capacity update); <see langword="null"/> for the offering's.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static CandidateAssessment Assess(Provider provider, ServiceOffering offering, ClientProfile client, ClientNeed need, ReferralPolicy policy, Instant at, Capacity? capacity = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(policy);
        capacity ??= offering.Capacity;
        var eligibility = offering.Eligibility;
        var broken = ImmutableArray.CreateBuilder<string>();
        var confirmations = new List<string>();
        void Check(EligibilityOutcome outcome, string code, string confirm)
        {
            if (outcome == EligibilityOutcome.Fail)
            {
                broken.Add(code);
            }
            else if (outcome == EligibilityOutcome.Confirm)
            {
                confirmations.Add(confirm);
            }
        }

        Check(AgeEligibility.Evaluate(eligibility.Ages, client.AgeYears), AgeEligibility.Code, ReasonCodes.ConfirmAge);
        Check(GenderEligibility.Evaluate(eligibility.Genders, client.Gender), GenderEligibility.Code, ReasonCodes.ConfirmGender);
        var population = PopulationEligibility.Evaluate(eligibility, client.Populations, client.UnknownPopulations);
        if (population == EligibilityOutcome.Fail)
        {
            broken.Add(PopulationEligibility.Code);
        }

        if (TraffickingTypeEligibility.Excludes(eligibility.TraffickingTypes, client.TraffickingTypes))
        {
            broken.Add(TraffickingTypeEligibility.Code);
        }

        var language = LanguageAccess.Evaluate(offering, client.Languages, policy.AllowInterpretation);
        if (language == LanguageAccess.Outcome.Fail)
        {
            broken.Add(LanguageAccess.Code);
        }

        Check(ServiceAreaCoverage.Evaluate(offering.Area, client.Area), ServiceAreaCoverage.Code, ReasonCodes.ConfirmArea);
        if (population == EligibilityOutcome.Confirm)
        {
            confirmations.Add(ReasonCodes.ConfirmPopulation);
        }

        if (ConsentLawEnforcement.Excludes(provider, client))
        {
            broken.Add(ConsentLawEnforcement.Code);
        }

        if (ConsentSharing.Excludes(provider, client))
        {
            broken.Add(ConsentSharing.Code);
        }

        var notices = ReportingDutyNotice.NoticesFor(provider, client, policy);
        if (ReportingDutyChoice.Excludes(notices, client))
        {
            broken.Add(ReportingDutyChoice.Code);
        }

        if (ClientChoice.Excludes(provider, client))
        {
            broken.Add(ClientChoice.Code);
        }

        if (NoCapacity.Excludes(capacity))
        {
            broken.Add(NoCapacity.Code);
        }

        string? standingReason = null;
        if (ImmigrationRepresentation.AppliesTo(offering, need.Need))
        {
            var standing = ImmigrationRepresentation.StandingOf(provider, at);
            if (ImmigrationRepresentation.ExclusionOf(standing) is { } excluded)
            {
                broken.Add(excluded);
            }
            else
            {
                standingReason = ImmigrationRepresentation.ReasonOf(standing);
            }
        }

        var adjustment = 0.0;
        if (!policy.CustomRules.IsEmpty)
        {
            var context = new ReferralRuleContext(provider, offering, client, need, at);
            foreach (var rule in policy.CustomRules)
            {
                var outcome = rule.Evaluate(in context);
                if (outcome.Excludes)
                {
                    broken.Add(rule.Code);
                }
                else if (double.IsFinite(outcome.ScoreAdjustment))
                {
                    adjustment += outcome.ScoreAdjustment;
                }
            }
        }

        string? mandatoryRule = null;
        var brokenRules = broken.ToImmutable();
        if (ProtectiveAgencyAdmission.AdmittingRule(provider, client, policy) is { } admitting)
        {
            var lifted = brokenRules.RemoveAll(HardRuleCodes.ConsentSettings.Contains);
            if (lifted.Length != brokenRules.Length)
            {
                mandatoryRule = admitting.Code;
                brokenRules = lifted;
            }
        }

        var result = ConsentOverride.Apply(brokenRules, need.Urgency, PossibleMinor.IsProtected(client));

        // Tiers and scores matter only for what is shown: candidates and emergency options.
        var shown = result.Broken.IsEmpty || result.IsEmergencyOption;
        UrgencyTier? tier = shown && need.Urgency == NeedUrgency.Immediate ? UrgencyTiers.TierOf(offering, at, policy.OpeningSoonWindow) : null;
        var score = shown
            ? SoftScore.Full(SoftScore.Base(policy.Weights, language, capacity, adjustment), policy.Weights, provider, offering, client, need, tier == UrgencyTier.OpenNow)
            : 0;
        var reasons = result.Broken.IsEmpty
            ? ReasonsOf(provider, offering, client, need, capacity, language, tier, mandatoryRule is not null, result.IsKeptForProtection, standingReason, confirmations)
            : [];
        return new CandidateAssessment(provider.Id, offering.Id, result.Broken, result.IsEmergencyOption, result.IsKeptForProtection, mandatoryRule, notices, tier, reasons, score);
    }

    /// <summary>The reason codes of a candidate, in the documented order.</summary>
    private static ImmutableArray<string> ReasonsOf(
        Provider provider,
        ServiceOffering offering,
        ClientProfile client,
        ClientNeed need,
        Capacity capacity,
        LanguageAccess.Outcome language,
        UrgencyTier? tier,
        bool mandatory,
        bool kept,
        string? standingReason,
        List<string> confirmations)
    {
        var reasons = ImmutableArray.CreateBuilder<string>();
        void Add(bool condition, string code)
        {
            if (condition)
            {
                reasons.Add(code);
            }
        }

        Add(mandatory, ReasonCodes.MandatoryRule);
        Add(kept, ReasonCodes.KeptForProtection);
        Add(tier == UrgencyTier.OpenNow, ReasonCodes.OpenNow);
        Add(tier == UrgencyTier.OpeningSoon, ReasonCodes.OpeningSoon);
        Add(tier == UrgencyTier.Closed, ReasonCodes.ClosedNow);
        Add(tier == UrgencyTier.HoursUnknown, ReasonCodes.HoursUnknown);
        Add(provider.AdheresToStandardOfCare, ReasonCodes.StandardOfCare);
        Add(provider.HasTraffickingTrainedStaff, ReasonCodes.TraffickingTrainedStaff);
        Add(provider.HasLicensedSocialWorkers && need.Need == Needs.ServiceNeeds.CaseManagement, ReasonCodes.LicensedSocialWorkers);
        if (standingReason is not null)
        {
            reasons.Add(standingReason);
        }

        Add(language == LanguageAccess.Outcome.Direct, ReasonCodes.DirectLanguage);
        Add(language == LanguageAccess.Outcome.Interpretation, ReasonCodes.Interpretation);
        Add(offering.IsCulturallySpecific && (client.Populations & Populations.ForeignNational) != 0, ReasonCodes.CulturallySpecific);
        Add(capacity.Status == CapacityStatus.Available, ReasonCodes.CapacityAvailable);
        Add(capacity.Status == CapacityStatus.Waitlist, ReasonCodes.Waitlist);
        Add(capacity.Status == CapacityStatus.Unknown, ReasonCodes.CapacityUnknown);
        Add(SoftScore.OtherNeedsCovered(provider, client, need) > 0, ReasonCodes.CoversOtherNeeds);
        foreach (var code in new[] { ReasonCodes.ConfirmAge, ReasonCodes.ConfirmGender, ReasonCodes.ConfirmArea, ReasonCodes.ConfirmPopulation })
        {
            Add(confirmations.Contains(code), code);
        }

        return reasons.ToImmutable();
    }
}
