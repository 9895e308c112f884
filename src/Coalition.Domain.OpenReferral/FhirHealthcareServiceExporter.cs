using System.Buffers;
using System.Text.Json;
using System.Text;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Network;
using NodaTime.Text;

namespace Coalition.Domain.OpenReferral;

/// <summary>
/// Exports a referral network as HL7 FHIR R4 <c>HealthcareService</c> resources, hand-mapped (no FHIR SDK), following the HL7
/// Human Services Directory mapping for <c>availableTime</c>, <c>communication</c>, <c>coverageArea</c>,
/// <c>eligibility</c> and <c>referralMethod</c>, with the Gravity SDOH Clinical Care capacity-status extension (a complex extension: the status code in its
/// <c>capacityStatus</c> sub-extension and the place counts in <c>capacityNotes</c>).
/// A confidential provider's address is never written.
/// </summary>
public static class FhirHealthcareServiceExporter
{
    /// <summary>The URL of the SDOH Clinical Care capacity-status extension.</summary>
    public const string CapacityExtensionUrl = "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-ExtensionHealthcareServiceCapacityStatus";

    /// <summary>The code system of the capacity-status codes.</summary>
    public const string CapacityCodeSystem = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";

    /// <summary>The FHIR service-type code system.</summary>
    public const string ServiceTypeSystem = "http://terminology.hl7.org/CodeSystem/service-type";

    /// <summary>The FHIR referral-method code system.</summary>
    public const string ReferralMethodSystem = "http://terminology.hl7.org/CodeSystem/service-referral-method";

    /// <summary>The code system for languages (BCP 47).</summary>
    public const string LanguageSystem = "urn:ietf:bcp:47";

    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>Exports every offering of the network as a FHIR <c>Bundle</c> of type <c>collection</c>.</summary>
    /// <param name="network">The network.</param>
    /// <returns>The Bundle JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static string ExportBundle(ReferralNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "collection");
            if (network.OfferingCount > 0)
            {
                writer.WriteStartArray("entry");
            }

            foreach (var provider in network.Providers)
            {
                foreach (var offering in provider.Services)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("resource");
                    Write(writer, provider, offering);
                    writer.WriteEndObject();
                }
            }

            if (network.OfferingCount > 0)
            {
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, Provider provider, ServiceOffering offering)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "HealthcareService");
        writer.WriteString("id", HealthcareServiceId(provider.Id, offering.Id));
        var status = offering.Capacity.Status switch
        {
            CapacityStatus.Available => "capacity",
            CapacityStatus.NoCapacity => "no-capacity",
            CapacityStatus.Waitlist => "waitlist",
            _ => null,
        };
        if (status is not null)
        {
            // A complex extension: the code in the capacityStatus sub-extension, the counts as capacityNotes; no value of its own.
            writer.WriteStartArray("extension");
            writer.WriteStartObject();
            writer.WriteStartArray("extension");
            writer.WriteStartObject();
            writer.WriteString("url", "capacityStatus");
            writer.WriteStartObject("valueCodeableConcept");
            writer.WriteStartArray("coding");
            writer.WriteStartObject();
            writer.WriteString("system", CapacityCodeSystem);
            writer.WriteString("code", status);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            if (offering.Capacity is { Available: { } available, Maximum: { } maximum })
            {
                writer.WriteStartObject();
                writer.WriteString("url", "capacityNotes");
                writer.WriteString("valueString", $"{available} of {maximum} places free");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("url", CapacityExtensionUrl);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteBoolean("active", true);
        writer.WriteStartObject("providedBy");
        writer.WriteString("display", provider.Name);
        writer.WriteEndObject();
        writer.WriteStartArray("type");
        foreach (var need in offering.Needs)
        {
            NeedConcept(writer, need);
        }

        writer.WriteEndArray();
        writer.WriteString("name", $"{provider.Name}: {string.Join(", ", offering.Needs.Select(n => n.DisplayName))}");
        if (provider.IntakeContact is { } intake)
        {
            writer.WriteStartArray("telecom");
            writer.WriteStartObject();
            writer.WriteString("system", intake.Contains('@', StringComparison.Ordinal) ? "email" : "phone");
            writer.WriteString("value", intake);
            writer.WriteString("use", "work");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        if (!offering.Area.IsAnywhere)
        {
            writer.WriteStartArray("coverageArea");
            foreach (var area in offering.Area.Areas)
            {
                writer.WriteStartObject();
                writer.WriteString("display", area);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("eligibility");
        writer.WriteStartObject();
        writer.WriteStartObject("code");
        writer.WriteString("text", "Eligibility");
        writer.WriteEndObject();
        var e = offering.Eligibility;
        writer.WriteString("comment", $"Ages {e.Ages}; genders {EnumText.Format(e.Genders)}; required populations {EnumText.Format(e.RequiredPopulations)}; excluded populations {EnumText.Format(e.ExcludedPopulations)}; trafficking types {EnumText.Format(e.TraffickingTypes)}.");
        writer.WriteEndObject();
        writer.WriteEndArray();
        // FHIR allows no empty arrays: each array is written only when it has an item.
        if (!offering.Languages.IsEmpty)
        {
            writer.WriteStartArray("communication");
            foreach (var language in offering.Languages)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("coding");
                writer.WriteStartObject();
                writer.WriteString("system", LanguageSystem);
                writer.WriteString("code", language.Value);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        var methods = new[] { (ReferralMethods.Phone, "phone"), (ReferralMethods.Email, "semail"), (ReferralMethods.SecureEmail, "semail"), (ReferralMethods.Fax, "fax"), (ReferralMethods.Electronic, "elec"), (ReferralMethods.Mail, "mail") };
        var methodCodes = methods.Where(m => offering.ReferralMethods.HasFlag(m.Item1)).Select(m => m.Item2).Distinct().ToList();
        if (methodCodes.Count > 0)
        {
            writer.WriteStartArray("referralMethod");
        }

        foreach (var code in methodCodes)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("coding");
            writer.WriteStartObject();
            writer.WriteString("system", ReferralMethodSystem);
            writer.WriteString("code", code);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (methodCodes.Count > 0)
        {
            writer.WriteEndArray();
        }

        if (offering.Schedule is { } schedule)
        {
            var weekly = schedule.IsAlwaysOpen || !schedule.Hours.IsEmpty;
            if (weekly)
            {
                writer.WriteStartArray("availableTime");
            }

            if (schedule.IsAlwaysOpen)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("daysOfWeek");
                foreach (var day in Days)
                {
                    writer.WriteStringValue(day);
                }

                writer.WriteEndArray();
                writer.WriteBoolean("allDay", true);
                writer.WriteEndObject();
            }
            else
            {
                foreach (var hours in schedule.Hours)
                {
                    writer.WriteStartObject();
                    writer.WriteStartArray("daysOfWeek");
                    writer.WriteStringValue(Days[(int)hours.Day - 1]);
                    writer.WriteEndArray();
                    writer.WriteString("availableStartTime", LocalTimePattern.ExtendedIso.Format(hours.Opens));
                    writer.WriteString("availableEndTime", LocalTimePattern.ExtendedIso.Format(hours.Closes));
                    writer.WriteEndObject();
                }
            }

            if (weekly)
            {
                writer.WriteEndArray();
            }

            if (!schedule.Closures.IsEmpty)
            {
                writer.WriteStartArray("notAvailable");
                foreach (var closure in schedule.Closures)
                {
                    writer.WriteStartObject();
                    writer.WriteString("description", "Closed");
                    writer.WriteStartObject("during");
                    writer.WriteString("start", LocalDatePattern.Iso.Format(closure.Start));
                    writer.WriteString("end", LocalDatePattern.Iso.Format(closure.End));
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            var monthly = schedule.MonthlyHours.IsEmpty ? string.Empty : " Also open monthly: " + string.Join("; ", schedule.MonthlyHours.Select(m => m.ToString())) + " (ordinal, day, hours).";
            writer.WriteString("availabilityExceptions", $"Times are local to {schedule.TimeZoneId}.{monthly}");
        }

        writer.WriteEndObject();
    }

    /// <summary>A need as a CodeableConcept: its HL7 service-type codes, and its name as text.</summary>
    internal static void NeedConcept(Utf8JsonWriter writer, ServiceNeed need)
    {
        writer.WriteStartObject();
        var codes = need.PublicCodes.Where(c => c.System == PublicCodeSystem.Hl7ServiceType).ToList();
        if (codes.Count > 0)
        {
            writer.WriteStartArray("coding");
            foreach (var code in codes)
            {
                writer.WriteStartObject();
                writer.WriteString("system", ServiceTypeSystem);
                writer.WriteString("code", code.Code);
                writer.WriteString("display", code.Display);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteString("text", need.DisplayName);
        writer.WriteEndObject();
    }

    /// <summary>The id of an offering's <c>HealthcareService</c>, which the referral export references.</summary>
    internal static string HealthcareServiceId(string providerId, string offeringId) => FhirId($"{providerId}-{offeringId}");

    internal static string FhirId(string value)
    {
        // FHIR ids: [A-Za-z0-9\-\.]{1,64}.
        var cleaned = new string([.. value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-')]);
        return cleaned.Length <= 64 ? cleaned : cleaned[..64];
    }
}
