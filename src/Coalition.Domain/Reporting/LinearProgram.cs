namespace Coalition.Domain.Reporting;

/// <summary>
/// A small dense two-phase simplex for the attacker's bounds on a suppressed count: minimise or maximise <c>c·x</c> subject
/// to <c>A x = b</c>, <c>x ≥ 0</c>. Bland's rule prevents cycling; the data are small integer counts, so a tolerance of
/// 1e-9 separates zero from non-zero. Tested against brute-force enumeration of every consistent table on small instances.
/// </summary>
internal static class LinearProgram
{
    private const double Epsilon = 1e-9;
    private const int MaxPivots = 200_000;

    internal enum Outcome
    {
        Optimal,
        Unbounded,
        Infeasible,
        NotSolved,
    }

    /// <summary>Minimises <paramref name="c"/>·x over <paramref name="a"/>·x = <paramref name="b"/>, x ≥ 0.</summary>
    internal static (Outcome Outcome, double Value) Minimize(double[][] a, double[] b, double[] c)
    {
        var m = b.Length;
        var n = c.Length;
        var width = n + m + 1;
        var t = new double[m + 1][];
        var basis = new int[m];
        for (var i = 0; i < m; i++)
        {
            t[i] = new double[width];
            var sign = b[i] < 0 ? -1.0 : 1.0;
            for (var j = 0; j < n; j++)
            {
                t[i][j] = sign * a[i][j];
            }

            t[i][n + i] = 1;
            t[i][width - 1] = sign * b[i];
            basis[i] = n + i;
        }

        // Phase 1: minimise the sum of the artificial variables.
        t[m] = new double[width];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < width; j++)
            {
                if (j < n || j == width - 1)
                {
                    t[m][j] -= t[i][j];
                }
            }
        }

        if (!Iterate(t, basis, width - 1, allowArtificial: true, n))
        {
            return (Outcome.NotSolved, double.NaN);
        }

        if (-t[m][width - 1] > 1e-7)
        {
            return (Outcome.Infeasible, double.NaN);
        }

        // Drive artificial variables out of the basis where possible; a row that cannot is redundant.
        var active = new bool[m];
        for (var i = 0; i < m; i++)
        {
            active[i] = true;
            if (basis[i] >= n)
            {
                var pivot = -1;
                for (var j = 0; j < n; j++)
                {
                    if (Math.Abs(t[i][j]) > Epsilon)
                    {
                        pivot = j;
                        break;
                    }
                }

                if (pivot < 0)
                {
                    active[i] = false;
                }
                else
                {
                    Pivot(t, basis, i, pivot, width);
                }
            }
        }

        // Phase 2: the real objective, with reduced costs over the basis.
        Array.Clear(t[m]);
        for (var j = 0; j < n; j++)
        {
            t[m][j] = c[j];
        }

        for (var i = 0; i < m; i++)
        {
            if (active[i] && basis[i] < n && c[basis[i]] != 0)
            {
                var factor = c[basis[i]];
                for (var j = 0; j < width; j++)
                {
                    t[m][j] -= factor * t[i][j];
                }
            }
        }

        for (var i = 0; i < m; i++)
        {
            if (!active[i])
            {
                Array.Clear(t[i]);
                basis[i] = -1;
            }
        }

        var result = Iterate(t, basis, width - 1, allowArtificial: false, n, unbounded: out var isUnbounded);
        if (!result)
        {
            return (Outcome.NotSolved, double.NaN);
        }

        return isUnbounded ? (Outcome.Unbounded, double.NegativeInfinity) : (Outcome.Optimal, -t[m][width - 1]);
    }

    /// <summary>Maximises <paramref name="c"/>·x over the same constraints.</summary>
    internal static (Outcome Outcome, double Value) Maximize(double[][] a, double[] b, double[] c)
    {
        var negated = c.Select(v => -v).ToArray();
        var (outcome, value) = Minimize(a, b, negated);
        return outcome switch
        {
            Outcome.Optimal => (outcome, -value),
            Outcome.Unbounded => (outcome, double.PositiveInfinity),
            _ => (outcome, value),
        };
    }

    private static bool Iterate(double[][] t, int[] basis, int rhs, bool allowArtificial, int n) =>
        Iterate(t, basis, rhs, allowArtificial, n, out _);

    private static bool Iterate(double[][] t, int[] basis, int rhs, bool allowArtificial, int n, out bool unbounded)
    {
        unbounded = false;
        var m = basis.Length;
        var objective = t[m];
        var columns = allowArtificial ? rhs : n;
        for (var pivots = 0; pivots < MaxPivots; pivots++)
        {
            var entering = -1;
            for (var j = 0; j < columns; j++)
            {
                if (objective[j] < -Epsilon)
                {
                    entering = j;
                    break;
                }
            }

            if (entering < 0)
            {
                return true;
            }

            var leaving = -1;
            var best = double.PositiveInfinity;
            for (var i = 0; i < m; i++)
            {
                if (basis[i] < 0 || t[i][entering] <= Epsilon)
                {
                    continue;
                }

                var ratio = t[i][rhs] / t[i][entering];
                if (ratio < best - Epsilon || (Math.Abs(ratio - best) <= Epsilon && leaving >= 0 && basis[i] < basis[leaving]))
                {
                    best = ratio;
                    leaving = i;
                }
            }

            if (leaving < 0)
            {
                unbounded = true;
                return true;
            }

            Pivot(t, basis, leaving, entering, rhs + 1);
        }

        return false;
    }

    private static void Pivot(double[][] t, int[] basis, int row, int column, int width)
    {
        var pivotRow = t[row];
        var scale = pivotRow[column];
        for (var j = 0; j < width; j++)
        {
            pivotRow[j] /= scale;
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (i == row)
            {
                continue;
            }

            var factor = t[i][column];
            if (factor == 0)
            {
                continue;
            }

            var target = t[i];
            for (var j = 0; j < width; j++)
            {
                target[j] -= factor * pivotRow[j];
            }
        }

        basis[row] = column;
    }
}
