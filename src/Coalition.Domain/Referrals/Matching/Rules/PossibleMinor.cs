using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// The possible-minor rule: a client whose age is unknown is protected as a minor ("when in doubt, protect as a minor";
/// child victims are often coached to say they are 18), without losing any choice an adult has.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Mandatory rules for minors produce their actions, marked "may be required: confirm age"
/// (<see cref="MandatoryReportAction"/>), but admit nothing: a possible minor who declined police contact is never sent to
/// agencies only a mandatory rule would admit (<see cref="ProtectiveAgencyAdmission"/>).</item>
/// <item>Youth services stay candidates; adult-only services stay candidates marked <c>confirm-age</c> (<see cref="AgeEligibility"/>).</item>
/// <item>Reporting duties for minors "may apply" (<see cref="ReportingDutyNotice"/>).</item>
/// <item>For an immediate need the client keeps a minor's protection: a provider the consent settings would exclude stays
/// a candidate (<see cref="ConsentOverride"/>).</item>
/// </list>
/// Sources: seed 003 (victim-centered practice; survivors are not made to prove their story), the federal practice of
/// treating a possible child victim as a child until the age is established (22 U.S.C. 7105(b)(1)(G), (H)).
/// </remarks>
public static class PossibleMinor
{
    /// <summary>Returns how the rules treat the client's age.</summary>
    /// <param name="client">The client.</param>
    /// <returns>Minor, adult, or possible minor when the age is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    public static AgeTreatment TreatmentOf(ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.AgeTreatment;
    }

    /// <summary>Returns whether the client keeps a minor's protection for immediate needs: a minor, a possible minor, or a client assessed as lacking capacity.</summary>
    /// <param name="client">The client.</param>
    /// <returns><see langword="true"/> when protected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    public static bool IsProtected(ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.AgeTreatment != AgeTreatment.Adult || client.LacksDecisionCapacity;
    }

    /// <summary>Returns why the client's age was treated as it was, in plain language.</summary>
    /// <param name="client">The client.</param>
    /// <returns>The explanation for the match result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    public static string ExplanationFor(ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var capacity = client.LacksDecisionCapacity
            ? " The client is marked as lacking decision capacity, so providers the consent settings would exclude stay candidates for immediate needs."
            : string.Empty;
        return client.AgeTreatment switch
        {
            AgeTreatment.Minor => "The client is under 18: a minor's protections apply, and mandatory rules for minors may require a report." + capacity,
            AgeTreatment.PossibleMinor => "The client's age is unknown, so the client is protected as a possible minor (when in doubt, protect as a minor; " +
                "child victims are often coached to say they are 18): youth services stay candidates, adult-only services are marked to confirm age, " +
                "reporting duties for minors may apply, and mandatory rules for minors are listed to confirm but admit no provider the client declined." + capacity,
            _ => "The client is 18 or over: the client's own choices are honoured." + capacity,
        };
    }
}
