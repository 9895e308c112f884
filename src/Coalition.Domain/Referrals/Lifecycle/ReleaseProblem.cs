using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>Why a release does not allow a particular sharing.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ReleaseProblem>))]
public enum ReleaseProblem
{
    /// <summary>There is no release at all.</summary>
    NoRelease = 1,

    /// <summary>The instant is before the release was given.</summary>
    NotYetGiven = 2,

    /// <summary>The release has expired.</summary>
    Expired = 3,

    /// <summary>The release was revoked at or before the instant.</summary>
    Revoked = 4,

    /// <summary>The release names another recipient.</summary>
    OtherRecipient = 5,

    /// <summary>The release does not cover everything that would be shared.</summary>
    ScopeNotCovered = 6,

    /// <summary>The release's purpose does not include this need.</summary>
    NeedNotCovered = 7,

    /// <summary>The release lasts longer than the policy allows.</summary>
    TooLong = 8,

    /// <summary>A consent the client's status requires is missing (see <see cref="ReleaseClientStatus"/>).</summary>
    MissingConsent = 9,

    /// <summary>The release is for another client.</summary>
    OtherClient = 10,
}
