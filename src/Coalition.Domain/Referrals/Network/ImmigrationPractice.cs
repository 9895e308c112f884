using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// Who at a provider may represent a person in immigration matters (8 CFR 292.1): an attorney licensed in any US state,
/// possession, territory or the District of Columbia; Department of Justice accredited representatives of a recognized
/// organization, each with a scope and an expiry; and, as a fact only, supervised law students and graduates. Value-equal.
/// </summary>
/// <remarks>
/// Only providers whose standing is current may be candidates for <c>legal-representation.immigration</c>
/// (<see cref="Matching.Rules.ImmigrationRepresentation"/>). Supervised law students and graduates (8 CFR 292.1(a)(2)) may
/// appear only under an attorney's or accredited representative's supervision, so they never qualify a provider alone.
/// A community organisation that is neither may offer <c>immigration-navigation</c> instead.
/// </remarks>
public sealed record ImmigrationPractice
{
    private readonly ImmutableArray<Accreditation> accreditations = [];

    /// <summary>Gets whether the provider has an attorney licensed in a US state, possession, territory or the District of Columbia (8 CFR 1.2).</summary>
    public bool HasLicensedAttorney { get; init; }

    /// <summary>Gets the accreditations of the provider's accredited representatives, ordered by date, then scope; duplicates kept (two people may hold the same).</summary>
    /// <exception cref="ArgumentException">An accreditation is null, or more than 100,000 are given.</exception>
    public ImmutableArray<Accreditation> Accreditations
    {
        get => accreditations;
        init => accreditations = [.. Preconditions.Elements(value, Limits.Items, nameof(Accreditations)).OrderBy(a => a.ValidThrough).ThenBy(a => a.Scope)];
    }

    /// <summary>Gets whether supervised law students or law graduates work on cases (8 CFR 292.1(a)(2)); a fact shown to advocates, never a qualification alone.</summary>
    public bool HasSupervisedStudents { get; init; }

    /// <summary>Gets whether the practice records nothing: no attorney, no accreditation, no students.</summary>
    [JsonIgnore]
    public bool IsEmpty => !HasLicensedAttorney && Accreditations.IsEmpty && !HasSupervisedStudents;

    /// <summary>Returns the provider's standing at an instant: an attorney first, then the widest current accreditation, then whether any accreditation has expired.</summary>
    /// <param name="at">The instant, such as the instant of a match.</param>
    /// <returns>The standing.</returns>
    public RepresentationStanding StandingAt(Instant at)
    {
        if (HasLicensedAttorney)
        {
            return RepresentationStanding.LicensedAttorney;
        }

        var standing = RepresentationStanding.None;
        foreach (var accreditation in Accreditations)
        {
            var current = !accreditation.IsCurrentAt(at)
                ? RepresentationStanding.Expired
                : accreditation.Scope == AccreditationScope.Full ? RepresentationStanding.AccreditedFull : RepresentationStanding.AccreditedPartial;
            if (current > standing)
            {
                standing = current;
            }
        }

        return standing;
    }

    /// <inheritdoc />
    public bool Equals(ImmigrationPractice? other) =>
        other is not null && HasLicensedAttorney == other.HasLicensedAttorney && HasSupervisedStudents == other.HasSupervisedStudents &&
        Equality.Sequence(Accreditations, other.Accreditations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HasLicensedAttorney, HasSupervisedStudents, Equality.SequenceHash(Accreditations));

    /// <summary>Returns what the practice records, for example <c>attorney; accredited: partial through 2027-06-30</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (HasLicensedAttorney)
        {
            parts.Add("attorney");
        }

        if (!Accreditations.IsEmpty)
        {
            parts.Add("accredited: " + string.Join(", ", Accreditations));
        }

        if (HasSupervisedStudents)
        {
            parts.Add("supervised students");
        }

        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }
}
