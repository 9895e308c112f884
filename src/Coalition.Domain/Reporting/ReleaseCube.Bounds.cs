namespace Coalition.Domain.Reporting;

/// <content>The attacker's exact bounds by linear programming.</content>
internal sealed partial class ReleaseCube
{
    /// <summary>Whether the attacker's bounds on a suppressed count reach the protection interval on both sides; <see langword="null"/> when the program is too large to solve here.</summary>
    private bool? IsProtected(int aggregate, int interval)
    {
        if (Bounds(aggregate, MaxUnknowns) is not { } bounds)
        {
            return null;
        }

        var (low, high) = bounds;
        var truth = counts[aggregate];
        return low <= Math.Max(0, truth - interval) + 1e-6 && high >= truth + interval - 1e-6;
    }

    /// <summary>
    /// The attacker's lowest and highest value of a count, by linear programming over the published counts: the unknowns
    /// are the suppressed interior cells connected to the count through published margins; each published margin that
    /// holds some of them says their sum equals the margin less its published cells.
    /// </summary>
    internal (double Low, double High)? Bounds(int aggregate, int maxUnknowns)
    {
        var subsets = 1 << dimensions.Length;
        var full = subsets - 1;
        int MarginOf(int cell, int mask)
        {
            var index = 0;
            for (var d = 0; d < dimensions.Length; d++)
            {
                if ((mask & (1 << d)) != 0)
                {
                    index += Coordinate(cell, d) * radix[d];
                }
            }

            return index;
        }

        // The unknown cells inside the count, then everything connected to them through published margins.
        var unknownIndex = new Dictionary<int, int>();
        var unknowns = new List<int>();
        var queue = new Queue<int>();
        var marginRows = new Dictionary<int, int>();
        void AddUnknown(int cell)
        {
            if (!unknownIndex.ContainsKey(cell))
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

        while (queue.Count > 0)
        {
            var cell = queue.Dequeue();
            for (var mask = 0; mask < full; mask++)
            {
                var margin = MarginOf(cell, mask);
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

            if (unknowns.Count > maxUnknowns)
            {
                return null;
            }
        }

        var known = IsInterior(aggregate) ? (suppressed[aggregate] ? 0 : counts[aggregate]) : PublishedInside(aggregate);
        if (unknowns.Count == 0)
        {
            return (known, known);
        }

        var a = new double[marginRows.Count][];
        var b = new double[marginRows.Count];
        foreach (var (margin, row) in marginRows)
        {
            a[row] = new double[unknowns.Count];
            b[row] = counts[margin] - PublishedInside(margin);
        }

        for (var u = 0; u < unknowns.Count; u++)
        {
            for (var mask = 0; mask < full; mask++)
            {
                if (marginRows.TryGetValue(MarginOf(unknowns[u], mask), out var row))
                {
                    a[row][u] = 1;
                }
            }
        }

        var objective = unknowns.Select(u => Contains(aggregate, u) ? 1.0 : 0.0).ToArray();
        var low = LinearProgram.Minimize(a, b, objective);
        var high = LinearProgram.Maximize(a, b, objective);

        // An unsolved program counts as no protection on that side, so that more is suppressed.
        return (
            low.Outcome == LinearProgram.Outcome.Optimal ? known + low.Value : low.Outcome == LinearProgram.Outcome.Unbounded ? double.NegativeInfinity : double.PositiveInfinity,
            high.Outcome == LinearProgram.Outcome.Optimal ? known + high.Value : high.Outcome == LinearProgram.Outcome.Unbounded ? double.PositiveInfinity : double.NegativeInfinity);
    }
}
