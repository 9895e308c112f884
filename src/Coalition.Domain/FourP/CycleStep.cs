using Coalition.Domain.Internal;

namespace Coalition.Domain.FourP;

/// <summary>One step of the <see cref="PillarCycle"/>: how work in one pillar feeds the next.</summary>
/// <param name="From">The pillar whose work produces the outcome.</param>
/// <param name="Outcome">What that work produces, paraphrasing seed 000.</param>
/// <param name="To">The pillar the outcome feeds.</param>
public sealed record CycleStep(Pillar From, string Outcome, Pillar To)
{
    /// <summary>Gets the pillar whose work produces the outcome.</summary>
    public Pillar From { get; } = Preconditions.NotNull(From, nameof(From));

    /// <summary>Gets what that work produces.</summary>
    public string Outcome { get; } = Preconditions.NotBlank(Outcome, nameof(Outcome));

    /// <summary>Gets the pillar the outcome feeds.</summary>
    public Pillar To { get; } = Preconditions.NotNull(To, nameof(To));

    /// <summary>Returns <c>from → to</c> by code.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{From.Code} -> {To.Code}";
}
