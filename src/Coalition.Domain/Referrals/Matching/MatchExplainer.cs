using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// Turns compiled evaluations into what a case manager reads: candidates with reason codes, a sentence and notices;
/// emergency options; exclusion lists and counts. Runs only for what is reported (the top candidates), never per offering
/// scanned.
/// </summary>
internal static class MatchExplainer
{
    /// <summary>Every reason bit that <see cref="Candidate"/> explains (all of them).</summary>
    private const uint ExplainedReasons = (CompiledRules.ReasonAccreditedPartial << 1) - 1;

    /// <summary>One explanation buffer per thread, reused across candidates.</summary>
    [ThreadStatic]
    private static StringBuilder? CachedText;

    private static string Opens(Instant? next) =>
        next is { } n ? $"opens {n.ToString("uuuu-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)}" : "no opening found";

    internal static MatchCandidate Candidate(CompiledNetwork network, ref MatchContext context, CandidateSlots.Slot slot, ClientNeed clientNeed)
    {
        var provider = network.Providers[slot.Provider];
        var offering = network.Offerings[slot.Offering];
        var evaluation = slot.Evaluation;
        var state = offering.Schedule is null ? OpenState.Unknown : context.StateOf(slot.Offering);
        Instant? next = clientNeed.Urgency == NeedUrgency.Immediate && state == OpenState.Closed ? offering.Schedule!.NextOpening(context.At) : null;
        var bits = evaluation.Reasons;
        var reasons = new string[BitOperations.PopCount(bits & ExplainedReasons)];
        var filled = 0;
        var text = CachedText ?? new StringBuilder();
        CachedText = null;
        text.Clear();

        // Each phrase is built only when its reason applies: most candidates have five or six of the twenty.
        void Add(string code, string words)
        {
            reasons[filled++] = code;
            text.Append(text.Length == 0 ? string.Empty : "; ").Append(words);
        }

        if ((bits & CompiledRules.ReasonMandatory) != 0)
        {
            Add(ReasonCodes.MandatoryRule, "admitted by a mandatory routing rule for a minor despite the client's consent settings");
        }

        if ((bits & CompiledRules.ReasonKept) != 0)
        {
            Add(ReasonCodes.KeptForProtection, $"kept despite the client's consent setting because {ProtectionReason(context.Client)}; ranked after providers without it");
        }

        if ((bits & CompiledRules.ReasonOpen) != 0)
        {
            Add(ReasonCodes.OpenNow, offering.Schedule?.IsAlwaysOpen == true ? "open 24/7" : "open now");
        }

        if ((bits & CompiledRules.ReasonOpeningSoon) != 0)
        {
            Add(ReasonCodes.OpeningSoon, $"closed now; opening soon ({Opens(next)})");
        }

        if ((bits & CompiledRules.ReasonClosed) != 0)
        {
            Add(ReasonCodes.ClosedNow, $"closed now; {Opens(next)}");
        }

        AddIf(CompiledRules.ReasonHoursUnknown, ReasonCodes.HoursUnknown, "hours not published: call to check");
        AddIf(CompiledRules.ReasonStandard, ReasonCodes.StandardOfCare, "adheres to the coalition's standard of care");
        AddIf(CompiledRules.ReasonTrained, ReasonCodes.TraffickingTrainedStaff, "staff trained on human trafficking");
        AddIf(CompiledRules.ReasonLicensed, ReasonCodes.LicensedSocialWorkers, "licensed social workers do case management");
        AddIf(CompiledRules.ReasonAttorney, ReasonCodes.LicensedAttorney, "immigration attorney");
        AddIf(CompiledRules.ReasonAccreditedFull, ReasonCodes.AccreditedRepresentative, "DOJ-accredited representative (DHS and immigration court)");
        AddIf(CompiledRules.ReasonAccreditedPartial, ReasonCodes.AccreditedDhsOnly, "DOJ-accredited representative for DHS matters only: not immigration court");
        AddIf(CompiledRules.ReasonDirect, ReasonCodes.DirectLanguage, "speaks the client's language");
        AddIf(CompiledRules.ReasonInterpretation, ReasonCodes.Interpretation, "through interpretation");
        AddIf(CompiledRules.ReasonCultural, ReasonCodes.CulturallySpecific, "culturally specific");
        if ((bits & CompiledRules.ReasonCapacity) != 0)
        {
            Add(ReasonCodes.CapacityAvailable, network.Capacities[slot.Offering] is { Available: { } a, Maximum: { } m } ? $"{a} of {m} places free" : "accepting referrals");
        }

        AddIf(CompiledRules.ReasonWaitlist, ReasonCodes.Waitlist, "waitlist");
        AddIf(CompiledRules.ReasonCapacityUnknown, ReasonCodes.CapacityUnknown, "capacity not reported");
        AddIf(CompiledRules.ReasonOtherNeeds, ReasonCodes.CoversOtherNeeds, "also offers other needs of the client");
        AddIf(CompiledRules.ReasonConfirmAge, ReasonCodes.ConfirmAge, "confirm age eligibility");
        AddIf(CompiledRules.ReasonConfirmGender, ReasonCodes.ConfirmGender, "confirm gender eligibility");
        AddIf(CompiledRules.ReasonConfirmArea, ReasonCodes.ConfirmArea, "confirm the client's area");
        AddIf(CompiledRules.ReasonConfirmPopulation, ReasonCodes.ConfirmPopulation, "confirm population eligibility");

        void AddIf(uint flag, string code, string words)
        {
            if ((bits & flag) != 0)
            {
                Add(code, words);
            }
        }

        var notices = Notices(network, ref context, evaluation.Notices);
        if (!notices.IsEmpty)
        {
            text.Append("; reporting duties: ").Append(string.Join(", ", notices.Select(x => $"{x.DutyCode} ({(x.Certainty == DutyCertainty.Applies ? "applies" : "may apply")})")));
        }

        if (provider.IntakeContact is null)
        {
            text.Append("; no intake contact listed");
        }

        var explanation = text.ToString();
        CachedText = text;
        return new MatchCandidate(
            provider.Id,
            provider.Name,
            offering.Id,
            provider.Category,
            Math.Round(evaluation.Score, 6),
            ImmutableCollectionsMarshal.AsImmutableArray(reasons),
            explanation,
            provider.IntakeContact,
            provider.PublicAddress,
            state,
            next,
            evaluation.AdmittedBy >= 0 ? context.AdmittingRules[evaluation.AdmittedBy].Code : null,
            network.Capacities[slot.Offering].Status)
        {
            Notices = notices,
            Tier = evaluation.Tier,
        };
    }

    internal static EmergencyOption EmergencyOption(CompiledNetwork network, ref MatchContext context, CandidateSlots.Slot slot)
    {
        var provider = network.Providers[slot.Provider];
        var offering = network.Offerings[slot.Offering];
        var rules = RuleCodes(slot.Evaluation.Failed, []);
        var why = string.Join("; ", rules.Select(r => r switch
        {
            HardRuleCodes.ConsentLawEnforcement => "the client declined law-enforcement contact and this provider is affiliated with law enforcement",
            HardRuleCodes.ConsentSharing => "the client has not agreed to share information with this kind of provider",
            _ => "the client chose to avoid providers with a reporting duty that applies or may apply",
        }));
        return new EmergencyOption(
            provider.Id,
            provider.Name,
            offering.Id,
            provider.Category,
            rules,
            Notices(network, ref context, slot.Evaluation.Notices),
            provider.IntakeContact,
            provider.PublicAddress,
            slot.Evaluation.Tier ?? UrgencyTier.HoursUnknown,
            $"Excluded at the client's request: emergency option ({why}). Not a candidate; only a new, recorded choice makes it one.");
    }

    /// <summary>The notices for the duties in <paramref name="duties"/>, ordered by duty code.</summary>
    internal static ImmutableArray<DutyNotice> Notices(CompiledNetwork network, ref MatchContext context, ulong duties)
    {
        if (duties == 0)
        {
            return [];
        }

        var notices = ImmutableArray.CreateBuilder<DutyNotice>();
        for (var bits = duties; bits != 0; bits &= bits - 1)
        {
            var duty = System.Numerics.BitOperations.TrailingZeroCount(bits);
            var certainty = (context.CertainDuties & (1UL << duty)) != 0 ? DutyCertainty.Applies : DutyCertainty.MayApply;
            notices.Add(network.DutyDefinitions[duty] is { } definition
                ? new DutyNotice(definition.Code, certainty, definition.Notice, definition.InvolvesLawEnforcement)
                : Rules.ReportingDutyNotice.UndefinedDutyNotice(network.DutyCodes[duty]));
        }

        notices.Sort((a, b) => string.CompareOrdinal(a.DutyCode, b.DutyCode));
        return notices.ToImmutable();
    }

    internal static ImmutableArray<RuleCount> CountsOf(ReadOnlySpan<int> counts)
    {
        var builder = ImmutableArray.CreateBuilder<RuleCount>();
        for (var rule = 0; rule < CompiledRules.BuiltInRuleCount; rule++)
        {
            if (counts[rule] > 0)
            {
                builder.Add(new RuleCount(HardRuleCodes.All[rule], counts[rule]));
            }
        }

        if (counts[CompiledRules.RuleCustom] > 0)
        {
            builder.Add(new RuleCount("custom", counts[CompiledRules.RuleCustom]));
        }

        return builder.ToImmutable();
    }

    internal static ImmutableArray<string> RuleCodes(int failed, ImmutableArray<string> customFailures)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        for (var rule = 0; rule < CompiledRules.BuiltInRuleCount; rule++)
        {
            if ((failed & (1 << rule)) != 0)
            {
                builder.Add(HardRuleCodes.All[rule]);
            }
        }

        builder.AddRange(customFailures);
        return builder.ToImmutable();
    }

    /// <summary>Adds one to the count of every rule set in <paramref name="failed"/>.</summary>
    internal static void CountFailures(int failed, Span<int> counts)
    {
        for (var rule = 0; rule <= CompiledRules.BuiltInRuleCount; rule++)
        {
            if ((failed & (1 << rule)) != 0)
            {
                counts[rule]++;
            }
        }
    }

    private static string ProtectionReason(ClientProfile client) => client.AgeTreatment switch
    {
        AgeTreatment.Minor => "the client is a minor and the need is immediate",
        AgeTreatment.PossibleMinor => "the client's age is unknown (a possible minor) and the need is immediate",
        _ => "the client is marked as lacking decision capacity and the need is immediate",
    };
}
