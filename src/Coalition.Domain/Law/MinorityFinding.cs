namespace Coalition.Domain.Law;

/// <summary>
/// Whether a person was under 18 during the conduct, and whether only for part of it. Produced by <see cref="LegalAge.Minority"/>
/// and carried by every <see cref="Assessment"/>. Holds no date: the part of the conduct before an 18th birthday would
/// reveal the date of birth, so it is never exposed.
/// </summary>
public sealed record MinorityFinding
{
    /// <summary>Reads a finding from JSON: the status must be defined, and a partial finding established.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    internal MinorityFinding(FactStatus status, bool isPartial, string explanation)
        : this(Internal.Preconditions.Defined(status, nameof(status)), null, Internal.Preconditions.BoundedText(explanation, Internal.Limits.Text, nameof(explanation)), isPartial)
    {
        if (isPartial && status != FactStatus.Established)
        {
            throw new ArgumentException("Only an established minority can be partial.", nameof(isPartial));
        }
    }

    internal MinorityFinding(FactStatus status, ConductPeriod? minorPart, string explanation, bool isPartial = false)
    {
        Status = status;
        MinorPart = minorPart;
        Explanation = explanation;
        IsPartial = isPartial;
    }

    /// <summary>Gets whether the person was under 18: established when under 18 for at least part of the conduct.</summary>
    public FactStatus Status { get; }

    /// <summary>Gets whether the conduct spans the 18th birthday, so that the minor rule covers only its earlier part.</summary>
    public bool IsPartial { get; }

    /// <summary>Gets a plain-language explanation. It never contains a date.</summary>
    public string Explanation { get; }

    /// <summary>Gets the part of the conduct during which the person was under 18, when the dates are known. Internal: its end is the day before the 18th birthday.</summary>
    internal ConductPeriod? MinorPart { get; }

    /// <summary>Compares the public parts: status, whether partial, and explanation.</summary>
    /// <param name="other">The other finding, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(MinorityFinding? other) =>
        other is not null && Status == other.Status && IsPartial == other.IsPartial && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, IsPartial, Explanation);

    /// <summary>Returns the status and whether it is partial; never a date.</summary>
    /// <returns>For example <c>Established (for the conduct before the 18th birthday)</c>.</returns>
    public override string ToString() => IsPartial ? $"{Status} (for the conduct before the 18th birthday)" : Status.ToString();
}
