namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A sorted top-k buffer of candidates for one need, keeping one slot per provider (its best offering). Order: the rank
/// (immediate needs: tier, confirmation, kept for protection), then the score, higher first, then provider index and
/// offering index, which follow ids. See <see cref="Rules.Ranking"/>.
/// </summary>
internal static class CandidateSlots
{
    /// <summary>Inserts a candidate, keeping the buffer sorted, at most <paramref name="capacity"/> long and one slot per provider.</summary>
    internal static void Insert(Slot[] slots, int capacity, ref int filled, Slot candidate)
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
        internal bool IsBetterThan(Slot other) =>
            Evaluation.Rank < other.Evaluation.Rank ||
            (Evaluation.Rank == other.Evaluation.Rank &&
             (Evaluation.Score > other.Evaluation.Score ||
              (Evaluation.Score == other.Evaluation.Score && (Provider < other.Provider || (Provider == other.Provider && Offering < other.Offering)))));
    }
}
