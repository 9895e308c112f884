using System.Text.Json.Serialization;
using System.Collections.Immutable;
using Coalition.Domain.Catalogues;
using Coalition.Domain.Sources;

namespace Coalition.Domain.Stakeholders;

/// <summary>
/// A named, immutable list of the stakeholder categories a source document recommends as coalition members.
/// Obtain instances from <see cref="MembershipChecklists"/>.
/// </summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<MembershipChecklist>))]
public sealed class MembershipChecklist : CatalogueEntry<MembershipChecklist>, ICatalogueEntry<MembershipChecklist>
{
    internal MembershipChecklist(string code, string displayName, string question, SourceDocument source, ImmutableArray<StakeholderCategory> categories)
        : base(code, displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        ArgumentNullException.ThrowIfNull(source);
        if (categories.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A checklist needs at least one category.", nameof(categories));
        }

        var distinct = categories.Distinct().ToImmutableArray();
        if (distinct.Length != categories.Length)
        {
            throw new ArgumentException($"Checklist '{code}' lists a category twice.", nameof(categories));
        }

        Question = question;
        Source = source;
        Categories = categories;
    }

    /// <summary>Gets the catalogue of all membership checklists.</summary>
    static Catalogue<MembershipChecklist> ICatalogueEntry<MembershipChecklist>.Catalogue => MembershipChecklists.Catalogue;

    /// <summary>Gets the question the checklist answers in its source, for example "Who should be a part of your anti-trafficking coalition?".</summary>
    public string Question { get; }

    /// <summary>Gets the source document the checklist comes from.</summary>
    public SourceDocument Source { get; }

    /// <summary>Gets the recommended categories, in the order the source lists them, each once.</summary>
    public ImmutableArray<StakeholderCategory> Categories { get; }

    /// <summary>Returns whether the checklist recommends <paramref name="category"/> itself.</summary>
    /// <param name="category">A category.</param>
    /// <returns><see langword="true"/> when the category is on the checklist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    public bool Recommends(StakeholderCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return Categories.Contains(category);
    }
}
