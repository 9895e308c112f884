using System.Collections.Immutable;

namespace Coalition.Domain.FourP;

/// <summary>
/// The 4P cycle of seed 000 as data a program can walk: prevention leads to identification and protection,
/// protection stabilises survivors who then cooperate with prosecution, and prosecution makes headlines that feed
/// prevention. Partnership is not a stage: it is the <see cref="Enabler"/> of every step.
/// </summary>
public sealed class PillarCycle
{
    private readonly ImmutableArray<CycleStep> steps;

    internal PillarCycle(Pillar enabler, ImmutableArray<CycleStep> steps)
    {
        ArgumentNullException.ThrowIfNull(enabler);
        if (steps.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A cycle needs at least one step.", nameof(steps));
        }

        for (var i = 0; i < steps.Length; i++)
        {
            var next = steps[(i + 1) % steps.Length];
            if (steps[i].To != next.From)
            {
                throw new ArgumentException($"Step {i} ends at '{steps[i].To.Code}' but the next step starts at '{next.From.Code}'.", nameof(steps));
            }
        }

        Enabler = enabler;
        this.steps = steps;
    }

    /// <summary>Gets the pillar that enables every step (partnership).</summary>
    public Pillar Enabler { get; }

    /// <summary>Gets the steps in order, starting from prevention; the last step leads back to the first.</summary>
    public ImmutableArray<CycleStep> Steps => steps;

    /// <summary>Returns whether <paramref name="pillar"/> is a stage of the cycle.</summary>
    /// <param name="pillar">A pillar.</param>
    /// <returns><see langword="true"/> for prevention, protection and prosecution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pillar"/> is null.</exception>
    public bool Contains(Pillar pillar)
    {
        ArgumentNullException.ThrowIfNull(pillar);
        return IndexOf(pillar) >= 0;
    }

    /// <summary>Returns the step that starts at <paramref name="pillar"/>.</summary>
    /// <param name="pillar">A stage of the cycle.</param>
    /// <returns>The step leading out of that pillar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pillar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pillar"/> is the enabler, not a stage.</exception>
    public CycleStep StepFrom(Pillar pillar)
    {
        ArgumentNullException.ThrowIfNull(pillar);
        var index = IndexOf(pillar);
        if (index < 0)
        {
            throw new ArgumentException($"Pillar '{pillar.Code}' is not a stage of the cycle; it is the enabler of every step.", nameof(pillar));
        }

        return steps[index];
    }

    /// <summary>Returns the pillar that <paramref name="pillar"/> feeds.</summary>
    /// <param name="pillar">A stage of the cycle.</param>
    /// <returns>The next stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pillar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pillar"/> is the enabler, not a stage.</exception>
    public Pillar Next(Pillar pillar) => StepFrom(pillar).To;

    /// <summary>Walks the cycle once, starting at <paramref name="start"/> and ending with the step that returns to it.</summary>
    /// <param name="start">A stage of the cycle.</param>
    /// <returns>Every step once, starting at <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is the enabler, not a stage.</exception>
    public ImmutableArray<CycleStep> WalkFrom(Pillar start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var first = IndexOf(start);
        if (first < 0)
        {
            throw new ArgumentException($"Pillar '{start.Code}' is not a stage of the cycle; it is the enabler of every step.", nameof(start));
        }

        var builder = ImmutableArray.CreateBuilder<CycleStep>(steps.Length);
        for (var i = 0; i < steps.Length; i++)
        {
            builder.Add(steps[(first + i) % steps.Length]);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Returns the cycle as <c>prevention -> protection -> prosecution -> prevention</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Join(" -> ", steps.Select(s => s.From.Code).Append(steps[0].From.Code)) + $" (enabled by {Enabler.Code})";

    private int IndexOf(Pillar pillar)
    {
        for (var i = 0; i < steps.Length; i++)
        {
            if (steps[i].From == pillar)
            {
                return i;
            }
        }

        return -1;
    }
}
