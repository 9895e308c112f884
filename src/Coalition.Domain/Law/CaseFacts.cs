using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization;

namespace Coalition.Domain.Law;

/// <summary>
/// The facts of a case, as an immutable value: a three-valued status for each <see cref="CaseFact"/>, what is known about
/// the person's age, and the dates of the conduct. Facts describe conduct and never carry a name or other identity.
/// </summary>
/// <remarks>
/// Build facts with <see cref="Empty"/> and <see cref="With(CaseFact, FactStatus)"/>, <see cref="Establish"/> and
/// <see cref="RuleOut(CaseFact[])"/> (or a whole <see cref="FactGroup"/>). Internally the statuses are two bit masks, so a <see cref="CaseFacts"/> is small and equality is cheap.
/// </remarks>
[JsonConverter(typeof(CaseFactsJsonConverter))]
public sealed class CaseFacts : IEquatable<CaseFacts>
{
    internal const int FactCount = (int)CaseFact.Movement + 1;
    internal const ulong SettableMask = ((1UL << FactCount) - 1) & ~(1UL << (int)CaseFact.UnderEighteen);

    private CaseFacts(ulong established, ulong ruledOut, AgeEvidence age, ConductPeriod? conduct)
    {
        EstablishedMask = established;
        RuledOutMask = ruledOut;
        Age = age;
        Conduct = conduct;
    }

    /// <summary>Gets facts where nothing is known: every fact unknown, age unknown, no conduct dates.</summary>
    public static CaseFacts Empty { get; } = new(0, 0, AgeEvidence.Unknown, null);

    /// <summary>Gets every fact a caller can set: all of <see cref="CaseFact"/> except the derived <see cref="CaseFact.UnderEighteen"/>.</summary>
    public static ImmutableArray<CaseFact> SettableFacts { get; } = Enum.GetValues<CaseFact>().Where(f => f != CaseFact.UnderEighteen).ToImmutableArray();

    /// <summary>Gets what is known about the person's age.</summary>
    public AgeEvidence Age { get; }

    /// <summary>Gets the dates of the conduct, or <see langword="null"/> when unknown.</summary>
    public ConductPeriod? Conduct { get; }

    /// <summary>Gets the facts established, in <see cref="CaseFact"/> order.</summary>
    public ImmutableArray<CaseFact> Established => FactsIn(EstablishedMask);

    /// <summary>Gets the facts ruled out, in <see cref="CaseFact"/> order.</summary>
    public ImmutableArray<CaseFact> RuledOut => FactsIn(RuledOutMask);

    /// <summary>Gets the settable facts still unknown, in <see cref="CaseFact"/> order.</summary>
    public ImmutableArray<CaseFact> Unknown => FactsIn(SettableMask & ~(EstablishedMask | RuledOutMask));

    /// <summary>Gets whether every settable fact is known and the age during the conduct is decided.</summary>
    public bool IsComplete =>
        (SettableMask & ~(EstablishedMask | RuledOutMask)) == 0 && LegalAge.Minority(Age, Conduct).Status != FactStatus.Unknown;

    internal ulong EstablishedMask { get; }

    internal ulong RuledOutMask { get; }

    /// <summary>Compares two fact sets by value.</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CaseFacts? left, CaseFacts? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two fact sets by value.</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CaseFacts? left, CaseFacts? right) => !(left == right);

    /// <summary>Returns the status of <paramref name="fact"/>. For <see cref="CaseFact.UnderEighteen"/> it is derived from the age and the conduct dates.</summary>
    /// <param name="fact">A fact.</param>
    /// <returns>Its status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is not a defined value.</exception>
    public FactStatus StatusOf(CaseFact fact)
    {
        var bit = Bit(fact, nameof(fact), allowDerived: true);
        if (fact == CaseFact.UnderEighteen)
        {
            return LegalAge.Minority(Age, Conduct).Status;
        }

        return (EstablishedMask & bit) != 0 ? FactStatus.Established : (RuledOutMask & bit) != 0 ? FactStatus.RuledOut : FactStatus.Unknown;
    }

    /// <summary>Returns these facts with <paramref name="fact"/> set to <paramref name="status"/>.</summary>
    /// <param name="fact">A settable fact (not <see cref="CaseFact.UnderEighteen"/>, which follows from the age).</param>
    /// <param name="status">The new status; <see cref="FactStatus.Unknown"/> clears it.</param>
    /// <returns>The new facts; this instance is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> or <paramref name="status"/> is not a defined value, or <paramref name="fact"/> is <see cref="CaseFact.UnderEighteen"/>.</exception>
    public CaseFacts With(CaseFact fact, FactStatus status)
    {
        var bit = Bit(fact, nameof(fact), allowDerived: false);
        var established = EstablishedMask & ~bit;
        var ruledOut = RuledOutMask & ~bit;
        switch (status)
        {
            case FactStatus.Established:
                established |= bit;
                break;
            case FactStatus.RuledOut:
                ruledOut |= bit;
                break;
            case FactStatus.Unknown:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown fact status.");
        }

        return new CaseFacts(established, ruledOut, Age, Conduct);
    }

    /// <summary>Returns these facts with every fact in <paramref name="facts"/> established.</summary>
    /// <param name="facts">Settable facts.</param>
    /// <returns>The new facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fact is not settable.</exception>
    public CaseFacts Establish(params CaseFact[] facts) => WithAll(facts, FactStatus.Established);

    /// <summary>Returns these facts with every fact in <paramref name="facts"/> ruled out.</summary>
    /// <param name="facts">Settable facts.</param>
    /// <returns>The new facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fact is not settable.</exception>
    public CaseFacts RuleOut(params CaseFact[] facts) => WithAll(facts, FactStatus.RuledOut);

    /// <summary>Returns these facts with every fact of <paramref name="group"/> ruled out, such as all three forms of <see cref="FactGroups.Coercion"/>.</summary>
    /// <param name="group">The group, such as <see cref="FactGroups.TvpaMeans"/>.</param>
    /// <returns>The new facts; an established fact of the group becomes ruled out, as with <see cref="RuleOut(CaseFact[])"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public CaseFacts RuleOut(FactGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new CaseFacts(EstablishedMask & ~group.Mask, RuledOutMask | group.Mask, Age, Conduct);
    }

    /// <summary>
    /// Returns the status of a group of alternatives: established when any of its facts is established, ruled out when
    /// all are ruled out, otherwise unknown.
    /// </summary>
    /// <param name="group">The group.</param>
    /// <returns>Its status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public FactStatus StatusOf(FactGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return (EstablishedMask & group.Mask) != 0 ? FactStatus.Established
            : (RuledOutMask & group.Mask) == group.Mask ? FactStatus.RuledOut
            : FactStatus.Unknown;
    }

    /// <summary>
    /// Returns these facts with a date of birth replaced by what it shows about the conduct (<see cref="AgeEvidence.WithoutDateOfBirth"/>):
    /// the form an <see cref="Assessment"/> keeps. Facts without a date of birth are returned unchanged.
    /// </summary>
    /// <returns>Facts that hold no date of birth and decide every offence the same way.</returns>
    public CaseFacts WithoutDateOfBirth() =>
        Age.Kind == AgeEvidenceKind.DateOfBirth ? new CaseFacts(EstablishedMask, RuledOutMask, Age.WithoutDateOfBirth(Conduct), Conduct) : this;

    /// <summary>Returns these facts with every still-unknown settable fact ruled out; known facts keep their status.</summary>
    /// <returns>The new facts.</returns>
    public CaseFacts RuleOutRest() => new(EstablishedMask, SettableMask & ~EstablishedMask, Age, Conduct);

    /// <summary>Returns these facts with the age evidence replaced.</summary>
    /// <param name="age">What is known about the age.</param>
    /// <returns>The new facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="age"/> is null.</exception>
    public CaseFacts WithAge(AgeEvidence age)
    {
        ArgumentNullException.ThrowIfNull(age);
        return new CaseFacts(EstablishedMask, RuledOutMask, age, Conduct);
    }

    /// <summary>Returns these facts with the conduct dates replaced.</summary>
    /// <param name="conduct">The conduct dates, or <see langword="null"/> when unknown.</param>
    /// <returns>The new facts.</returns>
    public CaseFacts WithConduct(ConductPeriod? conduct) => new(EstablishedMask, RuledOutMask, Age, conduct);

    /// <inheritdoc />
    public bool Equals(CaseFacts? other) =>
        other is not null && EstablishedMask == other.EstablishedMask && RuledOutMask == other.RuledOutMask && Age == other.Age && Conduct == other.Conduct;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CaseFacts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EstablishedMask, RuledOutMask, Age, Conduct);

    /// <summary>Lists the known facts and the kind of age evidence; never a date of birth.</summary>
    /// <returns>For example <c>established: recruitment, force; ruled out: fraud; age: under 18</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("established: ").Append(Established.IsEmpty ? "none" : string.Join(", ", Established.Select(Describe)));
        text.Append("; ruled out: ").Append(RuledOut.IsEmpty ? "none" : string.Join(", ", RuledOut.Select(Describe)));
        text.Append("; age: ").Append(Age);
        if (Conduct is not null)
        {
            text.Append("; conduct: ").Append(Conduct);
        }

        return text.ToString();
    }

    internal static CaseFacts FromMasks(ulong established, ulong ruledOut, AgeEvidence age, ConductPeriod? conduct) =>
        new(established & SettableMask, ruledOut & SettableMask & ~established, age, conduct);

    internal static ulong Bit(CaseFact fact, string paramName, bool allowDerived)
    {
        if ((uint)fact >= FactCount)
        {
            throw new ArgumentOutOfRangeException(paramName, fact, "Unknown case fact.");
        }

        if (!allowDerived && fact == CaseFact.UnderEighteen)
        {
            throw new ArgumentOutOfRangeException(paramName, fact, "UnderEighteen follows from the age evidence and the conduct dates; use WithAge and WithConduct.");
        }

        return 1UL << (int)fact;
    }

    internal static string Describe(CaseFact fact) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(fact.ToString());

    internal static ImmutableArray<CaseFact> FactsIn(ulong mask)
    {
        var builder = ImmutableArray.CreateBuilder<CaseFact>(System.Numerics.BitOperations.PopCount(mask));
        while (mask != 0)
        {
            builder.Add((CaseFact)System.Numerics.BitOperations.TrailingZeroCount(mask));
            mask &= mask - 1;
        }

        return builder.MoveToImmutable();
    }

    private CaseFacts WithAll(CaseFact[] facts, FactStatus status)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var result = this;
        foreach (var fact in facts)
        {
            result = result.With(fact, status);
        }

        return result;
    }
}
