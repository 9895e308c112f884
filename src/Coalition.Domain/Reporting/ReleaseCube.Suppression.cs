namespace Coalition.Domain.Reporting;

/// <content>Primary and complementary suppression.</content>
internal sealed partial class ReleaseCube
{
    /// <summary>The largest attacker's program solved exactly; for larger ones the nearest cells stay unknown and the rest are fixed (a sound inner bound).</summary>
    private const int MaxUnknowns = 250;

    private void SuppressPrimary(DisclosurePolicy policy)
    {
        var zeroSensitive = dimensions.Select(policy.SensitiveZeroDimensions.Contains).ToArray();
        var knownToHoldSomeone = Math.Min(policy.MinimumCellSize, policy.ProtectionInterval + 1);
        for (var index = 0; index < counts.Length; index++)
        {
            var count = counts[index];
            if (hidden[index] || sensitive[index])
            {
                continue;
            }

            if ((count > 0 && count < policy.MinimumCellSize) || (count == 0 && IsSensitiveZero(index, zeroSensitive, knownToHoldSomeone)))
            {
                suppressed[index] = true;
                sensitive[index] = true;
                PrimaryCount++;
            }
        }
    }

    /// <summary>
    /// Whether a zero discloses: it fixes a sensitive dimension and its group (the count with that dimension totalled) is
    /// known to hold someone. "None of these 30 cases is male" tells something about each of the 30; "no men among no
    /// cases" tells nothing the group's own zero does not. A group of g cases with g below k and g at most the protection
    /// interval p is itself suppressed with its lower bound reaching 0, so nobody can tell it holds anyone, and a zero
    /// inside it tells nothing about any member: the zero is sensitive when g ≥ min(k, p + 1).
    /// </summary>
    private bool IsSensitiveZero(int index, bool[] zeroSensitive, int knownToHoldSomeone)
    {
        for (var d = 0; d < dimensions.Length; d++)
        {
            var own = Coordinate(index, d);
            if (zeroSensitive[d] && own != 0 && counts[index - (own * radix[d])] >= knownToHoldSomeone)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Suppresses more counts until every sensitive count (a small count, or a sensitive zero) is protected; each pass
    /// suppresses one more, so it ends. A count once protected stays protected: suppressing more only removes constraints
    /// from the attacker's problem. Complementary suppressions hold at least k people (or an insensitive zero) and need no
    /// interval of their own: they are withheld to protect the sensitive ones.
    /// </summary>
    private void SuppressComplementary(DisclosurePolicy policy)
    {
        var interval = policy.ProtectionInterval;
        var verified = new bool[counts.Length];
        var next = 0;
        while (true)
        {
            var index = -1;
            for (var step = 0; step < counts.Length && index < 0; step++)
            {
                var candidate = (next + step) % counts.Length;
                if (sensitive[candidate] && !verified[candidate])
                {
                    index = candidate;
                }
            }

            if (index < 0)
            {
                return;
            }

            next = index;

            // Fast: a hypercube of suppressed counts along which mass can move proves the range (suppressing its corners if needed).
            if (Certify(index, interval))
            {
                verified[index] = true;
                continue;
            }

            // Exact (or, for a large problem, a sound inner bound): the attacker's linear programs.
            if (IsProtected(index, interval))
            {
                verified[index] = true;
            }
            else if (Partner(index) is var partner and >= 0)
            {
                suppressed[partner] = true;
                ComplementaryCount++;
            }
            else if (!SuppressAncestors(index) && !SuppressLevel(index))
            {
                // Nothing near it left to suppress: withhold its ancestors level by level, then its margin level, then everything.
                SuppressAll();
                return;
            }
        }
    }

    /// <summary>
    /// Suppresses the published counts that hold <paramref name="aggregate"/> at the nearest level up that still has some;
    /// false when every count that holds it is suppressed.
    /// </summary>
    private bool SuppressAncestors(int aggregate)
    {
        var fixedDims = DimensionsWhere(aggregate, isFixed: true);
        for (var totalled = 1; totalled <= fixedDims.Length; totalled++)
        {
            var any = false;
            foreach (var dims in Subsets(fixedDims, totalled))
            {
                var ancestor = aggregate;
                foreach (var d in dims)
                {
                    ancestor -= Coordinate(aggregate, d) * radix[d];
                }

                if (!suppressed[ancestor])
                {
                    suppressed[ancestor] = true;
                    ComplementaryCount++;
                    any = true;
                }
            }

            if (any)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Suppresses every count at the same margin level as <paramref name="aggregate"/>; false when there was none left.</summary>
    private bool SuppressLevel(int aggregate)
    {
        var level = Enumerable.Range(0, dimensions.Length).Select(d => Coordinate(aggregate, d) != 0).ToArray();
        var any = false;
        for (var index = 0; index < counts.Length; index++)
        {
            if (!suppressed[index] && Enumerable.Range(0, dimensions.Length).All(d => (Coordinate(index, d) != 0) == level[d]))
            {
                suppressed[index] = true;
                ComplementaryCount++;
                any = true;
            }
        }

        return any;
    }

    private void SuppressAll()
    {
        for (var index = 0; index < counts.Length; index++)
        {
            if (!suppressed[index])
            {
                suppressed[index] = true;
                ComplementaryCount++;
            }
        }
    }

    /// <summary>
    /// The cheapest published count to suppress next: at the same margin level, one or two categories different (a line or
    /// a rectangle through it), with the smallest positive count; for a margin, one of its published interior cells; then
    /// the margins one level up.
    /// </summary>
    private int Partner(int aggregate)
    {
        var best = -1;
        void Consider(int candidate)
        {
            if (candidate == aggregate || suppressed[candidate])
            {
                return;
            }

            if (best < 0 || Rank(candidate).CompareTo(Rank(best)) < 0)
            {
                best = candidate;
            }
        }

        // Counts at the same level that differ in one or two categories: the lines and rectangles through it.
        var fixedDims = Enumerable.Range(0, dimensions.Length).Where(d => Coordinate(aggregate, d) != 0).ToArray();
        foreach (var first in fixedDims)
        {
            var firstOwn = Coordinate(aggregate, first);
            for (var c1 = 1; c1 <= sizes[first]; c1++)
            {
                var moved = aggregate + ((c1 - firstOwn) * radix[first]);
                Consider(moved);
                foreach (var second in fixedDims.Where(d => d > first))
                {
                    var secondOwn = Coordinate(aggregate, second);
                    for (var c2 = 1; c2 <= sizes[second]; c2++)
                    {
                        if (c1 != firstOwn && c2 != secondOwn)
                        {
                            Consider(moved + ((c2 - secondOwn) * radix[second]));
                        }
                    }
                }
            }
        }

        if (best < 0 && !IsInterior(aggregate))
        {
            foreach (var cell in InteriorCellsOf(aggregate))
            {
                Consider(cell);
            }
        }

        if (best < 0)
        {
            for (var d = 0; d < dimensions.Length; d++)
            {
                var own = Coordinate(aggregate, d);
                if (own != 0)
                {
                    Consider(aggregate - (own * radix[d]));
                }
            }
        }

        return best;
    }

    /// <summary>Smallest positive counts first (zeros last: suppressing them adds little), then index order.</summary>
    private (int, int, int) Rank(int index) => (counts[index] == 0 ? 1 : 0, counts[index], index);
}
