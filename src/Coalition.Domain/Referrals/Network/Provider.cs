using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// An organisation in a coalition's referral network (HSDS <c>organization</c>) with the services it offers.
/// Organisational data only: it holds no client data. Value-equal.
/// </summary>
public sealed record Provider
{
    /// <summary>Creates a provider.</summary>
    /// <param name="id">A stable id, unique in the network.</param>
    /// <param name="name">The organisation's name.</param>
    /// <param name="category">The stakeholder category.</param>
    /// <param name="isLawEnforcementAffiliated">Whether it is, or is part of, a law-enforcement agency.</param>
    /// <param name="isMandatoryReporter">Whether its staff must report to authorities.</param>
    /// <param name="adheresToStandardOfCare">Whether it has agreed to the coalition's standard of care (seed 000).</param>
    /// <param name="hasTraffickingTrainedStaff">Whether its staff are trained on human trafficking.</param>
    /// <param name="hasLicensedSocialWorkers">Whether licensed social workers do its case management (seed 000).</param>
    /// <param name="visibility">Whether its address may be shown.</param>
    /// <param name="address">Its street address, or <see langword="null"/>; never shown when confidential.</param>
    /// <param name="intakeContact">How to reach intake (the "front door"): a phone number, e-mail or hotline.</param>
    /// <param name="services">The services it offers, with ids unique within the provider.</param>
    /// <exception cref="ArgumentNullException">A required reference is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed, a text is blank, or a service id repeats.</exception>
    public Provider(
        string id,
        string name,
        StakeholderCategory category,
        bool isLawEnforcementAffiliated,
        bool isMandatoryReporter,
        bool adheresToStandardOfCare,
        bool hasTraffickingTrainedStaff,
        bool hasLicensedSocialWorkers,
        LocationVisibility visibility,
        string? address,
        string intakeContact,
        ImmutableArray<ServiceOffering> services)
    {
        Identifiers.Validate(id, nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeContact);
        if (!Enum.IsDefined(visibility))
        {
            throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "Unknown location visibility.");
        }

        var list = services.IsDefault ? [] : services;
        Preconditions.NoNullElements(list, nameof(services));
        if (list.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException($"Provider '{id}' lists a service id twice.", nameof(services));
        }

        Id = id;
        Name = name;
        Category = category;
        IsLawEnforcementAffiliated = isLawEnforcementAffiliated;
        IsMandatoryReporter = isMandatoryReporter;
        AdheresToStandardOfCare = adheresToStandardOfCare;
        HasTraffickingTrainedStaff = hasTraffickingTrainedStaff;
        HasLicensedSocialWorkers = hasLicensedSocialWorkers;
        Visibility = visibility;
        Address = string.IsNullOrWhiteSpace(address) ? null : address;
        IntakeContact = intakeContact;
        Services = [.. list.OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>Gets the provider's stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the organisation's name.</summary>
    public string Name { get; }

    /// <summary>Gets the stakeholder category.</summary>
    public StakeholderCategory Category { get; }

    /// <summary>Gets whether the provider is affiliated with law enforcement.</summary>
    public bool IsLawEnforcementAffiliated { get; }

    /// <summary>Gets whether the provider's staff are mandatory reporters.</summary>
    public bool IsMandatoryReporter { get; }

    /// <summary>Gets whether the provider adheres to the coalition's standard of care.</summary>
    public bool AdheresToStandardOfCare { get; }

    /// <summary>Gets whether the provider's staff are trained on human trafficking.</summary>
    public bool HasTraffickingTrainedStaff { get; }

    /// <summary>Gets whether licensed social workers do the provider's case management.</summary>
    public bool HasLicensedSocialWorkers { get; }

    /// <summary>Gets whether the provider's address may be shown.</summary>
    public LocationVisibility Visibility { get; }

    /// <summary>Gets the street address, or <see langword="null"/>. Match results never show it for a confidential provider.</summary>
    public string? Address { get; }

    /// <summary>Gets how to reach intake.</summary>
    public string IntakeContact { get; }

    /// <summary>Gets the services offered, ordered by id.</summary>
    public ImmutableArray<ServiceOffering> Services { get; }

    /// <summary>Gets the address that may be shown: <see langword="null"/> for a confidential provider.</summary>
    public string? PublicAddress => Visibility == LocationVisibility.Confidential ? null : Address;

    /// <inheritdoc />
    public bool Equals(Provider? other) =>
        other is not null && Id == other.Id && Name == other.Name && Category == other.Category &&
        IsLawEnforcementAffiliated == other.IsLawEnforcementAffiliated && IsMandatoryReporter == other.IsMandatoryReporter &&
        AdheresToStandardOfCare == other.AdheresToStandardOfCare && HasTraffickingTrainedStaff == other.HasTraffickingTrainedStaff &&
        HasLicensedSocialWorkers == other.HasLicensedSocialWorkers && Visibility == other.Visibility && Address == other.Address &&
        IntakeContact == other.IntakeContact && Equality.Sequence(Services, other.Services);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Category, Visibility, IntakeContact, Equality.SequenceHash(Services));

    /// <summary>Returns the id and name; never a confidential address.</summary>
    /// <returns>For example <c>shelter-01 (Example Safe House)</c>.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
