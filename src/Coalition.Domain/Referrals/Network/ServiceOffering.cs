using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// A service a provider offers (HSDS <c>service</c>): the needs it meets, who is eligible, languages, area, hours,
/// capacity, cost and how referrals reach it. Value-equal.
/// </summary>
/// <remarks>
/// An offering that lists a general need (<c>housing</c>) serves requests for its variants (<c>housing.emergency</c>), and
/// one that lists a variant serves requests for the general need.
/// </remarks>
public sealed record ServiceOffering
{
    /// <summary>Creates an offering.</summary>
    /// <param name="id">An id unique within the provider, such as <c>emergency-shelter</c>.</param>
    /// <param name="needs">The needs met; at least one, each once.</param>
    /// <param name="eligibility">Who is eligible.</param>
    /// <param name="languages">Languages spoken directly by staff (ISO 639), each once.</param>
    /// <param name="providesInterpretation">Whether interpretation is provided for other languages.</param>
    /// <param name="area">Where clients are served.</param>
    /// <param name="schedule">When it is open, or <see langword="null"/> when no schedule is published.</param>
    /// <param name="capacity">Its capacity.</param>
    /// <param name="cost">What it costs the client.</param>
    /// <param name="referralMethods">How referrals reach it.</param>
    /// <param name="isCulturallySpecific">Whether it is designed for a particular cultural or language community.</param>
    /// <exception cref="ArgumentNullException">A required reference is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed, no need is given, or a need or language repeats.</exception>
    public ServiceOffering(
        string id,
        ImmutableArray<ServiceNeed> needs,
        Eligibility eligibility,
        ImmutableArray<LanguageCode> languages,
        bool providesInterpretation,
        ServiceArea area,
        WeeklySchedule? schedule,
        Capacity capacity,
        CostKind cost,
        ReferralMethods referralMethods,
        bool isCulturallySpecific)
    {
        Identifiers.Validate(id, nameof(id));
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(capacity);
        var needList = needs.IsDefault ? [] : needs;
        Preconditions.NoNullElements(needList, nameof(needs));
        if (needList.IsEmpty || needList.Distinct().Count() != needList.Length)
        {
            throw new ArgumentException($"Offering '{id}' must meet at least one need, each listed once.", nameof(needs));
        }

        var languageList = languages.IsDefault ? [] : languages;
        if (languageList.Distinct().Count() != languageList.Length)
        {
            throw new ArgumentException($"Offering '{id}' lists a language twice.", nameof(languages));
        }

        if (!Enum.IsDefined(cost))
        {
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "Unknown cost kind.");
        }

        Id = id;
        Needs = needList;
        Eligibility = eligibility;
        Languages = languageList;
        ProvidesInterpretation = providesInterpretation;
        Area = area;
        Schedule = schedule;
        Capacity = capacity;
        Cost = cost;
        ReferralMethods = referralMethods;
        IsCulturallySpecific = isCulturallySpecific;
    }

    /// <summary>Gets the offering's id, unique within its provider.</summary>
    public string Id { get; }

    /// <summary>Gets the needs the offering meets.</summary>
    public ImmutableArray<ServiceNeed> Needs { get; }

    /// <summary>Gets who is eligible.</summary>
    public Eligibility Eligibility { get; }

    /// <summary>Gets the languages spoken directly.</summary>
    public ImmutableArray<LanguageCode> Languages { get; }

    /// <summary>Gets whether interpretation is provided.</summary>
    public bool ProvidesInterpretation { get; }

    /// <summary>Gets where clients are served.</summary>
    public ServiceArea Area { get; }

    /// <summary>Gets when the offering is open, or <see langword="null"/> when unknown.</summary>
    public WeeklySchedule? Schedule { get; }

    /// <summary>Gets the offering's capacity.</summary>
    public Capacity Capacity { get; }

    /// <summary>Gets what the offering costs the client.</summary>
    public CostKind Cost { get; }

    /// <summary>Gets how referrals reach the offering.</summary>
    public ReferralMethods ReferralMethods { get; }

    /// <summary>Gets whether the offering is designed for a particular cultural or language community.</summary>
    public bool IsCulturallySpecific { get; }

    /// <summary>Returns whether the offering serves <paramref name="need"/>: the same need, its general form, or one of its variants.</summary>
    /// <param name="need">A need.</param>
    /// <returns><see langword="true"/> when served.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="need"/> is null.</exception>
    public bool Serves(ServiceNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        foreach (var offered in Needs)
        {
            if (offered == need || need.Parent == offered || offered.Parent == need)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns a copy with another capacity.</summary>
    /// <param name="capacity">The new capacity.</param>
    /// <returns>The updated offering.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="capacity"/> is null.</exception>
    public ServiceOffering WithCapacity(Capacity capacity) =>
        new(Id, Needs, Eligibility, Languages, ProvidesInterpretation, Area, Schedule, Preconditions.NotNull(capacity, nameof(capacity)), Cost, ReferralMethods, IsCulturallySpecific);

    /// <inheritdoc />
    public bool Equals(ServiceOffering? other) =>
        other is not null && Id == other.Id && Equality.Sequence(Needs, other.Needs) && Eligibility == other.Eligibility &&
        Equality.Sequence(Languages, other.Languages) && ProvidesInterpretation == other.ProvidesInterpretation && Area == other.Area &&
        Schedule == other.Schedule && Capacity == other.Capacity && Cost == other.Cost && ReferralMethods == other.ReferralMethods &&
        IsCulturallySpecific == other.IsCulturallySpecific;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Equality.SequenceHash(Needs), Eligibility, Equality.SequenceHash(Languages), Area, Schedule, Capacity);

    /// <summary>Returns the offering's id and needs.</summary>
    /// <returns>For example <c>emergency-shelter (housing.emergency, food)</c>.</returns>
    public override string ToString() => $"{Id} ({string.Join(", ", Needs)})";
}
