using System.Buffers;
using System.Text;
using System.Text.Json;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Lifecycle;
using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.OpenReferral;

/// <summary>
/// Exports a referral as HL7 FHIR R4 resources shaped after the SDOH Clinical Care referral profiles, hand-mapped (no FHIR
/// SDK): a <c>ServiceRequest</c> (the referral), a <c>Task</c> (its lifecycle: <c>status</c>, <c>businessStatus</c>,
/// <c>statusReason</c>) and, when it relies on one, a <c>Consent</c> (the release: its period, recipient and scope), each
/// referencing the offering's <c>HealthcareService</c> as <see cref="FhirHealthcareServiceExporter"/> writes it.
/// </summary>
/// <remarks>
/// Nothing identifies the client: the subject is the caller's opaque client key as an identifier in
/// <see cref="ClientKeySystem"/>; no name, address or signature is written, and the referrer appears only as a role.
/// </remarks>
public static class FhirReferralExporter
{
    /// <summary>The identifier system of the caller's opaque client keys.</summary>
    public const string ClientKeySystem = "urn:coalition-domain:client-key";

    /// <summary>The identifier system of provider ids (the recipient of a release).</summary>
    public const string ProviderSystem = "urn:coalition-domain:provider";

    /// <summary>The code system of the library's referral reasons (<see cref="ReferralReason"/>, kebab-case).</summary>
    public const string ReasonSystem = "urn:coalition-domain:referral-reason";

    /// <summary>The code system of the library's release scopes (<see cref="ReleaseScope"/>, kebab-case).</summary>
    public const string ScopeSystem = "urn:coalition-domain:release-scope";

    /// <summary>Exports a referral (and its release, if any) as a FHIR <c>Bundle</c> of type <c>collection</c>.</summary>
    /// <param name="referral">The referral.</param>
    /// <param name="release">The release it relies on, or <see langword="null"/> (a draft or a self-referral).</param>
    /// <returns>The Bundle JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referral"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="release"/> is not the release the referral relies on.</exception>
    public static string ExportBundle(Referral referral, ConsentRelease? release = null)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (release is not null && release.Id != referral.ReleaseId)
        {
            throw new ArgumentException("The release is not the one the referral relies on.", nameof(release));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "collection");
            writer.WriteStartArray("entry");
            Entry(writer, w => ServiceRequest(w, referral, release));
            Entry(writer, w => Task(w, referral));
            if (release is not null)
            {
                Entry(writer, w => Consent(w, release));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Entry(Utf8JsonWriter writer, Action<Utf8JsonWriter> resource)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("resource");
        resource(writer);
        writer.WriteEndObject();
    }

    private static string ServiceRequestId(Referral referral) => FhirHealthcareServiceExporter.FhirId(referral.Id);

    private static string ConsentId(ConsentRelease release) => FhirHealthcareServiceExporter.FhirId("consent-" + release.Id);

    private static void ServiceRequest(Utf8JsonWriter writer, Referral referral, ConsentRelease? release)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "ServiceRequest");
        writer.WriteString("id", ServiceRequestId(referral));
        writer.WriteString("status", referral.Status switch
        {
            ReferralStatus.Draft => "draft",
            ReferralStatus.OnHold => "on-hold",
            ReferralStatus.Completed => "completed",
            ReferralStatus.Rejected or ReferralStatus.Cancelled or ReferralStatus.Failed => "revoked",
            ReferralStatus.EnteredInError => "entered-in-error",
            _ => "active",
        });
        writer.WriteString("intent", "order");
        writer.WriteString("priority", referral.Urgency == NeedUrgency.Immediate ? "urgent" : "routine");
        writer.WritePropertyName("code");
        FhirHealthcareServiceExporter.NeedConcept(writer, referral.Need);
        writer.WritePropertyName("subject");
        ClientReference(writer, referral.ClientKey);
        writer.WriteString("authoredOn", Format(referral.CreatedAt));
        writer.WriteStartObject("requester");
        writer.WriteString("display", referral.ReferrerRole);
        writer.WriteEndObject();
        writer.WriteStartArray("performer");
        writer.WriteStartObject();
        writer.WriteString("reference", "HealthcareService/" + FhirHealthcareServiceExporter.HealthcareServiceId(referral.ProviderId, referral.OfferingId));
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (release is not null)
        {
            writer.WriteStartArray("supportingInfo");
            writer.WriteStartObject();
            writer.WriteString("reference", "Consent/" + ConsentId(release));
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        if (!referral.MatchReasons.IsEmpty || referral.IsSelfReferral)
        {
            writer.WriteStartArray("note");
            writer.WriteStartObject();
            writer.WriteString("text", referral.IsSelfReferral
                ? "Client self-referral: the client contacts the provider directly; nothing was shared."
                : "Match reasons: " + string.Join(", ", referral.MatchReasons) + (referral.DutyNotices.IsEmpty ? string.Empty : "; reporting duties explained: " + string.Join(", ", referral.DutyNotices)));
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Task(Utf8JsonWriter writer, Referral referral)
    {
        var last = referral.History.IsEmpty ? null : referral.History[^1];
        writer.WriteStartObject();
        writer.WriteString("resourceType", "Task");
        writer.WriteString("id", FhirHealthcareServiceExporter.FhirId(referral.Id + "-task"));
        writer.WriteString("status", EnumText.Format(referral.Status));
        if (last?.Reason is { } reason)
        {
            writer.WriteStartObject("statusReason");
            writer.WriteStartArray("coding");
            writer.WriteStartObject();
            writer.WriteString("system", ReasonSystem);
            writer.WriteString("code", EnumText.Format(reason));
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (last?.Outcome is { } outcome)
        {
            writer.WriteStartObject("businessStatus");
            writer.WriteString("text", outcome switch
            {
                ReferralOutcome.NeedMet => "need met",
                ReferralOutcome.PartlyMet => "need partly met",
                _ => "need not met",
            });
            writer.WriteEndObject();
        }

        writer.WriteString("intent", "order");
        writer.WriteString("priority", referral.Urgency == NeedUrgency.Immediate ? "urgent" : "routine");
        writer.WriteStartObject("code");
        writer.WriteStartArray("coding");
        writer.WriteStartObject();
        writer.WriteString("system", "http://hl7.org/fhir/CodeSystem/task-code");
        writer.WriteString("code", "fulfill");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("focus");
        writer.WriteString("reference", "ServiceRequest/" + ServiceRequestId(referral));
        writer.WriteEndObject();
        writer.WritePropertyName("for");
        ClientReference(writer, referral.ClientKey);
        writer.WriteString("authoredOn", Format(referral.CreatedAt));
        writer.WriteString("lastModified", Format(last?.At ?? referral.CreatedAt));
        writer.WriteStartObject("requester");
        writer.WriteString("display", referral.ReferrerRole);
        writer.WriteEndObject();
        writer.WriteStartObject("owner");
        writer.WriteString("reference", "HealthcareService/" + FhirHealthcareServiceExporter.HealthcareServiceId(referral.ProviderId, referral.OfferingId));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Consent(Utf8JsonWriter writer, ConsentRelease release)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "Consent");
        writer.WriteString("id", ConsentId(release));
        writer.WriteString("status", release.IsRevoked ? "inactive" : "active");
        writer.WriteStartObject("scope");
        writer.WriteStartArray("coding");
        writer.WriteStartObject();
        writer.WriteString("system", "http://terminology.hl7.org/CodeSystem/consentscope");
        writer.WriteString("code", "patient-privacy");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("category");
        writer.WriteStartObject();
        writer.WriteStartArray("coding");
        writer.WriteStartObject();
        writer.WriteString("system", "http://loinc.org");
        writer.WriteString("code", "59284-0");
        writer.WriteString("display", "Patient Consent");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WritePropertyName("patient");
        ClientReference(writer, release.ClientKey);
        writer.WriteString("dateTime", Format(release.GivenAt));
        writer.WriteStartObject("policyRule");
        writer.WriteString("text", "Written, time-limited release of information: 34 U.S.C. 12291(b)(2); 28 CFR 94.115; 42 U.S.C. 10406(c)(5)");
        writer.WriteEndObject();
        writer.WriteStartObject("provision");
        writer.WriteString("type", "permit");
        writer.WriteStartObject("period");
        writer.WriteString("start", Format(release.GivenAt));
        writer.WriteString("end", Format(release.Revocation is { } revocation && revocation.At < release.ExpiresAt ? revocation.At : release.ExpiresAt));
        writer.WriteEndObject();
        writer.WriteStartArray("actor");
        writer.WriteStartObject();
        writer.WriteStartObject("role");
        writer.WriteStartArray("coding");
        writer.WriteStartObject();
        writer.WriteString("system", "http://terminology.hl7.org/CodeSystem/v3-ParticipationType");
        writer.WriteString("code", "IRCP");
        writer.WriteString("display", "information recipient");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("reference");
        writer.WriteStartObject("identifier");
        writer.WriteString("system", ProviderSystem);
        writer.WriteString("value", release.RecipientProviderId);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("class");
        foreach (var scope in Enum.GetValues<ReleaseScope>().Where(s => s != ReleaseScope.None && release.Scope.HasFlag(s)))
        {
            writer.WriteStartObject();
            writer.WriteString("system", ScopeSystem);
            writer.WriteString("code", EnumText.Format(scope));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("code");
        foreach (var need in release.Needs)
        {
            FhirHealthcareServiceExporter.NeedConcept(writer, need);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void ClientReference(Utf8JsonWriter writer, string clientKey)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("identifier");
        writer.WriteString("system", ClientKeySystem);
        writer.WriteString("value", clientKey);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
