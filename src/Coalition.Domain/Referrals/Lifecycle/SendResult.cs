namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>The result of sending a referral: the referral (requested, or still a draft) and the release check.</summary>
/// <param name="Referral">The referral after the attempt.</param>
/// <param name="Consent">The release check; when invalid it says which consent is missing.</param>
public sealed record SendResult(Referral Referral, ReleaseValidity Consent)
{
    /// <summary>Gets the referral after the attempt.</summary>
    public Referral Referral { get; } = Referral ?? throw new ArgumentNullException(nameof(Referral));

    /// <summary>Gets the release check.</summary>
    public ReleaseValidity Consent { get; } = Consent ?? throw new ArgumentNullException(nameof(Consent));

    /// <summary>Gets whether the referral was sent.</summary>
    public bool IsSent => Consent.IsValid;
}
