using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using Coalition.Domain.Law;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Referrals.Clients;

/// <summary>
/// A de-identified client profile: only what matching needs. It never holds a name, and a date of birth is reduced to an
/// age before it reaches the profile (<see cref="AgeOn"/>). <see cref="ToString"/> prints no personal data.
/// </summary>
/// <remarks>
/// <para><b>Unknown is not "no".</b> An unknown age, gender, area or population never excludes a provider: the candidate is
/// marked to confirm. A client whose age is unknown is protected as a possible minor (see <see cref="AgeTreatment"/>).</para>
/// <para><b>The client's own choices</b> (<see cref="ExcludedCategories"/>, <see cref="ExcludedProviders"/>) are hard for
/// every need, with no emergency override: choice and control are principles of trauma-informed practice.</para>
/// <para>Create a profile with its needs and consent and name the rest:</para>
/// <code>
/// var client = new ClientProfile([new ClientNeed(ServiceNeeds.HousingEmergency, NeedUrgency.Immediate)], ClientConsent.DeclinesLawEnforcement)
/// {
///     AgeYears = 16,
///     Languages = [new LanguageCode("es")],
///     ExcludedCategories = [StakeholderCategories.FaithBased],
/// };
/// </code>
/// </remarks>
public sealed record ClientProfile
{
    private const Populations AllPopulations = Populations.ForeignNational | Populations.Lgbtq | Populations.Pregnant | Populations.WithChildren;
    private const ClientCircumstances AllCircumstances = ClientCircumstances.InjuryFromViolence | ClientCircumstances.SexualAssault | ClientCircumstances.VulnerableAdult | ClientCircumstances.RiskOfHarm;

    /// <summary>The most languages a profile may list.</summary>
    public const int MaxLanguages = 50;

    /// <summary>The most providers a profile may exclude by id.</summary>
    public const int MaxExcludedProviders = 1000;

    private readonly decimal? ageYears;
    private readonly Genders? gender;
    private readonly ImmutableArray<LanguageCode> languages = [];
    private readonly Populations populations;
    private readonly Populations unknownPopulations;
    private readonly TraffickingTypes traffickingTypes;
    private readonly string? area;
    private readonly ClientCircumstances circumstances;
    private readonly ClientCircumstances ruledOutCircumstances;
    private readonly ImmutableArray<StakeholderCategory> excludedCategories = [];
    private readonly ImmutableArray<string> excludedProviders = [];
    private readonly ImmutableArray<ClientNeed> needs;
    private readonly ClientConsent consent;

    /// <summary>Creates a profile; set its other attributes with an object initializer. Everything not set is unknown or none.</summary>
    /// <param name="needs">The needs, at least one, each need once.</param>
    /// <param name="consent">The client's consent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="consent"/> is null.</exception>
    /// <exception cref="ArgumentException">No need is given, or a need is null or repeats.</exception>
    public ClientProfile(ImmutableArray<ClientNeed> needs, ClientConsent consent)
    {
        this.consent = Preconditions.NotNull(consent, nameof(consent));
        this.needs = ValidNeeds(needs, nameof(needs));
    }

    /// <summary>Creates a profile from its JSON form.</summary>
    [JsonConstructor]
    internal ClientProfile(
        decimal? ageYears,
        Genders? gender,
        ImmutableArray<LanguageCode> languages,
        Populations populations,
        Populations unknownPopulations,
        TraffickingTypes traffickingTypes,
        string? area,
        ClientCircumstances circumstances,
        ClientCircumstances ruledOutCircumstances,
        bool lacksDecisionCapacity,
        ImmutableArray<StakeholderCategory> excludedCategories,
        ImmutableArray<string> excludedProviders,
        ImmutableArray<ClientNeed> needs,
        ClientConsent consent)
        : this(needs, consent)
    {
        AgeYears = ageYears;
        Gender = gender;
        Languages = languages;
        Populations = populations;
        UnknownPopulations = unknownPopulations;
        TraffickingTypes = traffickingTypes;
        Area = area;
        Circumstances = circumstances;
        RuledOutCircumstances = ruledOutCircumstances;
        LacksDecisionCapacity = lacksDecisionCapacity;
        ExcludedCategories = excludedCategories;
        ExcludedProviders = excludedProviders;
    }

    /// <summary>Gets the age in years (may be fractional), or <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The age is outside 0 to 130 (the value is not echoed).</exception>
    public decimal? AgeYears
    {
        get => ageYears;
        init => ageYears = value is < 0 or > 130
            ? throw new ArgumentOutOfRangeException(nameof(AgeYears), "An age must be between 0 and 130 years.")
            : value;
    }

    /// <summary>Gets the gender (a single flag), or <see langword="null"/> when not stated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a single defined flag (the value is not echoed).</exception>
    public Genders? Gender
    {
        get => gender;
        init => gender = value is null or Genders.Female or Genders.Male or Genders.NonBinary
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Gender), "A client's gender is one of female, male or non-binary, or not stated.");
    }

    /// <summary>Gets the preferred languages, most preferred first, each once.</summary>
    /// <exception cref="ArgumentException">A language repeats.</exception>
    public ImmutableArray<LanguageCode> Languages
    {
        get => languages;
        init
        {
            var list = value.IsDefault ? [] : value;
            if (list.Length > MaxLanguages)
            {
                throw new ArgumentOutOfRangeException(nameof(Languages), $"A client lists at most {MaxLanguages} languages.");
            }

            languages = list.Distinct().Count() == list.Length ? list : throw new ArgumentException("A language is listed twice.", nameof(Languages));
        }
    }

    /// <summary>Gets the populations the client is known to belong to.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flag is set, or a flag is also in <see cref="UnknownPopulations"/>.</exception>
    public Populations Populations
    {
        get => populations;
        init => populations = ValidPopulations(value, unknownPopulations, nameof(Populations));
    }

    /// <summary>
    /// Gets the populations whose membership is unknown (for example "with children: not asked yet"). An unknown population
    /// never excludes a provider; the candidate is marked to confirm. Populations in neither set are known non-memberships.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flag is set, or a flag is also in <see cref="Populations"/>.</exception>
    public Populations UnknownPopulations
    {
        get => unknownPopulations;
        init => unknownPopulations = ValidPopulations(value, populations, nameof(UnknownPopulations));
    }

    /// <summary>Gets the forms of trafficking experienced, or <see cref="TraffickingTypes.None"/> when not stated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flag is set.</exception>
    public TraffickingTypes TraffickingTypes
    {
        get => traffickingTypes;
        init => traffickingTypes = (value & ~TraffickingTypes.Any) == 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TraffickingTypes), "Forms of trafficking must be defined flags.");
    }

    /// <summary>Gets the client's area code, or <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentException">The code is longer than 100 characters.</exception>
    public string? Area
    {
        get => area;
        init => area = string.IsNullOrWhiteSpace(value) ? null : Preconditions.BoundedText(value, ServiceArea.MaxAreaLength, nameof(Area));
    }

    /// <summary>Gets the circumstances known to be present (they decide whether some reporting duties apply).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flag is set, or a flag is also ruled out.</exception>
    public ClientCircumstances Circumstances
    {
        get => circumstances;
        init => circumstances = ValidCircumstances(value, ruledOutCircumstances, nameof(Circumstances));
    }

    /// <summary>Gets the circumstances known to be absent. Circumstances in neither set are unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined flag is set, or a flag is also present.</exception>
    public ClientCircumstances RuledOutCircumstances
    {
        get => ruledOutCircumstances;
        init => ruledOutCircumstances = ValidCircumstances(value, circumstances, nameof(RuledOutCircumstances));
    }

    /// <summary>
    /// Gets whether the client has been assessed as lacking the capacity to make the decision at hand. Adults are presumed
    /// to have capacity; mark this only after an assessment. Such a client keeps a minor's protections for immediate needs.
    /// </summary>
    public bool LacksDecisionCapacity { get; init; }

    /// <summary>Gets the stakeholder categories the client chose not to be referred to (a category covers its sub-categories), sorted by code.</summary>
    /// <exception cref="ArgumentException">A category is null.</exception>
    public ImmutableArray<StakeholderCategory> ExcludedCategories
    {
        get => excludedCategories;
        init
        {
            var list = value.IsDefault ? [] : value;
            Preconditions.NoNullElements(list, nameof(ExcludedCategories));
            excludedCategories = [.. list.Distinct().OrderBy(c => c.Code, StringComparer.Ordinal)];
        }
    }

    /// <summary>Gets the ids of providers the client chose not to be referred to, for example "not the agency my trafficker knows", sorted.</summary>
    /// <exception cref="ArgumentException">An id is null or malformed.</exception>
    public ImmutableArray<string> ExcludedProviders
    {
        get => excludedProviders;
        init
        {
            var list = value.IsDefault ? [] : value;
            if (list.Length > MaxExcludedProviders)
            {
                throw new ArgumentOutOfRangeException(nameof(ExcludedProviders), $"A client excludes at most {MaxExcludedProviders} providers by id.");
            }

            foreach (var id in list)
            {
                Identifiers.Validate(id, nameof(ExcludedProviders));
            }

            excludedProviders = [.. list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>Gets the needs, in the order given.</summary>
    /// <exception cref="ArgumentException">No need is given, or a need is null or repeats.</exception>
    public ImmutableArray<ClientNeed> Needs
    {
        get => needs;
        init => needs = ValidNeeds(value, nameof(Needs));
    }

    /// <summary>Gets the client's consent.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ClientConsent Consent
    {
        get => consent;
        init => consent = Preconditions.NotNull(value, nameof(Consent));
    }

    /// <summary>Gets whether the client is a minor: <see langword="true"/> under 18, <see langword="false"/> 18 or over, <see langword="null"/> when the age is unknown.</summary>
    [JsonIgnore]
    public bool? IsMinor => AgeYears is { } age ? age < LegalAge.Majority : null;

    /// <summary>Gets how the rules treat the client's age: a client whose age is unknown is protected as a possible minor.</summary>
    [JsonIgnore]
    public AgeTreatment AgeTreatment => IsMinor switch
    {
        true => AgeTreatment.Minor,
        false => AgeTreatment.Adult,
        null => AgeTreatment.PossibleMinor,
    };

    /// <summary>Returns the age in years on <paramref name="referenceDate"/>, with the fraction of the current year, so that the date of birth need not be stored.</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="referenceDate">The date to measure on (pass it explicitly; nothing reads the clock).</param>
    /// <returns>The age, to three decimals, never rounded up to the next birthday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referenceDate"/> is before <paramref name="dateOfBirth"/>.</exception>
    public static decimal AgeOn(LocalDate dateOfBirth, LocalDate referenceDate)
    {
        var years = LegalAge.YearsOn(dateOfBirth, referenceDate);
        var last = LegalAge.Birthday(dateOfBirth, years);
        var next = LegalAge.Birthday(dateOfBirth, years + 1);
        var fraction = (decimal)Period.Between(last, referenceDate, PeriodUnits.Days).Days / Period.Between(last, next, PeriodUnits.Days).Days;
        return years + (Math.Floor(fraction * 1000) / 1000);
    }

    /// <summary>Returns a copy with other needs.</summary>
    /// <param name="needs">The needs.</param>
    /// <returns>The updated profile.</returns>
    /// <exception cref="ArgumentException">No need is given, or a need repeats.</exception>
    public ClientProfile WithNeeds(ImmutableArray<ClientNeed> needs) => this with { Needs = needs };

    /// <summary>Returns a copy with other consent.</summary>
    /// <param name="consent">The consent.</param>
    /// <returns>The updated profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="consent"/> is null.</exception>
    public ClientProfile WithConsent(ClientConsent consent) => this with { Consent = Preconditions.NotNull(consent, nameof(consent)) };

    /// <inheritdoc />
    public bool Equals(ClientProfile? other) =>
        other is not null && AgeYears == other.AgeYears && Gender == other.Gender && Equality.Sequence(Languages, other.Languages) &&
        Populations == other.Populations && UnknownPopulations == other.UnknownPopulations && TraffickingTypes == other.TraffickingTypes &&
        Area == other.Area && Circumstances == other.Circumstances && RuledOutCircumstances == other.RuledOutCircumstances &&
        LacksDecisionCapacity == other.LacksDecisionCapacity && Equality.Sequence(ExcludedCategories, other.ExcludedCategories) &&
        Equality.Sequence(ExcludedProviders, other.ExcludedProviders) && Equality.Sequence(Needs, other.Needs) && Consent == other.Consent;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        HashCode.Combine(AgeYears, Gender, Equality.SequenceHash(Languages), Populations, UnknownPopulations, TraffickingTypes, Area),
        HashCode.Combine(Circumstances, RuledOutCircumstances, LacksDecisionCapacity, Equality.SequenceHash(ExcludedCategories), Equality.SequenceHash(ExcludedProviders)),
        Equality.SequenceHash(Needs),
        Consent);

    /// <summary>Returns the number of needs only: a profile's details are personal data and are never printed.</summary>
    /// <returns>For example <c>client profile (3 needs)</c>.</returns>
    public override string ToString() => $"client profile ({Needs.Length} needs)";

    private static ImmutableArray<ClientNeed> ValidNeeds(ImmutableArray<ClientNeed> needs, string paramName)
    {
        var list = needs.IsDefault ? [] : needs;
        Preconditions.NoNullElements(list, paramName);
        if (list.IsEmpty || list.Select(n => n.Need).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("A client profile needs at least one need, each listed once.", paramName);
        }

        return list;
    }

    private static Populations ValidPopulations(Populations value, Populations other, string paramName)
    {
        if ((value & ~AllPopulations) != 0)
        {
            throw new ArgumentOutOfRangeException(paramName, "Populations must be defined flags.");
        }

        return (value & other) == 0
            ? value
            : throw new ArgumentOutOfRangeException(paramName, "A population cannot be both a known membership and unknown.");
    }

    private static ClientCircumstances ValidCircumstances(ClientCircumstances value, ClientCircumstances other, string paramName)
    {
        if ((value & ~AllCircumstances) != 0)
        {
            throw new ArgumentOutOfRangeException(paramName, "Circumstances must be defined flags.");
        }

        return (value & other) == 0
            ? value
            : throw new ArgumentOutOfRangeException(paramName, "A circumstance cannot be both present and ruled out.");
    }
}
