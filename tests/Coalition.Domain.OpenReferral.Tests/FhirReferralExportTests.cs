using Coalition.Domain.Referrals.Lifecycle;
using Coalition.Domain.Tests;
using Coalition.Domain.Tests.Referrals.Lifecycle;
using FsCheck.Fluent;
using Hl7.Fhir.Model;

namespace Coalition.Domain.OpenReferral.Tests;

/// <summary>A referral exports as a ServiceRequest, a Task and a Consent that Firely parses strictly, and carries no identity.</summary>
public sealed class FhirReferralExportTests
{
    [Fact]
    public void Every_generated_referral_exports_resources_that_parse_strictly_with_its_state_and_release() =>
        Properties.ForAll(LifecycleGenerators.Histories.ToArbitrary(), h =>
        {
            var referral = h.Draft.Send(h.Release, h.Scope, h.SentAt).Referral;
            foreach (var e in h.After)
            {
                referral = referral.Apply(e);
            }

            var json = FhirReferralExporter.ExportBundle(referral, h.Release);
            var bundle = Assert.IsType<Bundle>(FhirConformanceTests.ParseStrict(json));
            var request = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<ServiceRequest>());
            var task = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Task>());
            var consent = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Consent>());
            Assert.Equal(Serialization.KebabOf(referral.Status), Hl7.Fhir.Utility.EnumUtility.GetLiteral(task.Status));
            Assert.Equal("ServiceRequest/" + request.Id, task.Focus!.Reference);
            Assert.Equal("fulfill", task.Code!.Coding[0].Code);
            Assert.Equal("Consent/" + consent.Id, Assert.Single(request.SupportingInfo).Reference);
            Assert.Equal(referral.History[^1].Reason is null, task.StatusReason is null);
            Assert.Equal(FhirReferralExporter.ClientKeySystem, request.Subject!.Identifier!.System);
            Assert.Equal(Consent.ConsentProvisionType.Permit, consent.Provision!.Type);
            Assert.DoesNotContain("\"name\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"address\"", json, StringComparison.Ordinal);
        });

    [Fact]
    public void A_self_referral_exports_without_a_consent_and_says_nothing_was_shared()
    {
        var referral = Referral.SelfReferral("referral-1", "client-1", Coalition.Domain.Needs.ServiceNeeds.HousingEmergency, Coalition.Domain.Referrals.Clients.NeedUrgency.Immediate, "provider-a", "s1", "advocate", LifecycleGenerators.Start);
        var bundle = Assert.IsType<Bundle>(FhirConformanceTests.ParseStrict(FhirReferralExporter.ExportBundle(referral)));
        Assert.Empty(bundle.Entry.Select(e => e.Resource).OfType<Consent>());
        var request = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<ServiceRequest>());
        Assert.Equal(RequestPriority.Urgent, request.Priority);
        Assert.Contains("nothing was shared", request.Note[0].Text, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FhirReferralExporter.ExportBundle(referral, LifecycleGenerators.Releases.Sample(1, 1)[0]));
    }

    [Fact]
    public void A_revoked_releases_consent_is_inactive_and_ends_at_the_revocation()
    {
        var h = LifecycleGenerators.Histories.Sample(10, 1)[0];
        var sent = h.Draft.Send(h.Release, h.Scope, h.SentAt).Referral;
        var revoked = h.Release.Revoke(h.SentAt + NodaTime.Duration.FromHours(1), ActorRole.Referrer, RevocationMethod.Verbal);
        var bundle = Assert.IsType<Bundle>(FhirConformanceTests.ParseStrict(FhirReferralExporter.ExportBundle(sent, revoked)));
        var consent = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Consent>());
        Assert.Equal(Consent.ConsentState.Inactive, consent.Status);
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Format(revoked.Revocation!.At), consent.Provision!.Period!.End);
    }
}

internal static class Serialization
{
    internal static string KebabOf(ReferralStatus status) => System.Text.Json.JsonSerializer.Serialize(status, Coalition.Domain.Serialization.CoalitionJsonContext.Default.Options).Trim('"');
}
