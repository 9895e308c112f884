using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Referrals.Clients;

/// <summary>
/// What a client has agreed to: whether law enforcement may be contacted (survivors may decline; Georgia's referral
/// mechanism in seed 003), and which stakeholder categories information may be shared with.
/// </summary>
public sealed record ClientConsent
{
    /// <summary>Creates a consent record.</summary>
    /// <param name="lawEnforcementContactAllowed">Whether providers affiliated with law enforcement, or mandatory reporters, may be involved.</param>
    /// <param name="shareWith">The categories information may be shared with (a category covers its sub-categories), or <see langword="null"/> for no restriction.</param>
    /// <exception cref="ArgumentException"><paramref name="shareWith"/> holds a null.</exception>
    public ClientConsent(bool lawEnforcementContactAllowed, ImmutableArray<StakeholderCategory>? shareWith)
    {
        if (shareWith is { } list)
        {
            Preconditions.NoNullElements(list.IsDefault ? [] : list, nameof(shareWith));
            shareWith = [.. (list.IsDefault ? [] : list).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal)];
        }

        LawEnforcementContactAllowed = lawEnforcementContactAllowed;
        ShareWith = shareWith;
    }

    /// <summary>Gets consent to everything: law-enforcement contact allowed, sharing unrestricted.</summary>
    public static ClientConsent Full { get; } = new(true, null);

    /// <summary>Gets consent that declines law-enforcement contact and leaves sharing unrestricted.</summary>
    public static ClientConsent DeclinesLawEnforcement { get; } = new(false, null);

    /// <summary>Gets whether law enforcement and mandatory reporters may be involved.</summary>
    public bool LawEnforcementContactAllowed { get; }

    /// <summary>Gets the categories information may be shared with, sorted by code, or <see langword="null"/> for no restriction.</summary>
    public ImmutableArray<StakeholderCategory>? ShareWith { get; }

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
        other is not null && LawEnforcementContactAllowed == other.LawEnforcementContactAllowed &&
        ShareWith.HasValue == other.ShareWith.HasValue && (!ShareWith.HasValue || Equality.Sequence(ShareWith.Value, other.ShareWith!.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LawEnforcementContactAllowed, ShareWith.HasValue ? Equality.SequenceHash(ShareWith.Value) : -1);
}
