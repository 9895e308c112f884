using Coalition.Domain.Internal;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Network;
using NodaTime;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Rules <c>immigration-representation</c> and <c>accreditation-expired</c>: only an attorney or a Department of Justice
/// accredited representative may represent a person before DHS or the immigration courts (8 CFR 292.1–292.2), so only a
/// provider whose <see cref="Provider.ImmigrationPractice"/> gives a current standing at the match instant is a candidate
/// for <c>legal-representation.immigration</c>. A provider whose only accreditations have expired is excluded with
/// <c>accreditation-expired</c>; one with neither, with <c>immigration-representation</c>. Supervised law students and
/// graduates never qualify a provider alone. The reason codes say which standing qualified it: an attorney, full
/// accreditation, or partial accreditation (DHS only: the advocate sees that it cannot appear in immigration court).
/// </summary>
/// <remarks>
/// <para>The rule applies when the need matched is <c>legal-representation.immigration</c>, and when the need is the general
/// <c>legal-representation</c> and the offering serves it only through the immigration variant (an offering that also
/// lists general, civil or criminal representation serves the general need without it). Unauthorised immigration practice
/// ("notario" fraud) is a known harm to immigrant survivors; a community organisation that is neither may offer
/// <c>immigration-navigation</c>, a separate need this rule does not touch.</para>
/// <para>It is a qualification, not a consent setting: it is never lifted for an immediate need or a mandatory routing rule.</para>
/// </remarks>
public static class ImmigrationRepresentation
{
    /// <summary>The code when the provider has no attorney and no accredited representative.</summary>
    public const string Code = HardRuleCodes.ImmigrationRepresentation;

    /// <summary>The code when the provider's only standing is an expired accreditation.</summary>
    public const string ExpiredCode = HardRuleCodes.AccreditationExpired;

    /// <summary>Returns whether the rule applies to this offering for this need.</summary>
    /// <param name="offering">The offering.</param>
    /// <param name="need">The need matched.</param>
    /// <returns><see langword="true"/> for immigration legal representation, asked for or offered as the only form of representation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool AppliesTo(ServiceOffering offering, ServiceNeed need)
    {
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(need);
        if (need == ServiceNeeds.LegalRepresentationImmigration)
        {
            return true;
        }

        if (need != ServiceNeeds.LegalRepresentation)
        {
            return false;
        }

        var immigration = false;
        foreach (var offered in offering.Needs)
        {
            if (offered == ServiceNeeds.LegalRepresentationImmigration)
            {
                immigration = true;
            }
            else if (offered == ServiceNeeds.LegalRepresentation || offered.Parent == ServiceNeeds.LegalRepresentation)
            {
                return false;
            }
        }

        return immigration;
    }

    /// <summary>Returns the provider's standing at the match instant.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="at">The instant of the match.</param>
    /// <returns>The standing; <see cref="RepresentationStanding.None"/> when the provider records no immigration practice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public static RepresentationStanding StandingOf(Provider provider, Instant at)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.ImmigrationPractice?.StandingAt(at) ?? RepresentationStanding.None;
    }

    /// <summary>Returns the code of the rule that excludes a provider of this standing, or <see langword="null"/> when it qualifies.</summary>
    /// <param name="standing">The provider's standing at the match instant.</param>
    /// <returns><see cref="Code"/>, <see cref="ExpiredCode"/> or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standing"/> is not defined.</exception>
    public static string? ExclusionOf(RepresentationStanding standing) => Preconditions.Defined(standing, nameof(standing)) switch
    {
        RepresentationStanding.None => Code,
        RepresentationStanding.Expired => ExpiredCode,
        _ => null,
    };

    /// <summary>Returns the reason code that names a qualifying standing, or <see langword="null"/>.</summary>
    /// <param name="standing">The provider's standing at the match instant.</param>
    /// <returns><see cref="ReasonCodes.LicensedAttorney"/>, <see cref="ReasonCodes.AccreditedRepresentative"/>, <see cref="ReasonCodes.AccreditedDhsOnly"/> or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standing"/> is not defined.</exception>
    public static string? ReasonOf(RepresentationStanding standing) => Preconditions.Defined(standing, nameof(standing)) switch
    {
        RepresentationStanding.LicensedAttorney => ReasonCodes.LicensedAttorney,
        RepresentationStanding.AccreditedFull => ReasonCodes.AccreditedRepresentative,
        RepresentationStanding.AccreditedPartial => ReasonCodes.AccreditedDhsOnly,
        _ => null,
    };
}
