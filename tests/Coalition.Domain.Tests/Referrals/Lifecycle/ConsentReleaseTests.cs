using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Serialization;
using NodaTime;
using Xunit;

namespace Coalition.Domain.Tests.Referrals.Lifecycle;

public sealed class ConsentReleaseTests
{
    private static readonly Instant Given = LifecycleGenerators.Start;

    private static ConsentRelease Release(
        ReleaseClientStatus status = ReleaseClientStatus.Adult,
        ConsentingParty[]? parties = null,
        bool attested = false,
        ServiceNeed[]? needs = null,
        ConsentPolicy? policy = null,
        int days = 30) =>
        ConsentRelease.Create(
            "release-1", "client-7", "provider-a", ReleaseScope.ContactDetails | ReleaseScope.Needs, needs ?? [ServiceNeeds.Housing],
            Given, Given + Duration.FromDays(days), ConsentMethod.Written, status, parties ?? [ConsentingParty.Client], attested, policy);

    [Fact]
    public void A_release_is_valid_only_for_its_client_recipient_scope_needs_and_period()
    {
        var release = Release();
        var at = Given + Duration.FromDays(1);
        Assert.True(release.CheckFor("client-7", "provider-a", ReleaseScope.ContactDetails, ServiceNeeds.HousingEmergency, at).IsValid);
        Assert.Equal(new[] { ReleaseProblem.OtherClient }, release.CheckFor("client-8", "provider-a", ReleaseScope.ContactDetails, ServiceNeeds.Housing, at).Problems.ToArray());
        Assert.Equal(new[] { ReleaseProblem.OtherRecipient }, release.CheckFor("client-7", "provider-b", ReleaseScope.ContactDetails, ServiceNeeds.Housing, at).Problems.ToArray());
        Assert.Equal(new[] { ReleaseProblem.ScopeNotCovered }, release.CheckFor("client-7", "provider-a", ReleaseScope.Documents, ServiceNeeds.Housing, at).Problems.ToArray());
        Assert.Equal(new[] { ReleaseProblem.NeedNotCovered }, release.CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.Food, at).Problems.ToArray());
        Assert.Equal(new[] { ReleaseProblem.NotYetGiven }, release.CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.Housing, Given - Duration.FromSeconds(1)).Problems.ToArray());
        Assert.Equal(new[] { ReleaseProblem.Expired }, release.CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.Housing, release.ExpiresAt).Problems.ToArray());
    }

    [Fact]
    public void A_release_must_expire_after_it_was_given_and_within_the_policys_maximum()
    {
        var never = Assert.Throws<ArgumentOutOfRangeException>(() => new ConsentRelease(
            "release-1", "client-7", "provider-a", ReleaseScope.Needs, [ServiceNeeds.Food], Given, Given, ConsentMethod.Written, ReleaseClientStatus.Adult, [ConsentingParty.Client]));
        Assert.Equal("ExpiresAt", never.ParamName);
        var tooLong = Assert.Throws<ArgumentOutOfRangeException>(() => Release(days: 91));
        Assert.Equal("expiresAt", tooLong.ParamName);
        Assert.Contains("90 days", tooLong.Message, StringComparison.Ordinal);
        Assert.NotNull(Release(days: 180, policy: new ConsentPolicy(Duration.FromDays(180), [])));

        // A release built directly, past the policy, is never valid under it.
        var direct = new ConsentRelease("release-1", "client-7", "provider-a", ReleaseScope.Needs, [ServiceNeeds.Food], Given, Given + Duration.FromDays(365), ConsentMethod.Written, ReleaseClientStatus.Adult, [ConsentingParty.Client]);
        Assert.Contains(ReleaseProblem.TooLong, direct.CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.Food, Given).Problems);
    }

    [Fact]
    public void A_missing_expiry_in_json_is_rejected()
    {
        var json = JsonSerializer.Serialize(Release(), CoalitionJsonContext.Default.ConsentRelease);
        var withoutExpiry = System.Text.RegularExpressions.Regex.Replace(json, "\"expiresAt\":\"[^\"]*\",?", string.Empty);
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(withoutExpiry, CoalitionJsonContext.Default.ConsentRelease));
    }

    [Fact]
    public void An_unemancipated_minors_release_needs_the_minor_and_a_parent_who_is_attested_not_to_be_an_abuser()
    {
        var minorAlone = Assert.Throws<ArgumentException>(() => Release(ReleaseClientStatus.UnemancipatedMinor));
        Assert.Equal("consentedBy", minorAlone.ParamName);
        Assert.Contains("parent", minorAlone.Message, StringComparison.Ordinal);
        var parentAlone = Assert.Throws<ArgumentException>(() => Release(ReleaseClientStatus.UnemancipatedMinor, [ConsentingParty.ParentOrGuardian], attested: true));
        Assert.Contains("minor's own consent", parentAlone.Message, StringComparison.Ordinal);
        var notAttested = Assert.Throws<ArgumentException>(() => Release(ReleaseClientStatus.UnemancipatedMinor, [ConsentingParty.Client, ConsentingParty.ParentOrGuardian]));
        Assert.Contains("abuser", notAttested.Message, StringComparison.Ordinal);
        Assert.True(Release(ReleaseClientStatus.UnemancipatedMinor, [ConsentingParty.Client, ConsentingParty.ParentOrGuardian], attested: true)
            .CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.Housing, Given).IsValid);
    }

    [Fact]
    public void A_minor_consents_alone_only_to_needs_the_policy_lists_under_state_law()
    {
        var policy = new ConsentPolicy(Duration.FromDays(90), [ServiceNeeds.MentalHealthCare]);
        var alone = Release(ReleaseClientStatus.UnemancipatedMinor, needs: [ServiceNeeds.MentalHealthCare], policy: policy);
        Assert.True(alone.CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.MentalHealthCare, Given, policy).IsValid);

        // The same release under a policy that does not list the need lacks the parent's consent.
        Assert.Equal(new[] { ReleaseProblem.MissingConsent }, alone.CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.MentalHealthCare, Given).Problems.ToArray());
        Assert.Throws<ArgumentException>(() => Release(ReleaseClientStatus.UnemancipatedMinor, needs: [ServiceNeeds.MentalHealthCare, ServiceNeeds.Housing], policy: policy));
    }

    [Fact]
    public void A_client_of_unknown_age_consents_alone_and_the_release_carries_a_caution_to_confirm_age()
    {
        var release = Release(ReleaseClientStatus.AgeUnknown);
        var validity = release.CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.Housing, Given);
        Assert.True(validity.IsValid);
        Assert.Contains(validity.Cautions, c => c.Contains("confirm age", StringComparison.Ordinal));
        Assert.Empty(Release().CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.Housing, Given).Cautions);
    }

    [Fact]
    public void A_legally_incapable_clients_release_needs_a_court_appointed_guardian()
    {
        Assert.Throws<ArgumentException>(() => Release(ReleaseClientStatus.LegallyIncapable));
        Assert.NotNull(Release(ReleaseClientStatus.LegallyIncapable, [ConsentingParty.CourtAppointedGuardian], attested: true));
    }

    [Fact]
    public void A_revoked_release_is_never_valid_from_its_revocation_on_and_cannot_be_revoked_twice()
    {
        var revokedAt = Given + Duration.FromDays(2);
        var revoked = Release().Revoke(revokedAt, ActorRole.Referrer, RevocationMethod.Verbal);
        Assert.True(revoked.CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.Housing, revokedAt - Duration.FromSeconds(1)).IsValid);
        Assert.Equal(new[] { ReleaseProblem.Revoked }, revoked.CheckFor("client-7", "provider-a", ReleaseScope.Needs, ServiceNeeds.Housing, revokedAt).Problems.ToArray());
        Assert.Equal(ActorRole.Referrer, revoked.Revocation!.RecordedBy);
        Assert.Throws<InvalidOperationException>(() => revoked.Revoke(revokedAt, ActorRole.Referrer, RevocationMethod.Written));
        Assert.Throws<ArgumentOutOfRangeException>(() => Release().Revoke(Given - Duration.FromDays(1), ActorRole.Referrer, RevocationMethod.Written));
    }

    [Fact]
    public void Bad_arguments_name_the_parameter()
    {
        Assert.Equal("Scope", Assert.Throws<ArgumentOutOfRangeException>(() => new ConsentRelease("r", "c", "p", ReleaseScope.None, [ServiceNeeds.Food], Given, Given + Duration.FromDays(1), ConsentMethod.Written, ReleaseClientStatus.Adult, [ConsentingParty.Client])).ParamName);
        Assert.Equal("Method", Assert.Throws<ArgumentOutOfRangeException>(() => new ConsentRelease("r", "c", "p", ReleaseScope.Needs, [ServiceNeeds.Food], Given, Given + Duration.FromDays(1), (ConsentMethod)0, ReleaseClientStatus.Adult, [ConsentingParty.Client])).ParamName);
        Assert.Equal("Needs", Assert.Throws<ArgumentException>(() => new ConsentRelease("r", "c", "p", ReleaseScope.Needs, [], Given, Given + Duration.FromDays(1), ConsentMethod.Written, ReleaseClientStatus.Adult, [ConsentingParty.Client])).ParamName);
        Assert.Equal("ConsentedBy", Assert.Throws<ArgumentException>(() => new ConsentRelease("r", "c", "p", ReleaseScope.Needs, [ServiceNeeds.Food], Given, Given + Duration.FromDays(1), ConsentMethod.Written, ReleaseClientStatus.Adult, [ConsentingParty.Client, ConsentingParty.Client])).ParamName);
        Assert.Equal("MaximumDuration", Assert.Throws<ArgumentOutOfRangeException>(() => new ConsentPolicy(Duration.Zero, [])).ParamName);
    }
}
