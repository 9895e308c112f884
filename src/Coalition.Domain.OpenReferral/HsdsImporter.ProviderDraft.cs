using System.Text.Json;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.OpenReferral;

/// <content>The provider each organization becomes, assembled from its services.</content>
public static partial class HsdsImporter
{
    /// <summary>
    /// An organization's provider, built at the end from its services. Everything it needs from the JSON is read when the
    /// first service arrives, so that no record's JSON is kept alive (a streamed import holds one record at a time). A
    /// problem reading it is kept and reported for the organization when the provider is built, as before.
    /// </summary>
    private sealed class ProviderDraft
    {
        private readonly StakeholderCategory category;
        private readonly bool confidential;
        private readonly string[] duties;
        private readonly bool lawEnforcement;
        private readonly bool standardOfCare;
        private readonly bool trained;
        private readonly bool licensed;
        private readonly ImmigrationPractice? practice;
        private readonly string? name;
        private readonly string? intake;
        private readonly string? address;
        private readonly Exception? failure;

        internal ProviderDraft(string id, string path, JsonElement? organization, JsonElement firstService, List<Attribute> attributes, HsdsImportOptions options)
        {
            Id = id;
            Path = path;
            bool Flag(string code) => attributes.Any(a => a.Code == code && a.Value == "true");
            category = attributes.FirstOrDefault(a => a.Code == HsdsAttributes.StakeholderCategory) is { } c && StakeholderCategories.Catalogue.TryGet(c.Value, out var known) ? known : options.DefaultCategory;
            confidential = attributes.Any(a => a.Code == HsdsAttributes.Visibility && a.Value == "confidential");
            var declared = attributes.Where(a => a.Code == HsdsAttributes.ReportingDuty && ReportingDuty.IsValidCode(a.Value)).Select(a => a.Value).ToList();
            if (Flag(HsdsAttributes.MandatoryReporter))
            {
                declared.Add(ReportingDuties.ChildAbuseOrNeglect.Code);
            }

            duties = [.. declared];
            lawEnforcement = Flag(HsdsAttributes.LawEnforcementAffiliated);
            standardOfCare = Flag(HsdsAttributes.StandardOfCare);
            trained = Flag(HsdsAttributes.TraffickingTrainedStaff);
            licensed = Flag(HsdsAttributes.LicensedSocialWorkers);
            var accreditations = new List<Accreditation>();
            foreach (var attribute in attributes.Where(a => a.Code == HsdsAttributes.AccreditedRepresentative))
            {
                if (AccreditationText.TryParse(attribute.Value, out var accreditation))
                {
                    accreditations.Add(accreditation!);
                }
                else
                {
                    Problems.Add($"The accredited-representative value {ImportIssue.Quote(attribute.Value)} is not 'full/yyyy-MM-dd' or 'partial/yyyy-MM-dd'; it was left out, so it does not qualify the provider for immigration representation.");
                }
            }

            practice = new ImmigrationPractice
            {
                HasLicensedAttorney = Flag(HsdsAttributes.ImmigrationAttorney),
                Accreditations = [.. accreditations],
                HasSupervisedStudents = Flag(HsdsAttributes.SupervisedStudents),
            };
            try
            {
                name = organization is { } o ? Text(o, "name") : null;
                intake = (organization is { } org ? Array(org, "phones").Select(p => Text(p, "number")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? Text(org, "email") : null)
                    ?? Array(firstService, "phones").Select(p => Text(p, "number")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
                    ?? Text(firstService, "email");
                address = Address(firstService) ?? attributes.FirstOrDefault(a => a.Code == HsdsAttributes.Address)?.Value;
            }
            catch (Exception ex) when (IsRecordProblem(ex))
            {
                failure = ex;
            }
        }

        internal string Id { get; }

        internal string Path { get; }

        internal List<ServiceOffering> Services { get; } = [];

        /// <summary>Gets the parts of the organization's attributes that were left out, as reasons for import issues.</summary>
        internal List<string> Problems { get; } = [];

        internal Provider Build()
        {
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }

            return new Provider(Id, string.IsNullOrWhiteSpace(name) ? Id : name, category, [.. Services])
            {
                IsLawEnforcementAffiliated = lawEnforcement,
                ReportingDuties = [.. duties],
                AdheresToStandardOfCare = standardOfCare,
                HasTraffickingTrainedStaff = trained,
                HasLicensedSocialWorkers = licensed,
                ImmigrationPractice = practice,
                Visibility = confidential ? LocationVisibility.Confidential : LocationVisibility.Public,
                Address = address,
                IntakeContact = intake,
            };
        }

        private static string? Address(JsonElement service)
        {
            foreach (var site in Array(service, "service_at_locations"))
            {
                if (site.ValueKind == JsonValueKind.Object && site.TryGetProperty("location", out var location))
                {
                    foreach (var address in Array(location, "addresses"))
                    {
                        var parts = new[] { Text(address, "address_1"), Text(address, "city"), Text(address, "state_province") ?? Text(address, "region"), Text(address, "postal_code") }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
                        if (parts.Count > 0)
                        {
                            return string.Join(", ", parts);
                        }
                    }
                }
            }

            return null;
        }
    }
}
