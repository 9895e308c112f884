using Coalition.Domain.Reporting;
using FsCheck;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.Reporting;

/// <summary>The simplex against brute-force enumeration of every consistent non-negative integer table.</summary>
public sealed class LinearProgramTests
{
    [Fact]
    public void Bounds_on_small_two_way_tables_equal_brute_force_enumeration() =>
        Properties.ForAll(
            (from rows in Gen.Choose(2, 3)
             from columns in Gen.Choose(2, 3)
             from values in Gen.ArrayOf(Gen.Choose(0, 3), rows * columns)
             from hidden in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(true)), (1, Gen.Constant(false))), rows * columns)
             from target in Gen.Choose(0, (rows * columns) - 1)
             select (rows, columns, values, hidden, target)).ToArbitrary(),
            x =>
            {
                var (rows, columns, values, hidden, target) = x;
                hidden[target] = true;

                // At most four unknowns keep the enumeration small.
                for (int i = 0, seen = 0; i < hidden.Length; i++)
                {
                    if (hidden[i] && i != target && ++seen > 3)
                    {
                        hidden[i] = false;
                    }
                }

                var unknowns = Enumerable.Range(0, rows * columns).Where(i => hidden[i]).ToList();

                // Published: every row total, every column total and the visible cells.
                var constraints = new List<(int[] Cells, int Sum)>();
                for (var r = 0; r < rows; r++)
                {
                    constraints.Add(([.. Enumerable.Range(0, columns).Select(c => (r * columns) + c)], Enumerable.Range(0, columns).Sum(c => values[(r * columns) + c])));
                }

                for (var c = 0; c < columns; c++)
                {
                    constraints.Add(([.. Enumerable.Range(0, rows).Select(r => (r * columns) + c)], Enumerable.Range(0, rows).Sum(r => values[(r * columns) + c])));
                }

                var a = constraints.Select(k => unknowns.Select(u => k.Cells.Contains(u) ? 1.0 : 0.0).ToArray()).ToArray();
                var b = constraints.Select(k => (double)(k.Sum - k.Cells.Where(i => !hidden[i]).Sum(i => values[i]))).ToArray();
                var objective = unknowns.Select(u => u == target ? 1.0 : 0.0).ToArray();
                var low = LinearProgram.Minimize(a, b, objective);
                var high = LinearProgram.Maximize(a, b, objective);

                // Brute force: every assignment to the hidden cells, each up to what its row and column leave, that meets every sum.
                var limits = unknowns.Select(u => constraints.Where(k => k.Cells.Contains(u)).Min(k => k.Sum - k.Cells.Where(i => !hidden[i]).Sum(i => values[i]))).ToArray();
                var feasible = new List<int>();
                var assignment = new int[unknowns.Count];
                void Search(int i)
                {
                    if (i == unknowns.Count)
                    {
                        var cells = (int[])values.Clone();
                        for (var u = 0; u < unknowns.Count; u++)
                        {
                            cells[unknowns[u]] = assignment[u];
                        }

                        if (constraints.All(k => k.Cells.Sum(c => cells[c]) == k.Sum))
                        {
                            feasible.Add(cells[target]);
                        }

                        return;
                    }

                    for (var v = 0; v <= limits[i]; v++)
                    {
                        assignment[i] = v;
                        Search(i + 1);
                    }
                }

                Search(0);
                Assert.NotEmpty(feasible);
                Assert.Equal(LinearProgram.Outcome.Optimal, low.Outcome);
                Assert.Equal(LinearProgram.Outcome.Optimal, high.Outcome);
                Assert.Equal(feasible.Min(), low.Value, 6);
                Assert.Equal(feasible.Max(), high.Value, 6);
            });

    [Fact]
    public void An_unconstrained_unknown_is_unbounded_above_and_an_impossible_system_is_infeasible()
    {
        var unbounded = LinearProgram.Maximize([[1, -1]], [0], [1, 0]);
        Assert.Equal(LinearProgram.Outcome.Unbounded, unbounded.Outcome);
        Assert.Equal((LinearProgram.Outcome.Optimal, 0.0), LinearProgram.Minimize([[1, -1]], [0], [1, 0]));
        Assert.Equal(LinearProgram.Outcome.Infeasible, LinearProgram.Minimize([[1, 1]], [-2], [1, 0]).Outcome);
        Assert.Equal((LinearProgram.Outcome.Optimal, 3.0), LinearProgram.Maximize([[1, 1], [1, 1]], [3, 3], [1, 0]));
    }
}
