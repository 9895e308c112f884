using System.Collections.Immutable;
using Coalition.Domain.Coalitions;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// Checks a community response protocol against the coalition: every identification point it lists has a protocol; some
/// current member fills each step's role; no step sends a survivor who may be an adult to law enforcement without the
/// consent basis; the steps for minors include the mandatory child-protection route, for possible minors too; and every
/// hand-off between organisations has an agreement in force that covers it. Deterministic; adding a member never adds a
/// finding.
/// </summary>
public static class ProtocolCheck
{
    /// <summary>Checks the protocol.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="coalition">The coalition, for its current members.</param>
    /// <param name="listedPoints">The identification points the coalition lists as its own.</param>
    /// <param name="agreements">The agreements between members.</param>
    /// <param name="today">The day to judge agreements in force.</param>
    /// <returns>The findings, ordered by point, step and code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or an element is.</exception>
    public static ImmutableArray<OperationsFinding> Check(ResponseProtocol protocol, CoalitionProfile coalition, IEnumerable<IdentificationPoint> listedPoints, IEnumerable<Agreement> agreements, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(coalition);
        var points = NoNulls(listedPoints, nameof(listedPoints));
        var inForce = NoNulls(agreements, nameof(agreements)).Where(a => a.IsInForce(today)).ToList();
        var findings = new List<OperationsFinding>();
        foreach (var point in points.Distinct().OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            if (protocol.For(point) is null)
            {
                findings.Add(new(OperationsFindingCodes.ProtocolMissing, point.Code, $"No protocol for {point.DisplayName}, an identification point the coalition lists.", $"Write the steps to follow when a survivor is identified at {point.DisplayName.ToLowerInvariant()}."));
            }
        }

        foreach (var point in protocol.Points)
        {
            HashSet<string>? previous = null;
            foreach (var step in point.Steps)
            {
                var key = point.KeyOf(step);
                var performing = PerformingMembers(coalition, step);
                if (performing.Count == 0)
                {
                    findings.Add(new(OperationsFindingCodes.RoleUnfilled, key, $"No current member is {string.Join(" or ", step.Performers.Select(c => c.DisplayName))}.", $"Recruit a member to {step.Action.DisplayName.ToLowerInvariant()}, or assign the step to a category the coalition has."));
                }

                if (step.InvolvesLawEnforcement(point.Point) && (step.CanApplyTo(AgeTreatment.Adult) || step.CanApplyTo(AgeTreatment.PossibleMinor)) && step.Basis != LawEnforcementBasis.Consent)
                {
                    findings.Add(new(OperationsFindingCodes.LawEnforcementWithoutConsent, key, "The step involves law enforcement for a survivor who may be an adult, without requiring the survivor's consent; a mandatory rule can only apply to a known minor.", "Mark the step 'only with the survivor's consent', or limit a mandatory step to known minors."));
                }

                if (previous is not null && !HandOffCovered(point, step, previous, performing, inForce))
                {
                    findings.Add(new(OperationsFindingCodes.AgreementMissing, key, "The survivor is handed from one organisation to another here without an agreement in force that covers the step.", "Sign an agreement between the organisations of this step and the one before it that names the step."));
                }

                previous = performing;
            }

            var route = point.Steps.Where(s => s.Action.IsChildProtectionRoute && s.Performers.Any(c => c.IsOrDescendsFrom(StakeholderCategories.ChildWelfare))).ToList();
            if (point.Steps.Any(s => s.CanApplyTo(AgeTreatment.Minor)) && !route.Any(s => s.CanApplyTo(AgeTreatment.Minor)))
            {
                findings.Add(new(OperationsFindingCodes.ChildProtectionMissing, point.Point.Code, $"The steps for a minor identified at {point.Point.DisplayName.ToLowerInvariant()} do not include the mandatory report to child protective services.", "Add a 'report to child protection' step performed by child welfare that applies to minors and possible minors."));
            }
            else if (route.Count > 0 && !route.Any(s => s.CanApplyTo(AgeTreatment.PossibleMinor)))
            {
                findings.Add(new(OperationsFindingCodes.PossibleMinorUnprotected, point.Point.Code, "The child-protection route does not apply to a survivor whose age is unknown.", "Apply the child-protection step to possible minors too: a survivor of unknown age is protected as a minor."));
            }
        }

        return [.. findings.OrderBy(f => f.Subject, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }

    /// <summary>The member organisations whose category fills one of the step's performers.</summary>
    internal static HashSet<string> PerformingMembers(CoalitionProfile coalition, ProtocolStep step) =>
        [.. coalition.Members.Where(m => step.Performers.Any(c => CoalitionHealthCheck.Fills(m.Category, c))).Select(m => m.Organization)];

    /// <summary>
    /// A hand-off needs no agreement when one member performs both steps; otherwise an agreement in force, covering the step,
    /// whose parties include a member of each side. A side nobody fills cannot hold an agreement, so it is reported too.
    /// </summary>
    private static bool HandOffCovered(PointProtocol point, ProtocolStep step, HashSet<string> previous, HashSet<string> current, List<Agreement> inForce)
    {
        if (previous.Overlaps(current))
        {
            return true;
        }

        return previous.Count > 0 && current.Count > 0 &&
            inForce.Any(a => a.Covers(point, step) && a.Parties.Any(previous.Contains) && a.Parties.Any(current.Contains));
    }

    private static List<T> NoNulls<T>(IEnumerable<T> items, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var list = items.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(paramName, $"The element at index {i} is null.");
            }
        }

        return list;
    }
}
