using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>The revocation of a release: it takes effect at once, and nothing is shared under the release from then on.</summary>
/// <param name="At">When it was revoked.</param>
/// <param name="RecordedBy">Who recorded it, as a role.</param>
/// <param name="Method">How it was made; a verbal revocation counts.</param>
public sealed record ReleaseRevocation(Instant At, ActorRole RecordedBy, RevocationMethod Method)
{
    /// <summary>Gets who recorded the revocation.</summary>
    public ActorRole RecordedBy { get; } = Preconditions.Defined(RecordedBy, nameof(RecordedBy));

    /// <summary>Gets how the revocation was made.</summary>
    public RevocationMethod Method { get; } = Preconditions.Defined(Method, nameof(Method));
}
