using Coalition.Domain.Internal;
using Coalition.Domain.Law;

namespace Coalition.Domain.Protections;

/// <summary>
/// What is known about a person for the immigration protections: three-valued facts and recorded agency findings, with no
/// identity and never a date of birth (ages are the TVPA's age evidence). Everything is unknown by default.
/// </summary>
public sealed record ImmigrationFacts
{
    /// <summary>Gets a set of facts where everything is unknown.</summary>
    public static ImmigrationFacts Unknown { get; } = new();

    /// <summary>Gets the nationality status.</summary>
    public NationalityStatus Nationality { get; init => field = Preconditions.Defined(value, nameof(Nationality)); }

    /// <summary>
    /// Gets the TVPA verdict that the person is or was a victim of a severe form of trafficking (for example from
    /// <see cref="TraffickingAssessor"/>); <see cref="Verdict.Undetermined"/> propagates.
    /// </summary>
    public Verdict TraffickingVictim { get; init => field = Preconditions.Defined(value, nameof(TraffickingVictim)); }

    /// <summary>
    /// Gets the age when victimised, as TVPA age evidence: under 18 at the time of at least one act (<see cref="AgeEvidenceKind.UnderEighteen"/>
    /// or <see cref="AgeEvidenceKind.TurnedEighteenDuringConduct"/>), 18 or over, or unknown. A date of birth is not accepted.
    /// </summary>
    public AgeEvidenceKind AgeAtVictimisation { get; init => field = NoBirthDate(value, nameof(AgeAtVictimisation)); }

    /// <summary>Gets the person's age now: under 18, 18 or over, or unknown (never a date of birth).</summary>
    public AgeEvidenceKind CurrentAge { get; init => field = value is AgeEvidenceKind.Unknown or AgeEvidenceKind.UnderEighteen or AgeEvidenceKind.EighteenOrOver
        ? value
        : throw new ArgumentOutOfRangeException(nameof(CurrentAge), value, "The current age is under eighteen, eighteen or over, or unknown."); }

    /// <summary>Gets whether the person is physically present in the United States (or American Samoa, the CNMI or a port of entry) on account of trafficking.</summary>
    public FactStatus PresentOnAccountOfTrafficking { get; init => field = Preconditions.Defined(value, nameof(PresentOnAccountOfTrafficking)); }

    /// <summary>Gets the person's cooperation with reasonable requests for assistance from law enforcement.</summary>
    public Cooperation Cooperation { get; init => field = Preconditions.Defined(value, nameof(Cooperation)); }

    /// <summary>Gets whether removal would cause extreme hardship involving unusual and severe harm (8 CFR 214.209).</summary>
    public FactStatus ExtremeHardship { get; init => field = Preconditions.Defined(value, nameof(ExtremeHardship)); }

    /// <summary>Gets whether the person is admissible or obtains a waiver (INA 212(d)(13)).</summary>
    public FactStatus AdmissibleOrWaiver { get; init => field = Preconditions.Defined(value, nameof(AdmissibleOrWaiver)); }

    /// <summary>Gets whether there is substantial reason to believe the person committed an act of a severe form of trafficking (the bar of 8 CFR 214.202(e)).</summary>
    public FactStatus CommittedSevereTrafficking { get; init => field = Preconditions.Defined(value, nameof(CommittedSevereTrafficking)); }

    /// <summary>Gets whether law enforcement has identified the person as a trafficking victim.</summary>
    public FactStatus IdentifiedByLawEnforcement { get; init => field = Preconditions.Defined(value, nameof(IdentifiedByLawEnforcement)); }

    /// <summary>Gets whether the person may be a potential witness, or has filed a civil action under 18 U.S.C. 1595.</summary>
    public FactStatus PotentialWitnessOrCivilAction { get; init => field = Preconditions.Defined(value, nameof(PotentialWitnessOrCivilAction)); }

    /// <summary>Gets whether federal law enforcement requests (or will request) Continued Presence.</summary>
    public FactStatus FederalRequest { get; init => field = Preconditions.Defined(value, nameof(FederalRequest)); }

    /// <summary>Gets the recorded Continued Presence status, or <see langword="null"/> when unknown.</summary>
    public ProtectionRecord? ContinuedPresence { get; init; }

    /// <summary>Gets the recorded T-visa status (including a bona fide determination), or <see langword="null"/> when unknown.</summary>
    public ProtectionRecord? TVisa { get; init; }

    /// <summary>Gets whether the person holds derivative T status as a family member (no certification is needed).</summary>
    public FactStatus DerivativeTStatus { get; init => field = Preconditions.Defined(value, nameof(DerivativeTStatus)); }

    /// <summary>Gets whether there is credible information that a child may have been trafficked (Interim Assistance).</summary>
    public FactStatus CredibleInformation { get; init => field = Preconditions.Defined(value, nameof(CredibleInformation)); }

    /// <summary>
    /// Gets whether an Eligibility Letter request reaches (or reached) OTIP before the 18th birthday; see
    /// <see cref="LetterDeadline"/> to compute it. A request that arrives later cannot be granted.
    /// </summary>
    public FactStatus LetterRequestInTime { get; init => field = Preconditions.Defined(value, nameof(LetterRequestInTime)); }

    /// <summary>Gets whether a U-visa certification of helpfulness (Form I-918 Supplement B) has been signed.</summary>
    public FactStatus UCertification { get; init => field = Preconditions.Defined(value, nameof(UCertification)); }

    /// <summary>Gets whether the person is known to have been under 18 at the time of at least one act.</summary>
    internal bool WasMinorWhenVictimised => AgeAtVictimisation is AgeEvidenceKind.UnderEighteen or AgeEvidenceKind.TurnedEighteenDuringConduct;

    private static AgeEvidenceKind NoBirthDate(AgeEvidenceKind value, string paramName) =>
        Preconditions.Defined(value, paramName) == AgeEvidenceKind.DateOfBirth
            ? throw new ArgumentOutOfRangeException(paramName, value, "Immigration facts hold age evidence, never a date of birth.")
            : value;

    /// <summary>Returns a summary that names no one.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => "immigration facts";
}
