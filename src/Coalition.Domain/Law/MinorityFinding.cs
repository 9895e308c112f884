namespace Coalition.Domain.Law;

/// <summary>Whether a person was under 18 during the conduct, and for which part of it. Produced by <see cref="LegalAge.Minority"/>.</summary>
public sealed record MinorityFinding
{
    internal MinorityFinding(FactStatus status, ConductPeriod? minorPart, string explanation, bool isPartial = false)
    {
        Status = status;
        MinorPart = minorPart;
        Explanation = explanation;
        IsPartial = isPartial;
    }

    /// <summary>Gets whether the person was under 18: established when under 18 for at least part of the conduct.</summary>
    public FactStatus Status { get; }

    /// <summary>Gets the part of the conduct during which the person was under 18, when the dates are known; otherwise <see langword="null"/>.</summary>
    public ConductPeriod? MinorPart { get; }

    /// <summary>Gets whether the conduct spans the 18th birthday, so that the minor rule covers only its earlier part.</summary>
    public bool IsPartial { get; }

    /// <summary>Gets a plain-language explanation. It never contains the date of birth.</summary>
    public string Explanation { get; }
}
