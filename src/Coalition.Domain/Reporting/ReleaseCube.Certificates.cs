namespace Coalition.Domain.Reporting;

/// <content>Hypercube certificates: the fast proof that a suppressed count is protected.</content>
internal sealed partial class ReleaseCube
{
    /// <summary>
    /// Looks for hypercube certificates: around an interior cell x inside the count, a partner category for each dimension
    /// the count fixes; moving mass +δ/−δ around the corners keeps every published count unchanged. Raising the count by p
    /// needs the corners of odd parity to hold at least p; lowering it by min(t, p) is split over cells x that hold it,
    /// each needing its even corners to hold its share. Together they show the attacker's range includes
    /// [max(0, t − p), t + p]. Every count that fixes those dimensions and contains a corner must be suppressed; the
    /// cheapest hypercubes are chosen and their counts suppressed.
    /// </summary>
    private bool Certify(int aggregate, int interval)
    {
        var fixedDims = Enumerable.Range(0, dimensions.Length).Where(d => Coordinate(aggregate, d) != 0).ToArray();
        var freeDims = Enumerable.Range(0, dimensions.Length).Where(d => Coordinate(aggregate, d) == 0).ToArray();
        if (fixedDims.Length == 0)
        {
            return false;
        }

        var inside = InteriorCellsOf(aggregate).OrderByDescending(c => counts[c]).ThenBy(c => c).ToList();
        var required = new HashSet<int>();

        // Up by p: one hypercube whose odd corners hold at least p.
        var upCube = inside.Take(3).Select(x => BestHypercube(x, fixedDims, freeDims, interval, 0)).Where(h => h is not null).MinBy(h => h!.Value.Cost);
        if (upCube is not { } up)
        {
            return false;
        }

        required.UnionWith(up.Required);

        // Down by min(t, p): shares taken from the cells that hold the count.
        var remaining = Math.Min(counts[aggregate], interval);
        foreach (var x in inside)
        {
            if (remaining == 0 || counts[x] == 0)
            {
                break;
            }

            var share = Math.Min(counts[x], remaining);
            if (BestHypercube(x, fixedDims, freeDims, 0, share) is { } downCube)
            {
                required.UnionWith(downCube.Required);
                remaining -= share;
            }
        }

        if (remaining > 0)
        {
            return false;
        }

        foreach (var index in required)
        {
            if (!suppressed[index])
            {
                suppressed[index] = true;
                ComplementaryCount++;
            }
        }

        return true;
    }

    /// <summary>The cheapest hypercube around <paramref name="x"/> whose odd corners hold <paramref name="oddMinimum"/> and other even corners <paramref name="evenMinimum"/>; null when none.</summary>
    private (List<int> Required, long Cost)? BestHypercube(int x, int[] fixedDims, int[] freeDims, int oddMinimum, int evenMinimum)
    {
        var options = new int[fixedDims.Length][];
        for (var i = 0; i < fixedDims.Length; i++)
        {
            var f = fixedDims[i];
            var own = Coordinate(x, f);
            int Flip(int c) => x + ((c - own) * radix[f]);
            options[i] = [.. Enumerable.Range(1, sizes[f])
                .Where(c => c != own && counts[Flip(c)] >= oddMinimum)
                .OrderBy(c => suppressed[Flip(c)] ? 0 : 1).ThenBy(c => oddMinimum > 0 ? counts[Flip(c)] : -counts[Flip(c)]).ThenBy(c => c)
                .Take(3)];
            if (options[i].Length == 0)
            {
                return null;
            }
        }

        (List<int> Required, long Cost)? best = null;
        var choice = new int[fixedDims.Length];
        while (true)
        {
            if (Hypercube(x, fixedDims, freeDims, options, choice, oddMinimum, evenMinimum) is { } cube && (best is null || cube.Cost < best.Value.Cost))
            {
                best = cube;
                if (cube.Cost == 0)
                {
                    return best;
                }
            }

            var k = choice.Length - 1;
            while (k >= 0 && ++choice[k] == options[k].Length)
            {
                choice[k] = 0;
                k--;
            }

            if (k < 0)
            {
                return best;
            }
        }
    }

    private (List<int> Required, long Cost)? Hypercube(int x, int[] fixedDims, int[] freeDims, int[][] options, int[] choice, int oddMinimum, int evenMinimum)
    {
        var required = new List<int>();
        long cost = 0;
        for (var mask = 0; mask < 1 << fixedDims.Length; mask++)
        {
            var corner = x;
            for (var i = 0; i < fixedDims.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    corner += (options[i][choice[i]] - Coordinate(x, fixedDims[i])) * radix[fixedDims[i]];
                }
            }

            var odd = (System.Numerics.BitOperations.PopCount((uint)mask) & 1) == 1;
            if (mask != 0 && counts[corner] < (odd ? oddMinimum : evenMinimum))
            {
                return null;
            }

            // Every count that fixes the hypercube's dimensions at this corner, with free dimensions kept or totalled.
            for (var keep = 0; keep < 1 << freeDims.Length; keep++)
            {
                var aggregate = corner;
                for (var j = 0; j < freeDims.Length; j++)
                {
                    if ((keep & (1 << j)) == 0)
                    {
                        aggregate -= Coordinate(x, freeDims[j]) * radix[freeDims[j]];
                    }
                }

                required.Add(aggregate);
                if (!suppressed[aggregate])
                {
                    cost += counts[aggregate] + 1L;
                }
            }
        }

        return (required, cost);
    }
}
