using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Law;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Clients;

/// <summary>
/// A de-identified client profile: only what matching needs. It never holds a name, and a date of birth is reduced to an
/// age at construction. <see cref="ToString"/> prints no personal data. Unknown attributes (age, gender, area) do not
/// exclude a provider; the match asks for them to be confirmed.
/// </summary>
public sealed record ClientProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="ageYears">The age in years (may be fractional), or <see langword="null"/> when unknown.</param>
    /// <param name="gender">The client's gender (a single flag), or <see langword="null"/> when not stated.</param>
    /// <param name="languages">Preferred languages, most preferred first, each once.</param>
    /// <param name="populations">The populations the client belongs to.</param>
    /// <param name="traffickingTypes">The forms of trafficking experienced, or <see cref="TraffickingTypes.None"/> when not stated.</param>
    /// <param name="area">The client's area code, or <see langword="null"/> when unknown.</param>
    /// <param name="needs">The needs, at least one, each need once.</param>
    /// <param name="consent">The client's consent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="consent"/> is null.</exception>
    /// <exception cref="ArgumentException">No need is given, a need or language repeats, or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The age is outside 0 to 130, or the gender is not a single defined flag.</exception>
    public ClientProfile(
        decimal? ageYears,
        Genders? gender,
        ImmutableArray<LanguageCode> languages,
        Populations populations,
        TraffickingTypes traffickingTypes,
        string? area,
        ImmutableArray<ClientNeed> needs,
        ClientConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (ageYears is < 0 or > 130)
        {
            throw new ArgumentOutOfRangeException(nameof(ageYears), "An age must be between 0 and 130 years.");
        }

        if (gender is { } g && g is not (Genders.Female or Genders.Male or Genders.NonBinary))
        {
            // The value is not echoed: a profile's attributes are personal data and never appear in messages.
            throw new ArgumentOutOfRangeException(nameof(gender), "A client's gender is one of female, male or non-binary, or not stated.");
        }

        var needList = needs.IsDefault ? [] : needs;
        Preconditions.NoNullElements(needList, nameof(needs));
        if (needList.IsEmpty || needList.Select(n => n.Need).Distinct().Count() != needList.Length)
        {
            throw new ArgumentException("A client profile needs at least one need, each listed once.", nameof(needs));
        }

        var languageList = languages.IsDefault ? [] : languages;
        if (languageList.Distinct().Count() != languageList.Length)
        {
            throw new ArgumentException("A language is listed twice.", nameof(languages));
        }

        AgeYears = ageYears;
        Gender = gender;
        Languages = languageList;
        Populations = populations;
        TraffickingTypes = traffickingTypes;
        Area = string.IsNullOrWhiteSpace(area) ? null : area;
        Needs = needList;
        Consent = consent;
    }

    /// <summary>Gets the age in years, or <see langword="null"/> when unknown.</summary>
    public decimal? AgeYears { get; }

    /// <summary>Gets the gender, or <see langword="null"/> when not stated.</summary>
    public Genders? Gender { get; }

    /// <summary>Gets the preferred languages, most preferred first.</summary>
    public ImmutableArray<LanguageCode> Languages { get; }

    /// <summary>Gets the populations the client belongs to.</summary>
    public Populations Populations { get; }

    /// <summary>Gets the forms of trafficking experienced.</summary>
    public TraffickingTypes TraffickingTypes { get; }

    /// <summary>Gets the client's area code, or <see langword="null"/>.</summary>
    public string? Area { get; }

    /// <summary>Gets the needs, in the order given.</summary>
    public ImmutableArray<ClientNeed> Needs { get; }

    /// <summary>Gets the client's consent.</summary>
    public ClientConsent Consent { get; }

    /// <summary>Gets whether the client is a minor: <see langword="true"/> under 18, <see langword="false"/> 18 or over, <see langword="null"/> when the age is unknown.</summary>
    public bool? IsMinor => AgeYears is { } age ? age < LegalAge.Majority : null;

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
    public ClientProfile WithNeeds(ImmutableArray<ClientNeed> needs) => new(AgeYears, Gender, Languages, Populations, TraffickingTypes, Area, needs, Consent);

    /// <summary>Returns a copy with other consent.</summary>
    /// <param name="consent">The consent.</param>
    /// <returns>The updated profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="consent"/> is null.</exception>
    public ClientProfile WithConsent(ClientConsent consent) => new(AgeYears, Gender, Languages, Populations, TraffickingTypes, Area, Needs, consent);

    /// <inheritdoc />
    public bool Equals(ClientProfile? other) =>
        other is not null && AgeYears == other.AgeYears && Gender == other.Gender && Equality.Sequence(Languages, other.Languages) &&
        Populations == other.Populations && TraffickingTypes == other.TraffickingTypes && Area == other.Area &&
        Equality.Sequence(Needs, other.Needs) && Consent == other.Consent;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AgeYears, Gender, Equality.SequenceHash(Languages), Populations, TraffickingTypes, Area, Equality.SequenceHash(Needs), Consent);

    /// <summary>Returns the number of needs only: a profile's details are personal data and are never printed.</summary>
    /// <returns>For example <c>client profile (3 needs)</c>.</returns>
    public override string ToString() => $"client profile ({Needs.Length} needs)";
}
