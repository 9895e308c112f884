using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// An organisation in a coalition's referral network (HSDS <c>organization</c>) with the services it offers.
/// Organisational data only: it holds no client data. Value-equal.
/// </summary>
/// <remarks>
/// Create a provider with its identity and services, and name every other attribute, so that two flags cannot be swapped
/// silently:
/// <code>
/// var clinic = new Provider("eastside-clinic", "Eastside Clinic", StakeholderCategories.CommunityClinics, [primaryCare])
/// {
///     IntakeContact = "+1-555-0142",
///     ReportingDuties = [ReportingDuties.ChildAbuseOrNeglect.Code],
///     HasTraffickingTrainedStaff = true,
/// };
/// </code>
/// </remarks>
public sealed record Provider
{
    private readonly ImmutableArray<ServiceOffering> services = [];
    private readonly ImmutableArray<string> reportingDuties = [];
    private readonly LocationVisibility visibility = LocationVisibility.Public;
    private readonly string? address;
    private readonly string? intakeContact;
    private readonly ImmigrationPractice? immigrationPractice;

    /// <summary>Creates a provider; set its other attributes with an object initializer.</summary>
    /// <param name="id">A stable id, unique in the network: 1 to 100 characters without white space.</param>
    /// <param name="name">The organisation's name (at most 200 characters).</param>
    /// <param name="category">The stakeholder category.</param>
    /// <param name="services">The services it offers, with ids unique within the provider; their order does not matter.</param>
    /// <exception cref="ArgumentNullException">A required reference is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed, the name is blank or too long, a service is null, or a service id repeats.</exception>
    public Provider(string id, string name, StakeholderCategory category, ImmutableArray<ServiceOffering> services)
    {
        Identifiers.Validate(id, nameof(id));
        Id = id;
        Name = Preconditions.BoundedText(name, Limits.Name, nameof(name));
        Category = Preconditions.NotNull(category, nameof(category));
        this.services = ValidServices(services, nameof(services));
    }

    /// <summary>Creates a provider from its JSON form; the legacy <c>isMandatoryReporter: true</c> is read as the child-abuse duty.</summary>
    [JsonConstructor]
    internal Provider(
        string id,
        string name,
        StakeholderCategory category,
        bool isLawEnforcementAffiliated,
        ImmutableArray<string> reportingDuties,
        bool? isMandatoryReporter,
        bool adheresToStandardOfCare,
        bool hasTraffickingTrainedStaff,
        bool hasLicensedSocialWorkers,
        LocationVisibility visibility,
        string? address,
        string? intakeContact,
        ImmigrationPractice? immigrationPractice,
        ImmutableArray<ServiceOffering> services)
        : this(id, name, category, services)
    {
        var duties = reportingDuties.IsDefault ? [] : reportingDuties;
        IsLawEnforcementAffiliated = isLawEnforcementAffiliated;
        ReportingDuties = isMandatoryReporter == true ? duties.Add(Network.ReportingDuties.ChildAbuseOrNeglect.Code) : duties;
        AdheresToStandardOfCare = adheresToStandardOfCare;
        HasTraffickingTrainedStaff = hasTraffickingTrainedStaff;
        HasLicensedSocialWorkers = hasLicensedSocialWorkers;
        Visibility = visibility == default ? LocationVisibility.Public : visibility;
        Address = address;
        IntakeContact = intakeContact;
        ImmigrationPractice = immigrationPractice;
    }

    /// <summary>Gets the provider's stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the organisation's name.</summary>
    public string Name { get; }

    /// <summary>Gets the stakeholder category.</summary>
    public StakeholderCategory Category { get; }

    /// <summary>Gets whether the provider is, or is part of, a law-enforcement agency. A client who declined law-enforcement contact is never routed to it.</summary>
    public bool IsLawEnforcementAffiliated { get; init; }

    /// <summary>
    /// Gets the codes of the reporting duties the provider's staff have (see <see cref="Network.ReportingDuties"/>), sorted
    /// and distinct. A duty never excludes the provider; the match carries its notice.
    /// </summary>
    /// <exception cref="ArgumentException">A code is null, malformed or longer than 100 characters, or more than 64 codes are given.</exception>
    public ImmutableArray<string> ReportingDuties
    {
        get => reportingDuties;
        init => reportingDuties = ValidDutyCodes(value, nameof(ReportingDuties));
    }

    /// <summary>Gets whether the provider has agreed to the coalition's standard of care (seed 000).</summary>
    public bool AdheresToStandardOfCare { get; init; }

    /// <summary>Gets whether the provider's staff are trained on human trafficking.</summary>
    public bool HasTraffickingTrainedStaff { get; init; }

    /// <summary>Gets whether licensed social workers do the provider's case management (seed 000).</summary>
    public bool HasLicensedSocialWorkers { get; init; }

    /// <summary>Gets whether the provider's address may be shown; <see cref="LocationVisibility.Public"/> unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public LocationVisibility Visibility
    {
        get => visibility;
        init => visibility = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Visibility), value, "Unknown location visibility.");
    }

    /// <summary>Gets the street address, or <see langword="null"/>. Match results never show it for a confidential provider.</summary>
    /// <exception cref="ArgumentException">The value is longer than 200 characters.</exception>
    public string? Address
    {
        get => address;
        init => address = OptionalText(value, nameof(Address));
    }

    /// <summary>Gets how to reach intake (the "front door"): a phone number, e-mail or hotline; <see langword="null"/> when none is listed.</summary>
    /// <exception cref="ArgumentException">The value is longer than 200 characters.</exception>
    public string? IntakeContact
    {
        get => intakeContact;
        init => intakeContact = OptionalText(value, nameof(IntakeContact));
    }

    /// <summary>
    /// Gets who at the provider may represent a person in immigration matters (attorneys, accredited representatives,
    /// supervised students), or <see langword="null"/> when it records none; a practice that records nothing is stored as
    /// <see langword="null"/>. Only a provider whose standing is current at the match instant is a candidate for
    /// <c>legal-representation.immigration</c>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImmigrationPractice? ImmigrationPractice
    {
        get => immigrationPractice;
        init => immigrationPractice = value is { IsEmpty: false } ? value : null;
    }

    /// <summary>Gets the services offered, ordered by id.</summary>
    /// <exception cref="ArgumentException">A service is null or a service id repeats.</exception>
    public ImmutableArray<ServiceOffering> Services
    {
        get => services;
        init => services = ValidServices(value, nameof(Services));
    }

    /// <summary>Gets the address that may be shown: <see langword="null"/> for a confidential provider.</summary>
    [JsonIgnore]
    public string? PublicAddress => Visibility == LocationVisibility.Confidential ? null : Address;

    /// <summary>Gets <see langword="null"/>: the legacy flag is read from JSON (as the child-abuse duty) and never written.</summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "System.Text.Json binds instance properties only.")]
    internal bool? IsMandatoryReporter => null;

    /// <summary>Returns whether the provider declares the reporting duty with the given code.</summary>
    /// <param name="code">A duty code.</param>
    /// <returns><see langword="true"/> when declared.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool HasReportingDuty(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ImmutableArray.BinarySearch(ReportingDuties, code, StringComparer.Ordinal) >= 0;
    }

    /// <inheritdoc />
    public bool Equals(Provider? other) =>
        other is not null && Id == other.Id && Name == other.Name && Category == other.Category &&
        IsLawEnforcementAffiliated == other.IsLawEnforcementAffiliated && Equality.Sequence(ReportingDuties, other.ReportingDuties) &&
        AdheresToStandardOfCare == other.AdheresToStandardOfCare && HasTraffickingTrainedStaff == other.HasTraffickingTrainedStaff &&
        HasLicensedSocialWorkers == other.HasLicensedSocialWorkers && Visibility == other.Visibility && Address == other.Address &&
        IntakeContact == other.IntakeContact && Equals(ImmigrationPractice, other.ImmigrationPractice) && Equality.Sequence(Services, other.Services);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Category, Visibility, IntakeContact, Equality.SequenceHash(ReportingDuties), Equality.SequenceHash(Services));

    /// <summary>Returns the id and name; never a confidential address.</summary>
    /// <returns>For example <c>shelter-01 (Example Safe House)</c>.</returns>
    public override string ToString() => $"{Id} ({Name})";

    private static string? OptionalText(string? value, string paramName) =>
        string.IsNullOrWhiteSpace(value) ? null : Preconditions.BoundedText(value, Limits.Name, paramName);

    private static ImmutableArray<ServiceOffering> ValidServices(ImmutableArray<ServiceOffering> services, string paramName)
    {
        var list = services.IsDefault ? [] : services;
        Preconditions.NoNullElements(list, paramName);
        var sorted = list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Id == sorted[i - 1].Id)
            {
                throw new ArgumentException($"Service id {Preconditions.Quote(sorted[i].Id)} is listed twice.", paramName);
            }
        }

        return sorted;
    }

    private static ImmutableArray<string> ValidDutyCodes(ImmutableArray<string> codes, string paramName)
    {
        var list = codes.IsDefault ? [] : codes;
        Preconditions.NoNullElements(list, paramName);
        foreach (var code in list)
        {
            Preconditions.Code(code, Limits.Code, paramName);
        }

        var sorted = list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        return sorted.Length <= ReportingDutyLimit
            ? sorted
            : throw new ArgumentException($"A provider declares at most {ReportingDutyLimit} reporting duties.", paramName);
    }

    /// <summary>The most reporting duties one provider may declare.</summary>
    internal const int ReportingDutyLimit = 64;
}
