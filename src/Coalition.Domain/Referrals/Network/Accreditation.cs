using NodaTime;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// A Department of Justice accreditation held by one of a provider's staff, as a representative of a recognized
/// organization (8 CFR 292.1(a)(4), 8 CFR 1292.11–1292.12): its scope and the last day it is valid. Value-equal; no name.
/// </summary>
/// <remarks>
/// Accreditation lasts three years and is renewed by the recognized organization (8 CFR 1292.16); the roster of accredited
/// representatives is published by EOIR. The library does not check the roster: it trusts the date the coalition records.
/// An accreditation counts as expired from 00:00 UTC on the day after <see cref="ValidThrough"/>, which in US time zones is
/// the evening of its last day: an expired accreditation is never shown as current, at the cost of a few hours.
/// </remarks>
public sealed record Accreditation
{
    /// <summary>Creates an accreditation.</summary>
    /// <param name="scope">Partial (DHS only) or full (DHS and the immigration courts).</param>
    /// <param name="validThrough">The last day the accreditation is valid, in the ISO calendar.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="validThrough"/> is not in the ISO calendar.</exception>
    public Accreditation(AccreditationScope scope, LocalDate validThrough)
    {
        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown accreditation scope.");
        }

        if (validThrough.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The date must be in the ISO calendar, not {validThrough.Calendar.Id}.", nameof(validThrough));
        }

        Scope = scope;
        ValidThrough = validThrough;
    }

    /// <summary>Gets the scope: DHS only, or DHS and the immigration courts.</summary>
    public AccreditationScope Scope { get; }

    /// <summary>Gets the last day the accreditation is valid.</summary>
    public LocalDate ValidThrough { get; }

    /// <summary>Gets the first instant at which the accreditation counts as expired: 00:00 UTC on the day after <see cref="ValidThrough"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Instant ExpiresAt => ValidThrough.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    /// <summary>Returns whether the accreditation is current at <paramref name="at"/>.</summary>
    /// <param name="at">The instant, such as the instant of a match.</param>
    /// <returns><see langword="true"/> before <see cref="ExpiresAt"/>.</returns>
    public bool IsCurrentAt(Instant at) => at < ExpiresAt;

    /// <summary>Returns the scope and date, for example <c>full through 2027-06-30</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => FormattableString.Invariant($"{(Scope == AccreditationScope.Full ? "full" : "partial")} through {ValidThrough:uuuu-MM-dd}");
}
