using Coalition.Domain.Internal;

namespace Coalition.Domain.Coalitions;

/// <summary>A source of the coalition's funding.</summary>
/// <param name="Name">The funder or programme.</param>
/// <param name="Kind">The kind of funding.</param>
/// <param name="IsRecurring">Whether it recurs (for example an annual grant) rather than being one-off.</param>
public sealed record FundingSource(string Name, FundingKind Kind, bool IsRecurring)
{
    /// <summary>Gets the funder or programme.</summary>
    public string Name { get; } = Preconditions.BoundedText(Name, Limits.Name, nameof(Name));

    /// <summary>Gets the kind of funding.</summary>
    public FundingKind Kind { get; } = Preconditions.Defined(Kind, nameof(Kind));
}
