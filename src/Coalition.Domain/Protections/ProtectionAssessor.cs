using System.Collections.Immutable;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Protections;

/// <summary>
/// Assesses the protections for foreign-national survivors from <see cref="ImmigrationFacts"/>, in the style of the TVPA
/// rules: three-valued (Kleene) elements, verdicts explained element by element with their sources, the smallest sets of
/// unknown facts that would decide an undetermined verdict, next steps with who acts, and a <see cref="Decide"/> fast path
/// that allocates nothing. Information for the survivor and the advocate, never a decision: the agencies decide.
/// </summary>
/// <remarks>
/// <para><b>Who needs none.</b> A US citizen or a lawful permanent resident needs no protection here: every verdict is
/// <see cref="ProtectionVerdict.NotNeeded"/>, never "not eligible". A permanent resident's access to some benefits still
/// depends on the general rules (such as the five-year bar, 8 U.S.C. 1612–1613). While nationality is unknown, every
/// verdict is undetermined, so that learning it never overturns a decided verdict.</para>
/// <para><b>Citations.</b> HHS's certification, eligibility letters and interim assistance are in 22 U.S.C. 7105(b)(1);
/// amendments have re-lettered its subparagraphs, and the library cites the paragraph rather than a letter it could not
/// verify. The T-visa rule is the one in force since 28 August 2024 (8 CFR 214.200–214.216, 89 FR 34864).</para>
/// </remarks>
public static partial class ProtectionAssessor
{
    private const int MaxDecidingSetSize = 3;

    /// <summary>Every protection, in the order reports list them.</summary>
    public static ImmutableArray<Protection> All { get; } = [.. Enum.GetValues<Protection>()];

    /// <summary>Decides one protection's verdict; allocates nothing.</summary>
    /// <param name="protection">The protection.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="protection"/> is undefined.</exception>
    public static ProtectionVerdict Decide(Protection protection, ImmigrationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        switch (facts.Nationality)
        {
            case NationalityStatus.UsCitizen or NationalityStatus.LawfulPermanentResident:
                Internal.Preconditions.Defined(protection, nameof(protection));
                return ProtectionVerdict.NotNeeded;
            case NationalityStatus.Unknown:
                Internal.Preconditions.Defined(protection, nameof(protection));
                return ProtectionVerdict.Undetermined;
        }

        return protection switch
        {
            Protection.ContinuedPresence => ContinuedPresence(facts),
            Protection.TVisa => TVisa(facts),
            Protection.HhsCertification => Certification(facts),
            Protection.EligibilityLetter => ToVerdict(And(And(Child(facts), facts.TraffickingVictim), Of(facts.LetterRequestInTime))),
            Protection.InterimAssistance => ToVerdict(And(Child(facts), Of(facts.CredibleInformation))),
            Protection.UVisa => ProtectionVerdict.Undetermined,
            _ => throw new ArgumentOutOfRangeException(nameof(protection), protection, "Unknown protection."),
        };
    }

    /// <summary>Assesses one protection in full.</summary>
    /// <param name="protection">The protection.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="protection"/> is undefined.</exception>
    public static ProtectionAssessment Assess(Protection protection, ImmigrationFacts facts)
    {
        var verdict = Decide(protection, facts);
        var elements = Elements(protection, facts);
        var steps = Steps(protection, facts, verdict);
        var sets = verdict == ProtectionVerdict.Undetermined ? DecidingSets(protection, facts) : [];
        return new ProtectionAssessment(protection, verdict, DecidedBy(protection), elements, steps, sets, Explain(protection, facts, verdict, elements));
    }

    /// <summary>Assesses every protection.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>One assessment per protection, in <see cref="All"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static ImmutableArray<ProtectionAssessment> AssessAll(ImmigrationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. All.Select(p => Assess(p, facts))];
    }

    // ---- The rules (Kleene logic over Verdict: Met is true, NotMet false, Undetermined unknown) ----

    /// <summary>
    /// A recorded grant or denial decides; a pending request is undetermined; with no request the elements decide. While the
    /// status is unknown the verdict is undetermined (it may already have been granted or denied).
    /// </summary>
    private static ProtectionVerdict ContinuedPresence(ImmigrationFacts f) => f.ContinuedPresence?.Status switch
    {
        null or DhsStatus.Requested => ProtectionVerdict.Undetermined,
        DhsStatus.Granted => ProtectionVerdict.Available,
        DhsStatus.Denied or DhsStatus.Expired => ProtectionVerdict.NotAvailable,
        _ => ToVerdict(ContinuedPresenceElements(f)),
    };

    private static Verdict ContinuedPresenceElements(ImmigrationFacts f) =>
        And(And(Of(f.IdentifiedByLawEnforcement), Of(f.PotentialWitnessOrCivilAction)), Of(f.FederalRequest));

    /// <summary>A recorded grant or denial decides; otherwise the elements of 8 CFR 214.202 (undetermined while the status is unknown).</summary>
    private static ProtectionVerdict TVisa(ImmigrationFacts f) => f.TVisa?.Status switch
    {
        null => ProtectionVerdict.Undetermined,
        DhsStatus.Granted => ProtectionVerdict.Available,
        DhsStatus.Denied => ProtectionVerdict.NotAvailable,
        _ => ToVerdict(TVisaElements(f)),
    };

    private static Verdict TVisaElements(ImmigrationFacts f) =>
        And(And(And(f.TraffickingVictim, Of(f.PresentOnAccountOfTrafficking)), And(Compliance(f), Of(f.ExtremeHardship))), And(Of(f.AdmissibleOrWaiver), Not(Of(f.CommittedSevereTrafficking))));

    /// <summary>214.202(c): complied with any reasonable request, or exempt as a minor (c)(1), or excepted for trauma (c)(2).</summary>
    private static Verdict Compliance(ImmigrationFacts f) => Or(MinorWhenVictimised(f), f.Cooperation switch
    {
        Cooperation.Complied or Cooperation.UnableBecauseOfTrauma => Verdict.Met,
        Cooperation.Declined => Verdict.NotMet,
        _ => Verdict.Undetermined,
    });

    private static Verdict MinorWhenVictimised(ImmigrationFacts f) =>
        f.WasMinorWhenVictimised ? Verdict.Met : f.AgeAtVictimisation == AgeEvidenceKind.EighteenOrOver ? Verdict.NotMet : Verdict.Undetermined;

    /// <summary>
    /// OTIP certifies an adult once DHS notifies it of Continued Presence, a bona fide determination or a T-visa grant; the
    /// library reads those recorded findings and computes no cooperation verdict of its own. A derivative T holder needs none.
    /// </summary>
    private static ProtectionVerdict Certification(ImmigrationFacts f)
    {
        if (f.DerivativeTStatus == FactStatus.Established)
        {
            return ProtectionVerdict.NotNeeded;
        }

        var verdict = ToVerdict(And(Adult(f), DhsFinding(f)));

        // Until derivative status is ruled out, a decided verdict could still become "not needed".
        return f.DerivativeTStatus == FactStatus.RuledOut ? verdict : ProtectionVerdict.Undetermined;
    }

    private static Verdict DhsFinding(ImmigrationFacts f) => Or(
        f.ContinuedPresence is null ? Verdict.Undetermined : f.ContinuedPresence.Status == DhsStatus.Granted ? Verdict.Met : Verdict.NotMet,
        f.TVisa is null ? Verdict.Undetermined : f.TVisa.Status is DhsStatus.Granted or DhsStatus.BonaFideDetermination ? Verdict.Met : Verdict.NotMet);

    private static Verdict Adult(ImmigrationFacts f) => f.CurrentAge switch
    {
        AgeEvidenceKind.EighteenOrOver => Verdict.Met,
        AgeEvidenceKind.UnderEighteen => Verdict.NotMet,
        _ => Verdict.Undetermined,
    };

    private static Verdict Child(ImmigrationFacts f) => Not(Adult(f));

    private static Verdict Of(FactStatus status) => status switch
    {
        FactStatus.Established => Verdict.Met,
        FactStatus.RuledOut => Verdict.NotMet,
        _ => Verdict.Undetermined,
    };

    private static Verdict Not(Verdict v) => v switch
    {
        Verdict.Met => Verdict.NotMet,
        Verdict.NotMet => Verdict.Met,
        _ => Verdict.Undetermined,
    };

    private static Verdict And(Verdict a, Verdict b) =>
        a == Verdict.NotMet || b == Verdict.NotMet ? Verdict.NotMet : a == Verdict.Met && b == Verdict.Met ? Verdict.Met : Verdict.Undetermined;

    private static Verdict Or(Verdict a, Verdict b) =>
        a == Verdict.Met || b == Verdict.Met ? Verdict.Met : a == Verdict.NotMet && b == Verdict.NotMet ? Verdict.NotMet : Verdict.Undetermined;

    private static ProtectionVerdict ToVerdict(Verdict v) => v switch
    {
        Verdict.Met => ProtectionVerdict.Available,
        Verdict.NotMet => ProtectionVerdict.NotAvailable,
        _ => ProtectionVerdict.Undetermined,
    };
}
