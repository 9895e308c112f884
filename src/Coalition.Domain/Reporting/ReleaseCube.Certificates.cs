using System.Numerics;

namespace Coalition.Domain.Reporting;

/// <content>Hypercube certificates: the fast proof that a suppressed count is protected.</content>
internal sealed partial class ReleaseCube
{
    /// <summary>The most hypercubes one direction of a certificate may combine.</summary>
    private const int MaxCubesPerDirection = 12;

    /// <summary>The most interior cells inside a margin tried as the base of a hypercube.</summary>
    private const int MaxBases = 8;

    /// <summary>
    /// Looks for hypercube certificates. Around an interior cell x inside the count, a partner category for each of some of
    /// the dimensions the count fixes spans a hypercube; moving δ around its corners (+δ on x's parity, −δ on the other)
    /// keeps every published count unchanged once every count that fixes the hypercube's dimensions and holds a corner is
    /// suppressed (those that total one of them hold two corners of opposite sign). A sum of such moves is again a table
    /// the attacker cannot rule out, as long as no cell loses more than it holds. So the certificate raises the count by p
    /// (or up to a linked total that caps it, <see cref="UpwardInterval"/>) with moves whose odd corners give up the mass,
    /// and lowers it by min(t, p) with moves from cells x that hold it, each limited by what its corners have left after the
    /// moves before it, and by the room a linked area total leaves. Together they show that the attacker's range includes
    /// [max(0, t − p), t + p]. Hypercubes over every fixed dimension are tried first (they need only the cells
    /// themselves); fewer dimensions only when none has the mass. The cheapest moves per unit are chosen, and the counts
    /// they need are suppressed.
    /// </summary>
    private bool Certify(int aggregate, int interval)
    {
        var fixedDims = DimensionsWhere(aggregate, isFixed: true);
        if (fixedDims.Length == 0)
        {
            return false;
        }

        var freeDims = DimensionsWhere(aggregate, isFixed: false);
        var bases = IsInterior(aggregate)
            ? [aggregate]
            : InteriorCellsOf(aggregate).Where(c => counts[c] > 0).OrderByDescending(c => counts[c]).ThenBy(c => c).Take(MaxBases).ToList();
        if (bases.Count == 0)
        {
            // An empty margin: any interior cell inside it can take the upward move.
            bases = InteriorCellsOf(aggregate).Take(MaxBases).ToList();
        }

        var required = new HashSet<int>();
        if (!Move(aggregate, bases, fixedDims, freeDims, UpwardInterval(aggregate, interval), up: true, required) ||
            !Move(aggregate, bases, fixedDims, freeDims, Math.Min(counts[aggregate], interval), up: false, required))
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

    private int[] DimensionsWhere(int aggregate, bool isFixed)
    {
        var list = new List<int>(dimensions.Length);
        for (var d = 0; d < dimensions.Length; d++)
        {
            if ((Coordinate(aggregate, d) != 0) == isFixed)
            {
                list.Add(d);
            }
        }

        return [.. list];
    }

    /// <summary>
    /// Combines hypercube moves that raise (or lower) the count by <paramref name="amount"/> in total, adding the counts
    /// they need to <paramref name="required"/>; false when the mass is not there.
    /// </summary>
    private bool Move(int aggregate, List<int> bases, int[] fixedDims, int[] freeDims, int amount, bool up, HashSet<int> required)
    {
        var used = new Dictionary<int, int>();
        var remaining = amount;
        for (var cubes = 0; remaining > 0; cubes++)
        {
            if (cubes == MaxCubesPerDirection)
            {
                return false;
            }

            Cube? best = null;
            foreach (var x in bases)
            {
                // Lowering takes mass from x itself: only cells that still hold some can start a downward move.
                if (!up && Left(x, used) == 0)
                {
                    continue;
                }

                // All the fixed dimensions first; a hypercube over fewer is valid once the counts it changes are suppressed.
                for (var size = fixedDims.Length; size >= 1; size--)
                {
                    var found = false;
                    foreach (var cubeDims in Subsets(fixedDims, size))
                    {
                        var rest = freeDims.Concat(fixedDims.Except(cubeDims)).ToArray();
                        if (BestHypercube(aggregate, x, cubeDims, rest, up, remaining, used) is { } cube)
                        {
                            found = true;
                            if (best is null || cube.Score < best.Score)
                            {
                                best = cube;
                            }
                        }
                    }

                    if (found)
                    {
                        break;
                    }
                }
            }

            if (best is null)
            {
                return false;
            }

            Corners(best, (corner, giver) =>
            {
                if (giver)
                {
                    used[corner] = used.GetValueOrDefault(corner) + best.Delta;
                }

                if (MovesAreaTotals(best))
                {
                    var key = RoomKey(Coordinate(corner, roomDimension), giver);
                    used[key] = used.GetValueOrDefault(key) + best.Delta;
                }

                for (var keep = 0; keep < 1 << best.Rest.Length; keep++)
                {
                    required.Add(Withheld(best, corner, keep));
                }
            });
            remaining -= best.Delta;
        }

        return true;
    }

    /// <summary>The subsets of <paramref name="dims"/> of the given size, in a fixed order.</summary>
    private static IEnumerable<int[]> Subsets(int[] dims, int size)
    {
        for (var mask = (1 << dims.Length) - 1; mask > 0; mask--)
        {
            if (BitOperations.PopCount((uint)mask) == size)
            {
                yield return [.. dims.Where((_, i) => (mask & (1 << i)) != 0)];
            }
        }
    }

    /// <summary>Whether a cube's moves change the linked area totals: it moves along the area dimension alone.</summary>
    private bool MovesAreaTotals(Cube cube) => roomDimension >= 0 && cube.Dims.Length == 1 && cube.Dims[0] == roomDimension;

    /// <summary>The key under which used room is kept (negative, apart from cell indices).</summary>
    private static int RoomKey(int area, bool lowering) => lowering ? int.MinValue + area : -1 - area;

    /// <summary>The mass an interior cell has left after the moves chosen so far.</summary>
    private int Left(int cell, Dictionary<int, int> used) => counts[cell] - used.GetValueOrDefault(cell);

    /// <summary>
    /// The hypercube around <paramref name="x"/> over <paramref name="cubeDims"/> with the lowest cost per unit moved, or
    /// null when none can move any. Partners per dimension are the cheapest to withhold (the target's count with the
    /// partner's category; nothing if already suppressed), and for raising also those with the most mass, so that one
    /// hypercube can move a lot.
    /// </summary>
    private Cube? BestHypercube(int aggregate, int x, int[] cubeDims, int[] rest, bool up, int remaining, Dictionary<int, int> used)
    {
        var options = new int[cubeDims.Length][];
        var wide = cubeDims.Length <= 2;
        for (var i = 0; i < cubeDims.Length; i++)
        {
            var f = cubeDims[i];
            var own = Coordinate(x, f);
            var step = radix[f];

            // The neighbour along one dimension is an odd corner: raising needs its mass, lowering gives it mass.
            var candidates = Enumerable.Range(1, sizes[f]).Where(c => c != own && (!up || Left(x + ((c - own) * step), used) > 0)).ToList();
            if (candidates.Count == 0)
            {
                return null;
            }

            int CostOf(int c) => suppressed[aggregate + ((c - own) * step)] ? -1 : counts[aggregate + ((c - own) * step)];
            options[i] = [.. candidates.OrderBy(CostOf).ThenBy(c => c).Take(wide ? 4 : 2)
                .Concat(up ? candidates.OrderByDescending(c => Left(x + ((c - own) * step), used)).ThenBy(c => c).Take(wide ? 2 : 1) : [])
                .Distinct()];
        }

        Cube? best = null;
        var choice = new int[cubeDims.Length];
        var partners = new int[cubeDims.Length];
        while (true)
        {
            for (var i = 0; i < cubeDims.Length; i++)
            {
                partners[i] = options[i][choice[i]];
            }

            var candidate = new Cube(x, cubeDims, rest, partners, up, remaining);
            if (Evaluate(candidate, used) && (best is null || candidate.Score < best.Score))
            {
                best = candidate with { Partners = (int[])partners.Clone() };
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

    /// <summary>Sets the cube's movable amount and cost; false when a corner that must give mass has none left.</summary>
    private bool Evaluate(Cube cube, Dictionary<int, int> used)
    {
        var delta = cube.Delta;
        long cost = 0;
        var feasible = true;
        Corners(cube, (corner, giver) =>
        {
            if (!feasible)
            {
                return;
            }

            // Raising moves mass out of the odd corners; lowering out of the even ones (x among them).
            if (giver)
            {
                delta = Math.Min(delta, Left(corner, used));
                if (delta == 0)
                {
                    feasible = false;
                    return;
                }
            }

            // A move along the area alone changes area totals: a giver's area loses δ, the others gain it.
            if (MovesAreaTotals(cube))
            {
                var area = Coordinate(corner, roomDimension);
                var room = (giver ? decreaseRoom : increaseRoom) is { } rooms ? rooms[area] - used.GetValueOrDefault(RoomKey(area, giver)) : int.MaxValue;
                delta = Math.Min(delta, room);
                if (delta <= 0)
                {
                    feasible = false;
                    return;
                }
            }

            for (var keep = 0; keep < 1 << cube.Rest.Length; keep++)
            {
                var withheld = Withheld(cube, corner, keep);
                if (!suppressed[withheld])
                {
                    cost += counts[withheld] + 1L;
                }
            }
        });
        cube.Delta = delta;
        cube.Cost = cost;
        return feasible;
    }

    /// <summary>Visits each corner of the cube with whether it gives mass (odd corners when raising, even when lowering).</summary>
    private void Corners(Cube cube, Action<int, bool> visit)
    {
        for (var mask = 0; mask < 1 << cube.Dims.Length; mask++)
        {
            var corner = cube.X;
            for (var i = 0; i < cube.Dims.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    corner += (cube.Partners[i] - Coordinate(cube.X, cube.Dims[i])) * radix[cube.Dims[i]];
                }
            }

            var odd = (BitOperations.PopCount((uint)mask) & 1) == 1;
            visit(corner, odd == cube.Raising);
        }
    }

    /// <summary>A count the move changes: it fixes the cube's dimensions at the corner, and keeps or totals each other one.</summary>
    private int Withheld(Cube cube, int corner, int keep)
    {
        var aggregate = corner;
        for (var j = 0; j < cube.Rest.Length; j++)
        {
            if ((keep & (1 << j)) == 0)
            {
                aggregate -= Coordinate(cube.X, cube.Rest[j]) * radix[cube.Rest[j]];
            }
        }

        return aggregate;
    }

    /// <summary>A hypercube move: its base cell, dimensions, the other dimensions, partner categories, direction, amount and cost.</summary>
    private sealed record Cube(int X, int[] Dims, int[] Rest, int[] Partners, bool Raising, int Delta)
    {
        public int Delta { get; set; } = Delta;

        public long Cost { get; set; }

        public double Score => (double)Cost / Delta;
    }
}
