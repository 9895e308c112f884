namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A sorted top-k buffer of candidates for one need, keeping one slot per provider (its best offering). Order: the rank
/// (immediate needs: tier, confirmation, kept for protection), then the score, higher first, then provider index and
/// offering index, which follow ids. See <see cref="Rules.Ranking"/>.
/// </summary>
internal static class CandidateSlots
{
    /// <summary>
    /// Whether a candidate with this evaluation could enter a buffer: false when the buffer is full and its last slot is at
    /// least as good. (The provider's own slot, if any, is in the buffer, so it is at least as good as the last one.)
    /// Checked before a slot is built, since most offerings of a large network do not enter.
    /// </summary>
    internal static bool CouldEnter(Slot[] slots, int capacity, int filled, in CompiledRules.Evaluation evaluation, int provider, int offering) =>
        filled < capacity || Slot.IsBetter(evaluation.Rank, evaluation.Score, provider, offering, in slots[filled - 1]);

    /// <summary>Inserts a candidate, keeping the buffer sorted, at most <paramref name="capacity"/> long and one slot per provider.</summary>
    internal static void Insert(Slot[] slots, int capacity, ref int filled, in Slot candidate)
    {
        for (var s = 0; s < filled; s++)
        {
            if (slots[s].Provider == candidate.Provider)
            {
                if (!candidate.IsBetterThan(slots[s]))
                {
                    return;
                }

                // Remove the provider's worse slot, then insert the better one below.
                Array.Copy(slots, s + 1, slots, s, filled - s - 1);
                filled--;
                break;
            }
        }

        if (filled == capacity && !candidate.IsBetterThan(slots[filled - 1]))
        {
            return;
        }

        var position = Math.Min(filled, capacity - 1);
        while (position > 0 && candidate.IsBetterThan(slots[position - 1]))
        {
            position--;
        }

        var moved = Math.Min(filled, capacity - 1) - position;
        if (moved > 0)
        {
            Array.Copy(slots, position, slots, position + 1, moved);
        }

        slots[position] = candidate;
        filled = Math.Min(filled + 1, capacity);
    }

    /// <summary>One ranked offering and its evaluation.</summary>
    internal readonly record struct Slot(int Offering, int Provider, CompiledRules.Evaluation Evaluation)
    {
        /// <summary>Lower rank first, then higher score, then provider index, then offering index.</summary>
        internal bool IsBetterThan(in Slot other) => IsBetter(Evaluation.Rank, Evaluation.Score, Provider, Offering, in other);

        /// <summary>Whether a candidate with these keys ranks before <paramref name="other"/>.</summary>
        internal static bool IsBetter(int rank, double score, int provider, int offering, in Slot other) =>
            rank < other.Evaluation.Rank ||
            (rank == other.Evaluation.Rank &&
             (score > other.Evaluation.Score ||
              (score == other.Evaluation.Score && (provider < other.Provider || (provider == other.Provider && offering < other.Offering)))));
    }
}
