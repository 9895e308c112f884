using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Stakeholders;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// One step of a community response protocol: an action, the stakeholder categories that perform it, how soon, and when
/// it applies. Value-equal; no client data.
/// </summary>
public sealed record ProtocolStep
{
    private readonly StepConditions appliesWhen;
    private readonly string? instrument;

    /// <summary>Creates a step.</summary>
    /// <param name="action">What the step does.</param>
    /// <param name="performers">The stakeholder categories that perform it (at least one).</param>
    /// <param name="within">How soon after identification (or after the previous step) it is expected: positive, at most a year.</param>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">No performer, or a null one.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is not positive or longer than a year.</exception>
    public ProtocolStep(ProtocolAction action, ImmutableArray<StakeholderCategory> performers, Duration within)
    {
        Action = Preconditions.NotNull(action, nameof(action));
        var list = Preconditions.Elements(performers, Limits.Items, nameof(performers));
        if (list.IsEmpty)
        {
            throw new ArgumentException("A step needs at least one performing stakeholder category.", nameof(performers));
        }

        Performers = [.. list.Distinct().OrderBy(c => c.Code, StringComparer.Ordinal)];
        Within = within > Duration.Zero && within <= Duration.FromDays(366)
            ? within
            : throw new ArgumentOutOfRangeException(nameof(within), within, "A step's time expectation must be positive and at most a year.");
    }

    /// <summary>Gets what the step does.</summary>
    public ProtocolAction Action { get; }

    /// <summary>Gets the categories that perform it, ordered by code.</summary>
    public ImmutableArray<StakeholderCategory> Performers { get; }

    /// <summary>Gets how soon it is expected.</summary>
    public Duration Within { get; }

    /// <summary>Gets when it applies; <see cref="StepConditions.None"/> (always) unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has undefined bits.</exception>
    public StepConditions AppliesWhen
    {
        get => appliesWhen;
        init => appliesWhen = (value & ~(StepConditions)31) == 0 ? value : throw new ArgumentOutOfRangeException(nameof(AppliesWhen), value, "Unknown step conditions.");
    }

    /// <summary>Gets the screening instrument a <see cref="ProtocolActions.Screen"/> step names, such as a validated trafficking screening tool; <see langword="null"/> otherwise.</summary>
    /// <exception cref="ArgumentException">The value is longer than 200 characters.</exception>
    public string? Instrument
    {
        get => instrument;
        init => instrument = Preconditions.OptionalText(value, Limits.Name, nameof(Instrument));
    }

    /// <summary>Gets the basis for a step that involves law enforcement.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public LawEnforcementBasis Basis { get; init => field = Preconditions.Defined(value, nameof(Basis)); }

    /// <summary>Returns whether the step sends the survivor, or their information, to law enforcement at this point.</summary>
    /// <param name="point">The identification point the step belongs to.</param>
    /// <returns><see langword="true"/> for a law-enforcement action, or for a step performed by law enforcement anywhere but a law-enforcement encounter (where the police are already present).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="point"/> is null.</exception>
    public bool InvolvesLawEnforcement(IdentificationPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Action.InvolvesLawEnforcement ||
            (point != IdentificationPoints.LawEnforcementEncounter && Performers.Any(IsLawEnforcement));
    }

    /// <summary>Returns whether the step applies to a survivor with this profile.</summary>
    /// <param name="client">The survivor's de-identified profile.</param>
    /// <returns><see langword="true"/> when every condition holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    public bool AppliesTo(ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var ages = AppliesWhen & (StepConditions.Minor | StepConditions.PossibleMinor | StepConditions.Adult);
        if (ages != StepConditions.None && (ages & AgeCondition(client.AgeTreatment)) == 0)
        {
            return false;
        }

        if ((AppliesWhen & StepConditions.ForeignNational) != 0 && (client.Populations & Populations.ForeignNational) == 0)
        {
            return false;
        }

        return (AppliesWhen & StepConditions.DeclinedLawEnforcement) == 0 || !client.Consent.LawEnforcementContactAllowed;
    }

    /// <summary>Returns whether the step can apply to a survivor in this age group.</summary>
    /// <param name="age">The age group.</param>
    /// <returns><see langword="true"/> when the step lists no age group, or lists this one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="age"/> is not defined.</exception>
    public bool CanApplyTo(AgeTreatment age)
    {
        var condition = AgeCondition(Preconditions.Defined(age, nameof(age)));
        var ages = AppliesWhen & (StepConditions.Minor | StepConditions.PossibleMinor | StepConditions.Adult);
        return ages == StepConditions.None || (ages & condition) != 0;
    }

    /// <inheritdoc />
    public bool Equals(ProtocolStep? other) =>
        other is not null && Action == other.Action && Equality.Sequence(Performers, other.Performers) && Within == other.Within &&
        AppliesWhen == other.AppliesWhen && Instrument == other.Instrument && Basis == other.Basis;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Action, Equality.SequenceHash(Performers), Within, AppliesWhen, Instrument, Basis);

    /// <summary>Returns the action and performers, for example <c>ensure-safety by victim-services</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Action.Code} by {string.Join(", ", Performers.Select(p => p.Code))}";

    internal static bool IsLawEnforcement(StakeholderCategory category) => category.IsOrDescendsFrom(StakeholderCategories.LawEnforcement);

    private static StepConditions AgeCondition(AgeTreatment age) => age switch
    {
        AgeTreatment.Minor => StepConditions.Minor,
        AgeTreatment.Adult => StepConditions.Adult,
        _ => StepConditions.PossibleMinor,
    };
}
