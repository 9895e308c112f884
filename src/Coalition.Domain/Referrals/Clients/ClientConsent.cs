using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Referrals.Clients;

/// <summary>
/// The client's consent settings: whether law enforcement may be contacted (survivors may decline; Georgia's referral
/// mechanism in seed 003 offers a route to services that does not go through police), which stakeholder categories
/// information may be shared with, and whether to avoid providers with a reporting duty that applies to the client.
/// </summary>
/// <remarks>
/// No consent setting ever leaves an immediate need without a visible option: for an adult with capacity a provider the
/// settings exclude stays visible as an emergency option, and a minor, a possible minor or a client lacking capacity keeps
/// such a provider as a candidate (except providers affiliated with law enforcement, which are never candidates for a
/// client who declined police contact). The matcher's rules are in <c>Coalition.Domain.Referrals.Matching.Rules</c>.
/// </remarks>
public sealed record ClientConsent
{
    private readonly ImmutableArray<StakeholderCategory>? shareWith;

    /// <summary>Creates consent settings.</summary>
    /// <param name="lawEnforcementContactAllowed">Whether providers affiliated with law enforcement may be involved.</param>
    /// <param name="shareWith">The categories information may be shared with (a category covers its sub-categories), or <see langword="null"/> for no restriction.</param>
    /// <exception cref="ArgumentException"><paramref name="shareWith"/> holds a null.</exception>
    [JsonConstructor]
    public ClientConsent(bool lawEnforcementContactAllowed, ImmutableArray<StakeholderCategory>? shareWith)
    {
        LawEnforcementContactAllowed = lawEnforcementContactAllowed;
        ShareWith = shareWith;
    }

    /// <summary>Gets consent to everything: law-enforcement contact allowed, sharing unrestricted, reporting duties accepted with their notices.</summary>
    public static ClientConsent Full { get; } = new(true, null);

    /// <summary>Gets consent that declines law-enforcement contact and leaves sharing unrestricted.</summary>
    public static ClientConsent DeclinesLawEnforcement { get; } = new(false, null);

    /// <summary>Gets whether providers affiliated with law enforcement may be involved.</summary>
    public bool LawEnforcementContactAllowed { get; init; }

    /// <summary>Gets the categories information may be shared with, sorted by code, or <see langword="null"/> for no restriction.</summary>
    /// <exception cref="ArgumentException">A category is null.</exception>
    public ImmutableArray<StakeholderCategory>? ShareWith
    {
        get => shareWith;
        init
        {
            if (value is { } list)
            {
                var items = list.IsDefault ? [] : list;
                Preconditions.NoNullElements(items, nameof(ShareWith));
                shareWith = [.. items.Distinct().OrderBy(c => c.Code, StringComparer.Ordinal)];
            }
            else
            {
                shareWith = null;
            }
        }
    }

    /// <summary>
    /// Gets whether the client chose to avoid providers with a reporting duty that applies, or may apply, to them. For a
    /// routine need such providers are excluded and the exclusion is reported. For an immediate need an adult with capacity
    /// is honoured (the provider is shown as an emergency option, never assigned), while a minor, a possible minor or a client
    /// lacking capacity keeps the provider as a candidate, ranked after equivalent providers without the duty.
    /// </summary>
    public bool AvoidsReportingDuties { get; init; }

    /// <summary>Returns whether information may be shared with a provider of <paramref name="category"/>.</summary>
    /// <param name="category">A stakeholder category.</param>
    /// <returns><see langword="true"/> when unrestricted, or when the category is or descends from a consented one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    public bool AllowsSharingWith(StakeholderCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return ShareWith is not { } list || list.Any(category.IsOrDescendsFrom);
    }

    /// <inheritdoc />
    public bool Equals(ClientConsent? other) =>
        other is not null && LawEnforcementContactAllowed == other.LawEnforcementContactAllowed && AvoidsReportingDuties == other.AvoidsReportingDuties &&
        ShareWith.HasValue == other.ShareWith.HasValue && (!ShareWith.HasValue || Equality.Sequence(ShareWith.Value, other.ShareWith!.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LawEnforcementContactAllowed, AvoidsReportingDuties, ShareWith.HasValue ? Equality.SequenceHash(ShareWith.Value) : -1);
}
