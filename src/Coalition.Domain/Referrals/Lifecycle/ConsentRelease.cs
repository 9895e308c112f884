using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>
/// A release of information: the client's informed, written, reasonably time-limited consent to share named parts of their
/// information with one named provider, for a purpose (34 U.S.C. 12291(b)(2)(B); 28 CFR 94.115; 42 U.S.C. 10406(c)(5)).
/// Immutable; revoking returns a new release.
/// </summary>
/// <remarks>
/// <para><b>No identity.</b> A release holds no name, signature image or contact detail. <see cref="ClientKey"/> is an
/// opaque identifier the caller supplies; it must never be derived from identity (a hash of a name or a date of birth is
/// still personal data, and can be reversed by guessing).</para>
/// <para><b>One recipient.</b> A release names one provider (an organisation); a coalition that refers to three agencies
/// holds three releases. Stakeholder categories are never recipients.</para>
/// <para><b>Never a condition of service.</b> A release may not be required for services (34 U.S.C. 12291(b)(2)(D)):
/// nothing in the library needs one to match, plan or show options. Only sending a referral that shares data needs one;
/// a client can always contact a provider directly (<see cref="Referral.IsSelfReferral"/>).</para>
/// <para><b>Who consents.</b> The client always; for an unemancipated minor also a parent or guardian, unless every need of
/// the release is one the minor may obtain alone under the policy; for a legally incapable person a court-appointed guardian.
/// A parent or guardian who abused the client, or the minor's other parent, may not consent: whoever records a guardian's
/// consent attests that they did not (<see cref="ConsenterIsNotAnAbuser"/>). When the client's age is unknown, the client's
/// consent suffices and the release carries a caution to confirm age: requiring a parent would take away an adult's choice.</para>
/// </remarks>
/// <param name="Id">The release's id, unique within the caller's records.</param>
/// <param name="ClientKey">The opaque client key (never derived from identity).</param>
/// <param name="RecipientProviderId">The one provider the release names.</param>
/// <param name="Scope">What may be shared.</param>
/// <param name="Needs">The purpose: the needs the client is being referred for.</param>
/// <param name="GivenAt">When the client gave it.</param>
/// <param name="ExpiresAt">When it expires (required; after <paramref name="GivenAt"/>).</param>
/// <param name="Method">How it was given (written or electronically signed).</param>
/// <param name="ClientStatus">The client's status for consent.</param>
/// <param name="ConsentedBy">Who consented, by role; always includes the client unless the client is legally incapable.</param>
public sealed record ConsentRelease(
    string Id,
    string ClientKey,
    string RecipientProviderId,
    ReleaseScope Scope,
    ImmutableArray<ServiceNeed> Needs,
    Instant GivenAt,
    Instant ExpiresAt,
    ConsentMethod Method,
    ReleaseClientStatus ClientStatus,
    ImmutableArray<ConsentingParty> ConsentedBy)
{
    /// <summary>Gets the release's id.</summary>
    public string Id { get; } = Identifiers.Valid(Id, nameof(Id));

    /// <summary>Gets the opaque client key.</summary>
    public string ClientKey { get; } = Identifiers.Valid(ClientKey, nameof(ClientKey));

    /// <summary>Gets the provider the release names.</summary>
    public string RecipientProviderId { get; } = Identifiers.Valid(RecipientProviderId, nameof(RecipientProviderId));

    /// <summary>Gets what may be shared (never <see cref="ReleaseScope.None"/>).</summary>
    public ReleaseScope Scope { get; } = Scope != ReleaseScope.None && (Scope & ~AllScopes) == 0
        ? Scope
        : throw new ArgumentOutOfRangeException(nameof(Scope), Scope, "A release must name what may be shared, from the scope catalogue.");

    /// <summary>Gets how the release was given.</summary>
    public ConsentMethod Method { get; } = Preconditions.Defined(Method, nameof(Method));

    /// <summary>Gets the client's status for consent.</summary>
    public ReleaseClientStatus ClientStatus { get; } = Preconditions.Defined(ClientStatus, nameof(ClientStatus));

    /// <summary>Gets the needs the release is for (its purpose); at least one, no repeats.</summary>
    public ImmutableArray<ServiceNeed> Needs { get; } = Preconditions.NonEmptyDistinct(Needs, n => n.Code, "need", nameof(Needs));

    /// <summary>Gets when the client gave the release.</summary>
    public Instant GivenAt { get; } = GivenAt != default
        ? GivenAt
        : throw new ArgumentOutOfRangeException(nameof(GivenAt), GivenAt, "A release must say when it was given (the Unix epoch is taken as missing).");

    /// <summary>Gets when the release expires; a release without an expiry is invalid.</summary>
    public Instant ExpiresAt { get; } = ExpiresAt > GivenAt
        ? ExpiresAt
        : throw new ArgumentOutOfRangeException(nameof(ExpiresAt), ExpiresAt, "A release must expire after it was given.");

    /// <summary>Gets who consented, by role.</summary>
    public ImmutableArray<ConsentingParty> ConsentedBy { get; } = ValidParties(ConsentedBy, nameof(ConsentedBy));

    /// <summary>
    /// Gets whether whoever recorded a parent's or guardian's consent attests that this person is not the abuser or suspected
    /// abuser of the client, or of the minor's other parent. Must be true when a parent or guardian consented.
    /// </summary>
    public bool ConsenterIsNotAnAbuser { get; init; }

    /// <summary>Gets the revocation, or <see langword="null"/> while the release stands.</summary>
    public ReleaseRevocation? Revocation { get; init; }

    /// <summary>Gets whether the release has been revoked (at any instant).</summary>
    [JsonIgnore]
    public bool IsRevoked => Revocation is not null;

    private const ReleaseScope AllScopes = ReleaseScope.ContactDetails | ReleaseScope.Needs | ReleaseScope.CaseFacts | ReleaseScope.Documents;

    /// <summary>
    /// Creates a release and checks it against a policy: its duration, and the consents the client's status requires.
    /// </summary>
    /// <param name="id">The release's id.</param>
    /// <param name="clientKey">The opaque client key.</param>
    /// <param name="recipientProviderId">The provider the release names.</param>
    /// <param name="scope">What may be shared.</param>
    /// <param name="needs">The needs it is for.</param>
    /// <param name="givenAt">When it was given.</param>
    /// <param name="expiresAt">When it expires.</param>
    /// <param name="method">How it was given.</param>
    /// <param name="clientStatus">The client's status for consent.</param>
    /// <param name="consentedBy">Who consented.</param>
    /// <param name="consenterIsNotAnAbuser">The attestation for a parent's or guardian's consent.</param>
    /// <param name="policy">The policy, or <see langword="null"/> for <see cref="ConsentPolicy.Default"/>.</param>
    /// <returns>The release.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is invalid, the release lasts longer than the policy allows, or a required consent is missing.</exception>
    public static ConsentRelease Create(
        string id,
        string clientKey,
        string recipientProviderId,
        ReleaseScope scope,
        IEnumerable<ServiceNeed> needs,
        Instant givenAt,
        Instant expiresAt,
        ConsentMethod method,
        ReleaseClientStatus clientStatus,
        IEnumerable<ConsentingParty> consentedBy,
        bool consenterIsNotAnAbuser = false,
        ConsentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(clientKey);
        ArgumentNullException.ThrowIfNull(recipientProviderId);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(consentedBy);
        Preconditions.Defined(method, nameof(method));
        Preconditions.Defined(clientStatus, nameof(clientStatus));
        if (scope == ReleaseScope.None || (scope & ~AllScopes) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "A release must name what may be shared, from the scope catalogue.");
        }

        policy ??= ConsentPolicy.Default;
        var release = new ConsentRelease(id, clientKey, recipientProviderId, scope, [.. needs], givenAt, expiresAt, method, clientStatus, [.. consentedBy])
        {
            ConsenterIsNotAnAbuser = consenterIsNotAnAbuser,
        };
        if (release.ExpiresAt - release.GivenAt > policy.MaximumDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresAt), expiresAt, $"The release lasts longer than the policy's maximum of {policy.MaximumDuration.TotalDays:0.##} days.");
        }

        if (release.MissingConsent(policy) is { } missing)
        {
            throw new ArgumentException(missing, nameof(consentedBy));
        }

        return release;
    }

    /// <summary>Returns the release revoked at <paramref name="at"/>; it takes effect at once.</summary>
    /// <param name="at">When it was revoked.</param>
    /// <param name="recordedBy">Who recorded it.</param>
    /// <param name="method">How it was made.</param>
    /// <returns>The revoked release.</returns>
    /// <exception cref="InvalidOperationException">The release is already revoked.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the release was given, or a value is undefined.</exception>
    public ConsentRelease Revoke(Instant at, ActorRole recordedBy, RevocationMethod method)
    {
        Preconditions.Defined(recordedBy, nameof(recordedBy));
        Preconditions.Defined(method, nameof(method));
        if (Revocation is not null)
        {
            throw new InvalidOperationException($"Release {Preconditions.Quote(Id)} is already revoked.");
        }

        if (at < GivenAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, "A release cannot be revoked before it was given.");
        }

        return this with { Revocation = new ReleaseRevocation(at, recordedBy, method) };
    }

    /// <summary>
    /// Checks whether the release allows sharing <paramref name="scope"/> with <paramref name="recipientProviderId"/> about a
    /// referral for <paramref name="need"/> at <paramref name="at"/>.
    /// </summary>
    /// <param name="clientKey">The client the sharing is about.</param>
    /// <param name="recipientProviderId">The recipient.</param>
    /// <param name="scope">What would be shared.</param>
    /// <param name="need">The need of the referral.</param>
    /// <param name="at">The instant of sharing.</param>
    /// <param name="policy">The policy, or <see langword="null"/> for <see cref="ConsentPolicy.Default"/>.</param>
    /// <returns>The validity, with every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReleaseValidity CheckFor(string clientKey, string recipientProviderId, ReleaseScope scope, ServiceNeed need, Instant at, ConsentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(clientKey);
        ArgumentNullException.ThrowIfNull(recipientProviderId);
        ArgumentNullException.ThrowIfNull(need);
        if ((scope & ~AllScopes) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "The scope is not in the scope catalogue.");
        }

        policy ??= ConsentPolicy.Default;
        var problems = ImmutableArray.CreateBuilder<ReleaseProblem>();
        var text = new StringBuilder();
        void Problem(ReleaseProblem problem, string words)
        {
            problems.Add(problem);
            text.Append(text.Length == 0 ? string.Empty : "; ").Append(words);
        }

        if (!string.Equals(clientKey, ClientKey, StringComparison.Ordinal))
        {
            Problem(ReleaseProblem.OtherClient, "the release is for another client");
        }

        if (at < GivenAt)
        {
            Problem(ReleaseProblem.NotYetGiven, "the release had not been given yet");
        }

        if (at >= ExpiresAt)
        {
            Problem(ReleaseProblem.Expired, "the release has expired");
        }

        if (Revocation is { } revocation && at >= revocation.At)
        {
            Problem(ReleaseProblem.Revoked, "the client revoked the release");
        }

        if (ExpiresAt - GivenAt > policy.MaximumDuration)
        {
            Problem(ReleaseProblem.TooLong, $"the release lasts longer than the policy's maximum of {policy.MaximumDuration.TotalDays:0.##} days");
        }

        if (MissingConsent(policy) is { } missing)
        {
            Problem(ReleaseProblem.MissingConsent, missing);
        }

        if (!string.Equals(recipientProviderId, RecipientProviderId, StringComparison.Ordinal))
        {
            Problem(ReleaseProblem.OtherRecipient, "the release names another recipient");
        }

        if ((scope & ~Scope) != 0)
        {
            Problem(ReleaseProblem.ScopeNotCovered, "the release does not cover everything that would be shared");
        }

        if (!Needs.Any(n => Covers(n, need)))
        {
            Problem(ReleaseProblem.NeedNotCovered, $"the release's purpose does not include {need.Code}");
        }

        var cautions = ClientStatus == ReleaseClientStatus.AgeUnknown
            ? ImmutableArray.Create("age unknown: if the client is an unemancipated minor, a parent's or guardian's consent may also be required (unless state law lets a minor obtain this service alone); confirm age")
            : [];
        return new ReleaseValidity(problems.ToImmutable(), problems.Count == 0 ? "valid" : text.ToString()) { Cautions = cautions };
    }

    /// <summary>Whether a release for <paramref name="listed"/> covers <paramref name="need"/>: the same need, or a more specific one.</summary>
    internal static bool Covers(ServiceNeed listed, ServiceNeed need)
    {
        for (var n = need; n is not null; n = n.Parent)
        {
            if (n == listed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The consent the client's status requires and the release lacks, as words; <see langword="null"/> when none.</summary>
    private string? MissingConsent(ConsentPolicy policy)
    {
        var client = ConsentedBy.Contains(ConsentingParty.Client);
        var parent = ConsentedBy.Contains(ConsentingParty.ParentOrGuardian);
        var guardian = ConsentedBy.Contains(ConsentingParty.CourtAppointedGuardian);
        if ((parent || guardian) && !ConsenterIsNotAnAbuser)
        {
            return "a parent's or guardian's consent needs the attestation that they are not the abuser or suspected abuser of the client or of the minor's other parent";
        }

        return ClientStatus switch
        {
            ReleaseClientStatus.LegallyIncapable => guardian ? null : "a legally incapable client's release needs a court-appointed guardian's consent",
            ReleaseClientStatus.UnemancipatedMinor when !client => "an unemancipated minor's release needs the minor's own consent",
            ReleaseClientStatus.UnemancipatedMinor when !parent && !Needs.All(policy.MinorMayConsentAloneTo) =>
                "an unemancipated minor's release needs a parent's or guardian's consent as well, unless state law (the policy) lets the minor obtain every service of the release alone",
            _ when !client && ClientStatus != ReleaseClientStatus.LegallyIncapable => "the release needs the client's own consent",
            _ => null,
        };
    }

    private static ImmutableArray<ConsentingParty> ValidParties(ImmutableArray<ConsentingParty> parties, string paramName)
    {
        var valid = parties.IsDefault ? [] : parties;
        if (valid.IsEmpty)
        {
            throw new ArgumentException("A release needs at least one consenting party.", paramName);
        }

        foreach (var party in valid)
        {
            Preconditions.Defined(party, paramName);
        }

        if (valid.Distinct().Count() != valid.Length)
        {
            throw new ArgumentException("A consenting party repeats.", paramName);
        }

        return valid;
    }

    /// <inheritdoc />
    public bool Equals(ConsentRelease? other) =>
        other is not null && Id == other.Id && ClientKey == other.ClientKey && RecipientProviderId == other.RecipientProviderId && Scope == other.Scope &&
        Equality.Sequence(Needs, other.Needs) && GivenAt == other.GivenAt && ExpiresAt == other.ExpiresAt && Method == other.Method &&
        ClientStatus == other.ClientStatus && Equality.Sequence(ConsentedBy, other.ConsentedBy) && ConsenterIsNotAnAbuser == other.ConsenterIsNotAnAbuser &&
        Revocation == other.Revocation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ClientKey, RecipientProviderId, Scope, Equality.SequenceHash(Needs), GivenAt, ExpiresAt, Revocation);

    /// <summary>Returns the release's id, recipient, scope and period; never anything about the client.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Release {Id} to {RecipientProviderId} ({Scope}) {GivenAt}..{ExpiresAt}{(Revocation is null ? string.Empty : $", revoked {Revocation.At}")}";
}
