using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Law;

namespace Coalition.Domain.Protections;

/// <summary>
/// What cooperating with law enforcement, or declining contact, would cost or keep for each protection: information for
/// the survivor's own choice, never a recommendation (see <see cref="Of"/>).
/// </summary>
/// <param name="Current">The survivor's cooperation as recorded.</param>
/// <param name="Outcomes">One row per protection.</param>
/// <param name="Disclaimer">The statement that this is information, not a recommendation.</param>
public sealed record InformedChoice(Cooperation Current, ImmutableArray<ChoiceOutcome> Outcomes, string Disclaimer)
{
    /// <summary>The disclaimer every informed-choice table carries.</summary>
    public const string Statement = "This is information for the survivor, not a recommendation: whether to have contact with law enforcement is the survivor's choice, and no protection here is a condition of services.";

    /// <summary>Gets the recorded cooperation.</summary>
    public Cooperation Current { get; } = Preconditions.Defined(Current, nameof(Current));

    /// <summary>Gets one row per protection.</summary>
    public ImmutableArray<ChoiceOutcome> Outcomes { get; } = Preconditions.Elements(Outcomes, Limits.Items, nameof(Outcomes));

    /// <summary>Gets the disclaimer.</summary>
    public string Disclaimer { get; } = Preconditions.BoundedText(Disclaimer, Limits.Text, nameof(Disclaimer));

    /// <summary>
    /// Compares each protection's verdict if the survivor cooperates and if they decline contact with law enforcement, on
    /// otherwise the same facts, except that declining makes a federal request for Continued Presence uncertain. A survivor
    /// whom trauma prevents from cooperating keeps the trauma exception either way.
    /// </summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static InformedChoice Of(ImmigrationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var cooperating = facts with { Cooperation = facts.Cooperation == Cooperation.UnableBecauseOfTrauma ? Cooperation.UnableBecauseOfTrauma : Cooperation.Complied };
        // Declining contact makes a federal request for Continued Presence unlikely: a request not yet refused becomes unknown.
        var declining = facts with
        {
            Cooperation = facts.Cooperation == Cooperation.UnableBecauseOfTrauma ? Cooperation.UnableBecauseOfTrauma : Cooperation.Declined,
            FederalRequest = facts.FederalRequest == FactStatus.Established ? FactStatus.Unknown : facts.FederalRequest,
        };
        var rows = ProtectionAssessor.All.Select(p => new ChoiceOutcome(p, ProtectionAssessor.Decide(p, cooperating), ProtectionAssessor.Decide(p, declining), Note(p, facts)));
        return new InformedChoice(facts.Cooperation, [.. rows], Statement);
    }

    private static string Note(Protection protection, ImmigrationFacts facts) => protection switch
    {
        Protection.ContinuedPresence => "Depends on a request by federal law enforcement; declining contact makes a request unlikely.",
        Protection.TVisa => facts.WasMinorWhenVictimised
            ? "Remains possible either way: a person under 18 when victimised need not cooperate."
            : facts.Cooperation == Cooperation.UnableBecauseOfTrauma
                ? "Remains possible either way: trauma that prevents cooperation is an exception."
                : "Declining a reasonable request counts against it, unless trauma prevented cooperation or the person was under 18 when victimised (8 CFR 214.202(c)).",
        Protection.HhsCertification => "Follows DHS's findings: with contact declined it depends on a bona fide T-visa determination or a T-visa grant, since Continued Presence becomes unlikely.",
        Protection.EligibilityLetter or Protection.InterimAssistance => "A child needs no cooperation with law enforcement.",
        _ => "Needs a certification of helpfulness, which a judge, child protective services, the EEOC or the Department of Labor can sign as well as law enforcement.",
    };

    /// <inheritdoc />
    public bool Equals(InformedChoice? other) =>
        other is not null && Current == other.Current && Equality.Sequence(Outcomes, other.Outcomes) && Disclaimer == other.Disclaimer;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Current, Equality.SequenceHash(Outcomes), Disclaimer);
}
