using System.Collections.Immutable;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Protections;

/// <content>Needs suggested from the assessments, never added by themselves.</content>
public static partial class ProtectionAssessor
{
    /// <summary>
    /// Suggests <c>legal-representation.immigration</c> for a foreign-national client when any assessment finds a protection
    /// available or undetermined and the client does not already list that need. The suggestion is marked as derived from
    /// the assessment (<see cref="NeedSuggestion.ProtectionAssessmentSource"/>) and is never added to the client:
    /// <see cref="NeedSuggestion.AcceptInto"/> records the survivor's choice. A client whose nationality is unknown gets no
    /// suggestion; the assessments' next steps already ask to establish it.
    /// </summary>
    /// <param name="facts">The facts the assessments were made from.</param>
    /// <param name="assessments">The assessments (from <see cref="AssessAll"/> or <see cref="Assess"/>).</param>
    /// <param name="client">The client's profile, for the needs already listed.</param>
    /// <returns>No suggestion, or one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or an assessment is.</exception>
    public static ImmutableArray<NeedSuggestion> SuggestNeeds(ImmigrationFacts facts, IEnumerable<ProtectionAssessment> assessments, ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(client);
        var open = new List<Protection>();
        var index = 0;
        foreach (var assessment in assessments)
        {
            if (assessment is null)
            {
                throw new ArgumentNullException(nameof(assessments), $"The assessment at index {index} is null.");
            }

            if (assessment.Verdict is ProtectionVerdict.Available or ProtectionVerdict.Undetermined)
            {
                open.Add(assessment.Protection);
            }

            index++;
        }

        var need = ServiceNeeds.LegalRepresentationImmigration;
        if (facts.Nationality != NationalityStatus.ForeignNational || open.Count == 0 || client.Needs.Any(n => n.Need == need))
        {
            return [];
        }

        var list = open.Distinct().Order().Select(DisplayName).ToList();
        var names = list.Count == 1 ? list[0] : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
        return [new NeedSuggestion(
            need,
            NeedSuggestion.ProtectionAssessmentSource,
            [.. open],
            $"Derived from the protection assessment, not from the survivor: {names} may be open to this foreign-national survivor, and an immigration attorney or accredited representative can pursue them. Add the need only if the survivor wants it.")];
    }

    private static string DisplayName(Protection protection) => protection switch
    {
        Protection.ContinuedPresence => "Continued Presence",
        Protection.TVisa => "a T visa",
        Protection.HhsCertification => "HHS Certification",
        Protection.EligibilityLetter => "an HHS Eligibility Letter",
        Protection.InterimAssistance => "HHS Interim Assistance",
        _ => "a U visa",
    };
}
