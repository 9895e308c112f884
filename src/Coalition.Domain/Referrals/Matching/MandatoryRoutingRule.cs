using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A legal obligation that arises for a minor, such as "a report of suspected child abuse may be required". When it applies
/// the match result lists it as a <see cref="RequiredAction"/>, with its source, the agencies that can receive the report
/// and what follows. For a client known to be a minor it also admits the protective agencies it names (child welfare, a
/// child advocacy center) despite the client's consent restrictions, and the candidate names the rule.
/// </summary>
/// <remarks>
/// <para>A rule names protective agencies only: every category must be child welfare or a child advocacy center (or a
/// sub-category). So a mandatory rule can never route a client to the police.</para>
/// <para>For a client of unknown age (a possible minor) a rule admits nothing: its action is listed as "may be required:
/// confirm age". Otherwise an adult of unknown age who declined police contact could be sent to agencies that report to
/// the police.</para>
/// </remarks>
/// <param name="Code">A stable code, such as <c>minor-to-child-protection</c>.</param>
/// <param name="Description">The action in plain language, such as "A report of suspected child abuse may be required."</param>
/// <param name="AppliesToMinors">Whether the rule applies to clients under 18 (the only condition the library models).</param>
/// <param name="Categories">The protective agencies it admits and that can receive the report; a category covers its sub-categories.</param>
public sealed record MandatoryRoutingRule(string Code, string Description, bool AppliesToMinors, ImmutableArray<StakeholderCategory> Categories)
{
    private readonly string? dutyCode;
    private readonly string source = "State mandated-reporter laws";
    private readonly string receivingAgencies = "child protective services or law enforcement";
    private readonly string? followUpNotice;

    /// <summary>
    /// Gets the default rule: a report of suspected child abuse may be required for a minor; it goes to child protective
    /// services or law enforcement, depending on the state, and child protective services must tell law enforcement about a
    /// child sex-trafficking victim within 24 hours.
    /// </summary>
    public static MandatoryRoutingRule MinorToChildProtection { get; } = new(
        "minor-to-child-protection",
        "A report of suspected child abuse may be required.",
        true,
        [StakeholderCategories.ChildWelfare, StakeholderCategories.ChildAdvocacyCenters])
    {
        DutyCode = "child-abuse-neglect",
        Source = "CAPTA, 42 U.S.C. 5106g; 42 U.S.C. 671(a)(34)(A); 22 U.S.C. 7105(b)(1)(H); state mandated-reporter laws",
        ReceivingAgencies = "child protective services or law enforcement, depending on the state",
        FollowUpNotice = "Child protective services must report a child sex-trafficking victim to law enforcement within 24 hours, and officials must notify the U.S. Department of Health and Human Services within 24 hours.",
    };

    /// <summary>Gets the rule's code.</summary>
    public string Code { get; } = Preconditions.Code(Code, Limits.Code, nameof(Code));

    /// <summary>Gets the rule's description.</summary>
    public string Description { get; } = Preconditions.BoundedText(Description, Limits.Text, nameof(Description));

    /// <summary>Gets the protective agencies the rule names.</summary>
    public ImmutableArray<StakeholderCategory> Categories { get; } = ValidCategories(Categories, nameof(Categories));

    /// <summary>
    /// Gets the code of the reporting duty behind the rule (for example <c>child-abuse-neglect</c>), or <see langword="null"/>.
    /// The action is "required" rather than "may be required" only when the policy states that duty as certain
    /// (<see cref="ReferralPolicy.CertainDuties"/>) and the client is known to be a minor.
    /// </summary>
    /// <exception cref="ArgumentException">The code is malformed.</exception>
    public string? DutyCode
    {
        get => dutyCode;
        init => dutyCode = value is null ? null : Preconditions.Code(value, Limits.Code, nameof(DutyCode));
    }

    /// <summary>Gets the citation of the rule's source.</summary>
    /// <exception cref="ArgumentException">The value is blank or longer than 2,000 characters.</exception>
    public string Source
    {
        get => source;
        init => source = Preconditions.BoundedText(value, Limits.Text, nameof(Source));
    }

    /// <summary>Gets who can receive the report, in words.</summary>
    /// <exception cref="ArgumentException">The value is blank or longer than 2,000 characters.</exception>
    public string ReceivingAgencies
    {
        get => receivingAgencies;
        init => receivingAgencies = Preconditions.BoundedText(value, Limits.Text, nameof(ReceivingAgencies));
    }

    /// <summary>Gets what follows the report, for example that child protective services must inform law enforcement; or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The value is longer than 2,000 characters.</exception>
    public string? FollowUpNotice
    {
        get => followUpNotice;
        init => followUpNotice = string.IsNullOrWhiteSpace(value) ? null : Preconditions.BoundedText(value, Limits.Text, nameof(FollowUpNotice));
    }

    /// <summary>Returns whether the rule names <paramref name="category"/> (or a category it descends from).</summary>
    /// <param name="category">A provider's category.</param>
    /// <returns><see langword="true"/> when named.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    public bool Names(StakeholderCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        foreach (var named in Categories)
        {
            if (category.IsOrDescendsFrom(named))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(MandatoryRoutingRule? other) =>
        other is not null && Code == other.Code && Description == other.Description && AppliesToMinors == other.AppliesToMinors &&
        Equality.Sequence(Categories, other.Categories) && DutyCode == other.DutyCode && Source == other.Source &&
        ReceivingAgencies == other.ReceivingAgencies && FollowUpNotice == other.FollowUpNotice;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, AppliesToMinors, Equality.SequenceHash(Categories), DutyCode);

    /// <summary>Returns whether <paramref name="category"/> is a protective agency a rule may name: child welfare or a child advocacy center.</summary>
    internal static bool IsProtectiveAgency(StakeholderCategory category) =>
        category.IsOrDescendsFrom(StakeholderCategories.ChildWelfare) || category.IsOrDescendsFrom(StakeholderCategories.ChildAdvocacyCenters);

    private static ImmutableArray<StakeholderCategory> ValidCategories(ImmutableArray<StakeholderCategory> categories, string paramName)
    {
        if (categories.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A mandatory rule names at least one protective agency.", paramName);
        }

        Preconditions.NoNullElements(categories, paramName);
        foreach (var category in categories)
        {
            if (!IsProtectiveAgency(category))
            {
                throw new ArgumentException(
                    $"A mandatory rule may name only protective agencies (child welfare or a child advocacy center), not '{category.Code}'.",
                    paramName);
            }
        }

        return [.. categories.Distinct()];
    }
}
