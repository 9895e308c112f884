namespace Coalition.Domain.Reporting;

/// <content>The attacker's exact bounds by linear programming.</content>
internal sealed partial class ReleaseCube
{
    /// <summary>
    /// Whether the attacker's bounds on a suppressed count reach the protection interval on both sides. A <see langword="true"/>
    /// answer is a proof; <see langword="false"/> means no proof was found here (the count may still be protected).
    /// </summary>
    private bool IsProtected(int aggregate, int interval)
    {
        var (low, high) = Bounds(aggregate, MaxUnknowns);
        var truth = counts[aggregate];
        return low <= Math.Max(0, truth - interval) + 1e-6 && high >= truth + UpwardInterval(aggregate, interval) - 1e-6;
    }

    /// <summary>
    /// The attacker's lowest and highest value of a count, by linear programming over the published counts: the unknowns
    /// are the suppressed interior cells connected to the count through published margins; each published margin that
    /// holds some of them says their sum equals the margin less its published cells.
    /// </summary>
    /// <remarks>
    /// When more than <paramref name="maxUnknowns"/> cells are connected, the nearest ones (breadth first) stay unknown and
    /// the rest are fixed at their true values. Every table that program allows is one the attacker's full program allows
    /// too, so its range lies inside the attacker's: a range wide enough here is a proof of protection, never a relaxation.
    /// </remarks>
    internal (double Low, double High) Bounds(int aggregate, int maxUnknowns)
    {
        var subsets = 1 << dimensions.Length;
        var full = subsets - 1;

        // Margins from the most specific to the grand total, so that the nearest cells are reached first.
        var masks = Enumerable.Range(0, full).OrderByDescending(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m).ToArray();
        // The unknown cells inside the count, then everything connected to them through published margins, up to the cap.
        var unknownIndex = new Dictionary<int, int>();
        var unknowns = new List<int>();
        var queue = new Queue<int>();
        var marginRows = new Dictionary<int, int>();
        void AddUnknown(int cell)
        {
            if (unknowns.Count < maxUnknowns && !unknownIndex.ContainsKey(cell))
            {
                unknownIndex[cell] = unknowns.Count;
                unknowns.Add(cell);
                queue.Enqueue(cell);
            }
        }

        foreach (var cell in InteriorCellsOf(aggregate))
        {
            if (suppressed[cell])
            {
                AddUnknown(cell);
            }
        }

        // Every published margin of every unknown becomes a row, so that no constraint on an unknown is dropped.
        while (queue.Count > 0)
        {
            var cell = queue.Dequeue();
            foreach (var mask in masks)
            {
                var margin = Ancestor(cell, mask);
                if (suppressed[margin] || marginRows.ContainsKey(margin))
                {
                    continue;
                }

                marginRows[margin] = marginRows.Count;
                foreach (var member in InteriorCellsOf(margin))
                {
                    if (suppressed[member])
                    {
                        AddUnknown(member);
                    }
                }
            }
        }

        // Suppressed cells left out are known to this program at their true values.
        int KnownInside(int margin)
        {
            var sum = 0;
            foreach (var member in InteriorCellsOf(margin))
            {
                if (!suppressed[member] || !unknownIndex.ContainsKey(member))
                {
                    sum += counts[member];
                }
            }

            return sum;
        }

        var known = IsInterior(aggregate) ? (unknownIndex.ContainsKey(aggregate) ? 0 : counts[aggregate]) : KnownInside(aggregate);
        if (unknowns.Count == 0)
        {
            return (known, known);
        }

        // A linked area total that is not published still bounds its area (the other table's true counts): a row with a
        // slack column, Σ + s = total + room (at most) or Σ − s = total − room (at least).
        var linked = new List<(int Margin, int Bound, double Sign)>();
        if (roomDimension >= 0)
        {
            for (var area = 1; area <= sizes[roomDimension]; area++)
            {
                var margin = area * radix[roomDimension];
                if ((suppressed[margin] || hidden[margin]) && InteriorCellsOf(margin).Any(unknownIndex.ContainsKey))
                {
                    if (increaseRoom is { } up)
                    {
                        linked.Add((margin, counts[margin] + up[area], 1));
                    }

                    if (decreaseRoom is { } down)
                    {
                        linked.Add((margin, counts[margin] - down[area], -1));
                    }
                }
            }
        }

        var columns = unknowns.Count + linked.Count;
        var a = new double[marginRows.Count + linked.Count][];
        var b = new double[marginRows.Count + linked.Count];
        foreach (var (margin, row) in marginRows)
        {
            a[row] = new double[columns];
            b[row] = counts[margin] - KnownInside(margin);
        }

        for (var u = 0; u < unknowns.Count; u++)
        {
            for (var mask = 0; mask < full; mask++)
            {
                if (marginRows.TryGetValue(Ancestor(unknowns[u], mask), out var row))
                {
                    a[row][u] = 1;
                }
            }
        }

        for (var l = 0; l < linked.Count; l++)
        {
            var row = marginRows.Count + l;
            a[row] = new double[columns];
            b[row] = linked[l].Bound - KnownInside(linked[l].Margin);
            a[row][unknowns.Count + l] = linked[l].Sign;
            foreach (var member in InteriorCellsOf(linked[l].Margin))
            {
                if (unknownIndex.TryGetValue(member, out var u))
                {
                    a[row][u] = 1;
                }
            }
        }

        var objective = unknowns.Select(u => Contains(aggregate, u) ? 1.0 : 0.0).Concat(linked.Select(_ => 0.0)).ToArray();
        var low = LinearProgram.Minimize(a, b, objective);
        var high = LinearProgram.Maximize(a, b, objective);

        // An unsolved program counts as no protection on that side, so that more is suppressed.
        return (
            low.Outcome == LinearProgram.Outcome.Optimal ? known + low.Value : low.Outcome == LinearProgram.Outcome.Unbounded ? double.NegativeInfinity : double.PositiveInfinity,
            high.Outcome == LinearProgram.Outcome.Optimal ? known + high.Value : high.Outcome == LinearProgram.Outcome.Unbounded ? double.PositiveInfinity : double.NegativeInfinity);
    }
}
