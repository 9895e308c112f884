using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// A service a provider offers (HSDS <c>service</c>): the needs it meets, who is eligible, languages, area, hours,
/// capacity, cost and how referrals reach it. Value-equal.
/// </summary>
/// <remarks>
/// <para>An offering that lists a general need (<c>housing</c>) serves requests for its variants (<c>housing.emergency</c>), and
/// one that lists a variant serves requests for the general need.</para>
/// <para>Create an offering with its id and needs and name the rest; unset attributes have documented defaults (everyone
/// eligible, no language listed, no interpretation, anywhere, no published schedule, capacity unknown, cost unknown, no
/// referral method stated):</para>
/// <code>
/// var shelter = new ServiceOffering("emergency-shelter", [ServiceNeeds.HousingEmergency])
/// {
///     Eligibility = new Eligibility(AgeRange.Adults, Genders.Female, Populations.None, Populations.None, TraffickingTypes.Any),
///     Schedule = WeeklySchedule.AlwaysOpen("America/Chicago"),
///     ProvidesInterpretation = true,
/// };
/// </code>
/// </remarks>
public sealed record ServiceOffering
{
    private readonly ImmutableArray<ServiceNeed> needs;
    private readonly Eligibility eligibility = Eligibility.Everyone;
    private readonly ImmutableArray<LanguageCode> languages = [];
    private readonly ServiceArea area = ServiceArea.Anywhere;
    private readonly Capacity capacity = Capacity.Unknown;
    private readonly CostKind cost = CostKind.Unknown;
    private readonly ReferralMethods referralMethods = ReferralMethods.None;

    /// <summary>Creates an offering; set its other attributes with an object initializer.</summary>
    /// <param name="id">An id unique within the provider, such as <c>emergency-shelter</c>.</param>
    /// <param name="needs">The needs met; at least one, each once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed, or no need is given, a need is null or repeats.</exception>
    public ServiceOffering(string id, ImmutableArray<ServiceNeed> needs)
    {
        Identifiers.Validate(id, nameof(id));
        Id = id;
        this.needs = ValidNeeds(needs, nameof(needs));
    }

    /// <summary>Creates an offering from its JSON form.</summary>
    [JsonConstructor]
    internal ServiceOffering(
        string id,
        ImmutableArray<ServiceNeed> needs,
        Eligibility? eligibility,
        ImmutableArray<LanguageCode> languages,
        bool providesInterpretation,
        ServiceArea? area,
        WeeklySchedule? schedule,
        Capacity? capacity,
        CostKind cost,
        ReferralMethods referralMethods,
        bool isCulturallySpecific)
        : this(id, needs)
    {
        Eligibility = eligibility ?? Eligibility.Everyone;
        Languages = languages;
        ProvidesInterpretation = providesInterpretation;
        Area = area ?? ServiceArea.Anywhere;
        Schedule = schedule;
        Capacity = capacity ?? Capacity.Unknown;
        Cost = cost;
        ReferralMethods = referralMethods;
        IsCulturallySpecific = isCulturallySpecific;
    }

    /// <summary>Gets the offering's id, unique within its provider.</summary>
    public string Id { get; }

    /// <summary>Gets the needs the offering meets.</summary>
    /// <exception cref="ArgumentException">No need is given, or a need is null or repeats.</exception>
    public ImmutableArray<ServiceNeed> Needs
    {
        get => needs;
        init => needs = ValidNeeds(value, nameof(Needs));
    }

    /// <summary>Gets who is eligible; <see cref="Eligibility.Everyone"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public Eligibility Eligibility
    {
        get => eligibility;
        init => eligibility = Preconditions.NotNull(value, nameof(Eligibility));
    }

    /// <summary>Gets the languages spoken directly by staff (ISO 639), each once.</summary>
    /// <exception cref="ArgumentException">A language repeats.</exception>
    public ImmutableArray<LanguageCode> Languages
    {
        get => languages;
        init => languages = ValidLanguages(value, nameof(Languages));
    }

    /// <summary>Gets whether interpretation is provided for other languages.</summary>
    public bool ProvidesInterpretation { get; init; }

    /// <summary>Gets where clients are served; <see cref="ServiceArea.Anywhere"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ServiceArea Area
    {
        get => area;
        init => area = Preconditions.NotNull(value, nameof(Area));
    }

    /// <summary>Gets when the offering is open, or <see langword="null"/> when no schedule is published.</summary>
    public WeeklySchedule? Schedule { get; init; }

    /// <summary>Gets the offering's capacity; <see cref="Capacity.Unknown"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public Capacity Capacity
    {
        get => capacity;
        init => capacity = Preconditions.NotNull(value, nameof(Capacity));
    }

    /// <summary>Gets what the offering costs the client.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public CostKind Cost
    {
        get => cost;
        init => cost = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Cost), value, "Unknown cost kind.");
    }

    /// <summary>Gets how referrals reach the offering.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has undefined flags.</exception>
    public ReferralMethods ReferralMethods
    {
        get => referralMethods;
        init => referralMethods = (value & ~ReferralMethodsAll) == 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ReferralMethods), value, "Referral methods must be defined flags.");
    }

    /// <summary>Gets whether the offering is designed for a particular cultural or language community.</summary>
    public bool IsCulturallySpecific { get; init; }

    private static ReferralMethods ReferralMethodsAll =>
        ReferralMethods.Phone | ReferralMethods.Email | ReferralMethods.WalkIn | ReferralMethods.Fax | ReferralMethods.Electronic | ReferralMethods.SecureEmail | ReferralMethods.Mail;

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
    public ServiceOffering WithCapacity(Capacity capacity) => this with { Capacity = Preconditions.NotNull(capacity, nameof(capacity)) };

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

    private static ImmutableArray<ServiceNeed> ValidNeeds(ImmutableArray<ServiceNeed> needs, string paramName)
    {
        var list = needs.IsDefault ? [] : needs;
        Preconditions.NoNullElements(list, paramName);
        if (list.IsEmpty || list.Distinct().Count() != list.Length)
        {
            throw new ArgumentException("An offering must meet at least one need, each listed once.", paramName);
        }

        return list;
    }

    private static ImmutableArray<LanguageCode> ValidLanguages(ImmutableArray<LanguageCode> languages, string paramName)
    {
        var list = languages.IsDefault ? [] : languages;
        return list.Distinct().Count() == list.Length ? list : throw new ArgumentException("A language is listed twice.", paramName);
    }
}
