using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Coalitions;

/// <summary>The OVC needs-assessment questions of seed 003 (a public U.S. government guide), in the guide's order.</summary>
public static class NeedsAssessmentQuestions
{
    /// <summary>Gets the questionnaire, in the guide's order.</summary>
    public static Catalogue<NeedsAssessmentQuestion> Catalogue { get; } = new(
        "needs-assessment question",
        [
            new("services-and-accessibility", "Services and their accessibility", "What victim services are being provided within your community? How accessible are these services (e.g., hours, location, language capacity)?", true),
            new("partner-familiarity", "Familiarity with the issue", "How familiar are the key partners and community members with the issue you are trying to address?", false),
            new("provider-training", "Training", "Have providers in your area been trained on the issue? What are some additional training needs?", false),
            new("public-outreach", "Public outreach", "What outreach efforts are made to educate the public about the issue and the services you provide?", false),
            new("identification", "Identification", "Who in your area is best suited to identify potential victims?", false),
            new("organizations-serving-victims", "Organizations serving victims", "Which organizations are currently working with the victims you are trying to help?", false),
            new("victim-profiles", "Victims seen", "What types of victims have these organizations seen? Are the victims from other countries? What languages do they speak?", false),
            new("victim-needs", "Needs and capacity", "What services do the victims need? Are you able to meet these needs? What additional support do providers need?", true),
            new("collaboration", "Collaboration", "Do you have collaborations in place for working with victims? Are you able to pool your resources?", false),
            new("obstacles", "Obstacles", "Are there any obstacles to accomplishing your mission? What are they? How can they be resolved?", false),
        ]);

    /// <summary>Returns the question with the given code.</summary>
    /// <param name="code">A stable code such as <c>obstacles</c>.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown; the message names it and suggests the nearest codes.</exception>
    public static NeedsAssessmentQuestion Get(string code) => Catalogue.Get(code);
}
