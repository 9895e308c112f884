using System.Text.Json.Serialization;
using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Coalitions;

/// <summary>
/// One of the questions of the U.S. Department of Justice Office for Victims of Crime "Guide to Conducting a Needs
/// Assessment", as quoted in seed 003. Obtain instances from <see cref="NeedsAssessmentQuestions"/>.
/// </summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<NeedsAssessmentQuestion>))]
public sealed class NeedsAssessmentQuestion : CatalogueEntry<NeedsAssessmentQuestion>, ICatalogueEntry<NeedsAssessmentQuestion>
{
    internal NeedsAssessmentQuestion(string code, string displayName, string text, bool isAnsweredByNetworkAssessment)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        IsAnsweredByNetworkAssessment = isAnsweredByNetworkAssessment;
    }

    /// <summary>Gets the questionnaire.</summary>
    static Catalogue<NeedsAssessmentQuestion> ICatalogueEntry<NeedsAssessmentQuestion>.Catalogue => NeedsAssessmentQuestions.Catalogue;

    /// <summary>Gets the question as the guide words it.</summary>
    public string Text { get; }

    /// <summary>Gets whether the referral-network needs assessment answers it in part (services and their accessibility).</summary>
    public bool IsAnsweredByNetworkAssessment { get; }
}
