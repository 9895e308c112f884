using System.Collections.Immutable;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Matching.Rules;

namespace Coalition.Domain.Operations;

/// <summary>
/// Whether a protocol step that involves law enforcement may be taken for a survivor. The matcher's own rule objects
/// decide: <see cref="ConsentLawEnforcement"/> (a survivor who declined law-enforcement contact is never sent to law
/// enforcement) and <see cref="ProtectiveAgencyAdmission"/> (a mandatory rule for a known minor). One source of truth: a
/// step is permitted exactly when the matcher would not exclude a law-enforcement-affiliated provider of the step's
/// category for the same survivor and policy.
/// </summary>
public static class ProtocolConsent
{
    /// <summary>Returns whether the step may be taken for this survivor.</summary>
    /// <param name="point">The step's protocol.</param>
    /// <param name="step">The step.</param>
    /// <param name="client">The survivor's de-identified profile.</param>
    /// <param name="policy">The referral policy, for its mandatory rules.</param>
    /// <returns><see langword="true"/> when the step does not involve law enforcement, or the survivor allows contact, or (with <see cref="LawEnforcementBasis.MandatoryRule"/>) a mandatory rule admits a performer for a known minor.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Permits(PointProtocol point, ProtocolStep step, ClientProfile client, ReferralPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(policy);
        if (!step.InvolvesLawEnforcement(point.Point) || !ConsentLawEnforcement.Excludes(true, client))
        {
            return true;
        }

        return step.Basis == LawEnforcementBasis.MandatoryRule && step.Performers.Any(c => ProtectiveAgencyAdmission.AdmittingRule(c, client, policy) is not null);
    }

    /// <summary>Returns the steps of a protocol to take for this survivor, in order: those that apply and are permitted.</summary>
    /// <param name="point">The protocol.</param>
    /// <param name="client">The survivor's de-identified profile.</param>
    /// <param name="policy">The referral policy.</param>
    /// <returns>The steps.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<ProtocolStep> StepsFor(PointProtocol point, ClientProfile client, ReferralPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(policy);
        return [.. point.Steps.Where(s => s.AppliesTo(client) && Permits(point, s, client, policy))];
    }
}
