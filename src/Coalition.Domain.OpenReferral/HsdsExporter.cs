using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text;
using Coalition.Domain.Referrals.Network;
using NodaTime.Text;

namespace Coalition.Domain.OpenReferral;

/// <summary>
/// Writes a <see cref="ReferralNetwork"/> as an array of full HSDS 3 <c>service</c> objects, each with its organization,
/// schedules, languages, service areas, capacity and the library's attributes (see <see cref="HsdsAttributes"/>), valid
/// against the HSDS 3.1 schemas: every id is a stable name-based UUID derived from the library's codes, which travel as
/// the <c>provider-id</c> and <c>offering-id</c> attributes; no required field is left out or invented.
/// Importing the output with <see cref="HsdsImporter"/> gives an equal network, provided confidential addresses are
/// included (they are left out by default) and every provider offers at least one service.
/// </summary>
public static class HsdsExporter
{
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>Exports a network.</summary>
    /// <param name="network">The network.</param>
    /// <param name="includeConfidentialAddresses">Whether to write the addresses of confidential providers (only for exchange within the coalition).</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The HSDS JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static string Export(ReferralNetwork network, bool includeConfidentialAddresses = false, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(network);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartArray();
            foreach (var provider in network.Providers)
            {
                foreach (var offering in provider.Services)
                {
                    WriteService(writer, provider, offering, includeConfidentialAddresses);
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteService(Utf8JsonWriter writer, Provider provider, ServiceOffering offering, bool includeConfidentialAddresses)
    {
        // HSDS requires UUIDs for every id: each is derived from the library's codes, which travel as attributes.
        var key = $"{provider.Id}/{offering.Id}";
        var serviceId = HsdsIds.Of("service", key);
        var organizationId = HsdsIds.Of("organization", provider.Id);
        writer.WriteStartObject();
        writer.WriteString("id", serviceId);
        writer.WriteString("organization_id", organizationId);
        writer.WriteString("name", $"{provider.Name}: {string.Join(", ", offering.Needs.Select(n => n.DisplayName))}");
        writer.WriteString("status", "active");
        if (offering.ProvidesInterpretation)
        {
            writer.WriteString("interpretation_services", "Interpretation is provided.");
        }

        if (offering.Eligibility.Ages.Minimum is { } minimum)
        {
            writer.WriteNumber("minimum_age", minimum);
        }

        if (offering.Eligibility.Ages.Maximum is { } maximum)
        {
            writer.WriteNumber("maximum_age", maximum);
        }

        writer.WriteStartObject("organization");
        writer.WriteString("id", organizationId);
        writer.WriteString("name", provider.Name);
        writer.WriteString("description", $"{provider.Category.DisplayName}, a member of the coalition's referral network.");
        writer.WriteStartArray("phones");
        if (provider.IntakeContact is { } intake)
        {
            writer.WriteStartObject();
            writer.WriteString("id", HsdsIds.Of("phone", provider.Id + "/intake"));
            writer.WriteString("number", intake);
            writer.WriteString("description", "intake");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartArray("languages");
        foreach (var language in offering.Languages)
        {
            writer.WriteStartObject();
            writer.WriteString("id", HsdsIds.Of("language", key + "/" + language.Value));
            writer.WriteString("code", language.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("service_areas");
        foreach (var area in offering.Area.Areas)
        {
            writer.WriteStartObject();
            writer.WriteString("id", HsdsIds.Of("service-area", key + "/" + area));
            writer.WriteString("name", area);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("schedules");
        if (offering.Schedule is { } schedule)
        {
            var hours = schedule.IsAlwaysOpen
                ? Enumerable.Range(1, 7).Select(d => new OpeningHours((NodaTime.IsoDayOfWeek)d, NodaTime.LocalTime.Midnight, new NodaTime.LocalTime(23, 59)))
                : schedule.Hours.AsEnumerable();
            var index = 0;
            foreach (var row in hours)
            {
                writer.WriteStartObject();
                writer.WriteString("id", HsdsIds.Of("schedule", string.Create(CultureInfo.InvariantCulture, $"{key}/{index++}")));
                writer.WriteString("freq", "WEEKLY");
                writer.WriteString("byday", Days[(int)row.Day - 1]);
                writer.WriteString("opens_at", LocalTimePattern.ExtendedIso.Format(row.Opens));
                writer.WriteString("closes_at", LocalTimePattern.ExtendedIso.Format(row.Closes));
                writer.WriteEndObject();
            }

            foreach (var row in schedule.MonthlyHours)
            {
                writer.WriteStartObject();
                writer.WriteString("id", HsdsIds.Of("schedule", string.Create(CultureInfo.InvariantCulture, $"{key}/{index++}")));
                writer.WriteString("freq", "MONTHLY");
                writer.WriteString("byday", string.Create(CultureInfo.InvariantCulture, $"{row.Ordinal}{Days[(int)row.Day - 1]}"));
                writer.WriteString("opens_at", LocalTimePattern.ExtendedIso.Format(row.Opens));
                writer.WriteString("closes_at", LocalTimePattern.ExtendedIso.Format(row.Closes));
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        // HSDS's capacity row requires a count and its update time; counts without both travel as attributes instead.
        var capacityRow = offering.Capacity is { Available: not null, Updated: not null };
        if (capacityRow)
        {
            writer.WriteStartArray("capacities");
            writer.WriteStartObject();
            writer.WriteString("id", HsdsIds.Of("capacity", key));
            writer.WriteStartObject("unit");
            writer.WriteString("id", HsdsIds.Of("unit", "place"));
            writer.WriteString("name", "place");
            writer.WriteEndObject();
            writer.WriteNumber("available", offering.Capacity.Available!.Value);
            if (offering.Capacity.Maximum is { } most)
            {
                writer.WriteNumber("maximum", most);
            }

            writer.WriteString("updated", InstantPattern.ExtendedIso.Format(offering.Capacity.Updated!.Value));
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        var address = provider.Visibility == LocationVisibility.Public || includeConfidentialAddresses ? provider.Address : null;
        if (address is not null)
        {
            // The library keeps an address as one line; HSDS's structured address requires city, state, postal code and
            // country, which are not invented here. The location describes it, and the attribute carries it back.
            writer.WriteStartArray("service_at_locations");
            writer.WriteStartObject();
            writer.WriteString("id", HsdsIds.Of("service-at-location", key));
            writer.WriteStartObject("location");
            writer.WriteString("id", HsdsIds.Of("location", provider.Id));
            writer.WriteString("location_type", "physical");
            writer.WriteString("name", provider.Name);
            writer.WriteString("description", address);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartArray("attributes");
        var attributeIndex = 0;
        void Attribute(string entity, string code, string value)
        {
            var termId = HsdsIds.Of("taxonomy-term", $"{HsdsAttributes.LinkType}:{code}");
            writer.WriteStartObject();
            writer.WriteString("id", HsdsIds.Of("attribute", string.Create(CultureInfo.InvariantCulture, $"{key}/{attributeIndex++}")));
            writer.WriteString("link_id", entity == "organization" ? organizationId : serviceId);
            writer.WriteString("taxonomy_term_id", termId);
            writer.WriteString("link_type", HsdsAttributes.LinkType);
            writer.WriteString("link_entity", entity);
            writer.WriteString("value", value);
            writer.WriteStartObject("taxonomy_term");
            writer.WriteString("id", termId);
            writer.WriteString("code", code);
            writer.WriteString("name", code);
            writer.WriteString("description", $"The Coalition.Domain field {code}.");
            writer.WriteString("taxonomy", HsdsAttributes.LinkType);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        static string Bool(bool value) => value ? "true" : "false";
        Attribute("organization", HsdsAttributes.ProviderId, provider.Id);
        Attribute("service", HsdsAttributes.OfferingId, offering.Id);
        if (address is not null)
        {
            Attribute("organization", HsdsAttributes.Address, address);
        }

        if (!capacityRow)
        {
            if (offering.Capacity.Available is { } available)
            {
                Attribute("service", HsdsAttributes.CapacityAvailable, available.ToString(CultureInfo.InvariantCulture));
            }

            if (offering.Capacity.Maximum is { } places)
            {
                Attribute("service", HsdsAttributes.CapacityMaximum, places.ToString(CultureInfo.InvariantCulture));
            }

            if (offering.Capacity.Updated is { } updated)
            {
                Attribute("service", HsdsAttributes.CapacityUpdated, InstantPattern.ExtendedIso.Format(updated));
            }
        }

        Attribute("organization", HsdsAttributes.StakeholderCategory, provider.Category.Code);
        Attribute("organization", HsdsAttributes.LawEnforcementAffiliated, Bool(provider.IsLawEnforcementAffiliated));
        foreach (var duty in provider.ReportingDuties)
        {
            Attribute("organization", HsdsAttributes.ReportingDuty, duty);
        }

        Attribute("organization", HsdsAttributes.StandardOfCare, Bool(provider.AdheresToStandardOfCare));
        Attribute("organization", HsdsAttributes.TraffickingTrainedStaff, Bool(provider.HasTraffickingTrainedStaff));
        Attribute("organization", HsdsAttributes.LicensedSocialWorkers, Bool(provider.HasLicensedSocialWorkers));
        if (provider.ImmigrationPractice is { } practice)
        {
            if (practice.HasLicensedAttorney)
            {
                Attribute("organization", HsdsAttributes.ImmigrationAttorney, "true");
            }

            foreach (var accreditation in practice.Accreditations)
            {
                Attribute("organization", HsdsAttributes.AccreditedRepresentative, AccreditationText.Format(accreditation));
            }

            if (practice.HasSupervisedStudents)
            {
                Attribute("organization", HsdsAttributes.SupervisedStudents, "true");
            }
        }

        Attribute("organization", HsdsAttributes.Visibility, provider.Visibility == LocationVisibility.Confidential ? "confidential" : "public");
        foreach (var need in offering.Needs)
        {
            Attribute("service", HsdsAttributes.Need, need.Code);
        }

        Attribute("service", HsdsAttributes.Genders, EnumText.Format(offering.Eligibility.Genders));
        Attribute("service", HsdsAttributes.RequiredPopulations, EnumText.Format(offering.Eligibility.RequiredPopulations));
        Attribute("service", HsdsAttributes.ExcludedPopulations, EnumText.Format(offering.Eligibility.ExcludedPopulations));
        Attribute("service", HsdsAttributes.TraffickingTypes, EnumText.Format(offering.Eligibility.TraffickingTypes));
        if (offering.Schedule is { } zoned)
        {
            Attribute("service", HsdsAttributes.TimeZone, zoned.TimeZoneId);
            foreach (var closure in zoned.Closures)
            {
                Attribute("service", HsdsAttributes.Closure, closure.ToString());
            }
        }

        Attribute("service", HsdsAttributes.CapacityStatus, EnumText.Format(offering.Capacity.Status));
        Attribute("service", HsdsAttributes.Cost, EnumText.Format(offering.Cost));
        Attribute("service", HsdsAttributes.ReferralMethods, EnumText.Format(offering.ReferralMethods));
        Attribute("service", HsdsAttributes.CulturallySpecific, Bool(offering.IsCulturallySpecific));

        // Public codes travel too, so that other HSDS systems can read the needs.
        foreach (var code in offering.Needs.SelectMany(n => n.PublicCodes).Where(c => c.System == Needs.PublicCodeSystem.OpenEligibility).Distinct())
        {
            var termId = HsdsIds.Of("taxonomy-term", $"open-eligibility:{code.Code}");
            writer.WriteStartObject();
            writer.WriteString("id", HsdsIds.Of("attribute", string.Create(CultureInfo.InvariantCulture, $"{key}/{attributeIndex++}")));
            writer.WriteString("link_id", serviceId);
            writer.WriteString("taxonomy_term_id", termId);
            writer.WriteString("link_type", "service_taxonomy");
            writer.WriteString("link_entity", "service");
            writer.WriteStartObject("taxonomy_term");
            writer.WriteString("id", termId);
            writer.WriteString("code", code.Code);
            writer.WriteString("name", code.Display);
            writer.WriteString("description", $"Open Eligibility: {code.Display}.");
            writer.WriteString("taxonomy", "Open Eligibility");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
