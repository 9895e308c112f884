using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// No consent setting ever leaves an immediate need without a visible option. For an immediate need (urgent medical care, a
/// mental-health crisis, emergency safety), a provider that the client's consent settings alone exclude — declined police
/// contact (<see cref="ConsentLawEnforcement"/>), a sharing restriction (<see cref="ConsentSharing"/>), a choice to avoid
/// reporting duties (<see cref="ReportingDutyChoice"/>) — is treated by who the client is:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>An adult with capacity</b>: the choice is honoured. The provider is not a candidate, and no planner or allocator
/// may assign it, but it stays visible as "excluded at the client's request: emergency option", with its notices, so that the
/// advocate can revisit the choice. Only a new, recorded choice makes it a candidate.</item>
/// <item><b>A minor, a possible minor, or a client assessed as lacking capacity</b>: a sharing restriction or a choice to avoid
/// reporting duties does not remove the provider; it stays a candidate, ranked after equivalent providers without it, with
/// its notice and a sentence saying why it was kept. A provider affiliated with law enforcement is still never a candidate
/// for a client who declined police contact; it stays visible as an emergency option.</item>
/// </list>
/// The client's explicit exclusions of a category or provider (<see cref="ClientChoice"/>) and every eligibility rule stand:
/// such a provider is neither a candidate nor an emergency option. For a routine need consent settings simply exclude.
/// Sources: OVC Human Trafficking Task Force e-Guide (victim-centered, trauma-informed practice); seed 003.
/// </remarks>
public static class ConsentOverride
{
    /// <summary>What happens to an offering after the override.</summary>
    /// <param name="Broken">The rules that still exclude it (empty when it is a candidate).</param>
    /// <param name="IsKeptForProtection">Whether it was kept as a candidate despite a consent setting.</param>
    /// <param name="IsEmergencyOption">Whether it is shown as an emergency option (excluded, visible).</param>
    public readonly record struct Result(ImmutableArray<string> Broken, bool IsKeptForProtection, bool IsEmergencyOption);

    /// <summary>Applies the override to the rules an offering broke.</summary>
    /// <param name="broken">The codes of the rules the offering broke, after the protective-agency exception.</param>
    /// <param name="urgency">The need's urgency.</param>
    /// <param name="isProtected">Whether the client is a minor, a possible minor or lacks capacity (<see cref="PossibleMinor.IsProtected"/>).</param>
    /// <returns>The rules that still exclude it, and whether it is kept or shown as an emergency option.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="urgency"/> is not a defined value.</exception>
    public static Result Apply(ImmutableArray<string> broken, NeedUrgency urgency, bool isProtected)
    {
        Preconditions.Defined(urgency, nameof(urgency));
        var list = broken.IsDefault ? [] : broken;
        if (list.IsEmpty || urgency != NeedUrgency.Immediate || !list.All(HardRuleCodes.ConsentSettings.Contains))
        {
            return new Result(list, false, false);
        }

        if (isProtected)
        {
            var remaining = list.RemoveAll(code => code is HardRuleCodes.ConsentSharing or HardRuleCodes.ReportingDutyChoice);
            return remaining.IsEmpty ? new Result([], true, false) : new Result(list, false, true);
        }

        return new Result(list, false, true);
    }
}
