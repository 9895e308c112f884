using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;

namespace Coalition.Domain.Referrals.Matching.Rules;

/// <summary>
/// Reporting duties as informed-consent notices. A reporting duty that applies, or may apply, to the client never excludes
/// a provider: the candidate carries a notice the advocate reads to the survivor before referring. Whether a duty applies
/// depends on who the client is (<see cref="DutyTrigger"/>) and on what the provider would learn, so a notice says
/// "applies" only when the client's condition is known and the policy states the trigger as certain
/// (<see cref="ReferralPolicy.CertainDuties"/>), and "may apply: confirm" otherwise. There is no general duty to report
/// the trafficking of a competent adult; none is assumed.
/// </summary>
/// <remarks>
/// Federal STOP-grant rules require that a sexual-assault forensic exam be available without a report to police
/// (34 U.S.C. 10449), while state reporting laws still apply: this is why the library says which duty applies to whom
/// instead of refusing an emergency room. Sources of the default duties: <see cref="Network.ReportingDuties"/>.
/// </remarks>
public static class ReportingDutyNotice
{
    /// <summary>Whether a duty's trigger holds for the client, three-valued.</summary>
    public enum TriggerStatus
    {
        /// <summary>The client's condition is known to be absent: no notice.</summary>
        DoesNotHold = 1,

        /// <summary>The client's condition is unknown (for example the age): the duty may apply.</summary>
        Unknown = 2,

        /// <summary>The client's condition is known to be present.</summary>
        Holds = 3,
    }

    /// <summary>Evaluates a trigger for a client.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="client">The client.</param>
    /// <returns>Whether it holds, is unknown, or does not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trigger"/> is not a defined value.</exception>
    public static TriggerStatus Evaluate(DutyTrigger trigger, ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        Preconditions.Defined(trigger, nameof(trigger));
        return trigger switch
        {
            DutyTrigger.AnyClient => TriggerStatus.Holds,
            DutyTrigger.Minor => client.IsMinor switch
            {
                true => TriggerStatus.Holds,
                false => TriggerStatus.DoesNotHold,
                null => TriggerStatus.Unknown,
            },
            _ => CircumstanceStatus(CircumstanceOf(trigger), client),
        };
    }

    /// <summary>Returns the notices of every duty the provider declares that applies, or may apply, to the client, ordered by duty code.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="client">The client.</param>
    /// <param name="policy">The policy, which defines the duties in force and states which are certain.</param>
    /// <returns>The notices; empty when none applies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<DutyNotice> NoticesFor(Provider provider, ClientProfile client, ReferralPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(policy);
        var notices = ImmutableArray.CreateBuilder<DutyNotice>();
        foreach (var code in provider.ReportingDuties)
        {
            if (NoticeFor(code, client, policy) is { } notice)
            {
                notices.Add(notice);
            }
        }

        return notices.ToImmutable();
    }

    /// <summary>Returns the notice of one duty for a client, or <see langword="null"/> when the duty does not apply.</summary>
    /// <param name="dutyCode">The duty's code.</param>
    /// <param name="client">The client.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The notice, or <see langword="null"/>. A code the policy does not define gets a "may apply: ask the provider" notice.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DutyNotice? NoticeFor(string dutyCode, ClientProfile client, ReferralPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(dutyCode);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.FindDuty(dutyCode) is not { } duty)
        {
            return UndefinedDutyNotice(dutyCode);
        }

        return Evaluate(duty.Trigger, client) switch
        {
            TriggerStatus.DoesNotHold => null,
            TriggerStatus.Holds when policy.CertainDuties.Contains(duty.Code) => new DutyNotice(duty.Code, DutyCertainty.Applies, duty.Notice, duty.InvolvesLawEnforcement),
            _ => new DutyNotice(duty.Code, DutyCertainty.MayApply, duty.Notice, duty.InvolvesLawEnforcement),
        };
    }

    /// <summary>The notice for a duty code that the policy does not define: never dropped, always "may apply".</summary>
    internal static DutyNotice UndefinedDutyNotice(string dutyCode) => new(
        dutyCode,
        DutyCertainty.MayApply,
        $"This provider declares a reporting duty ('{dutyCode}') that the coalition's policy does not describe: ask the provider what it must report, and to whom, before referring.",
        InvolvesLawEnforcement: true);

    /// <summary>The client circumstance a trigger turns on.</summary>
    internal static ClientCircumstances CircumstanceOf(DutyTrigger trigger) => trigger switch
    {
        DutyTrigger.InjuryFromViolence => ClientCircumstances.InjuryFromViolence,
        DutyTrigger.SexualAssault => ClientCircumstances.SexualAssault,
        DutyTrigger.VulnerableAdult => ClientCircumstances.VulnerableAdult,
        DutyTrigger.RiskOfHarm => ClientCircumstances.RiskOfHarm,
        _ => ClientCircumstances.None,
    };

    private static TriggerStatus CircumstanceStatus(ClientCircumstances circumstance, ClientProfile client) =>
        (client.Circumstances & circumstance) != 0 ? TriggerStatus.Holds
        : (client.RuledOutCircumstances & circumstance) != 0 ? TriggerStatus.DoesNotHold
        : TriggerStatus.Unknown;
}
