using System.Diagnostics;
using System.Globalization;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Benchmarks;

/// <summary>
/// DiffusionOperator.Apply on 512 × 512 timed exactly like stencil/stencil.c and stencil/stencil.py (same field, same
/// uniform face weights 10⁻³/h², no-flux faces, median of 50 after a warm-up, single thread), with the same checksum
/// Σ|Lu| so the three are seen to compute the same operator.
/// </summary>
internal static class StencilTiming
{
    private const int Size = 512;

    public static int Run(TextWriter output)
    {
        var grid = StructuredGrid.Plane(Size, Size, 1.0 / Size, 1.0 / Size);
        var op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1e-3), GridBoundaries.NoFlux);
        var u = new double[grid.CellCount];
        var result = new double[grid.CellCount];
        for (var c = 0; c < u.Length; c++)
        {
            var (i, j, _) = grid.Cell(c);
            u[c] = Math.Cos(2 * Math.PI * grid.X(i)) * Math.Cos(2 * Math.PI * grid.Y(j));
        }

        // Warm-up for half a second, long enough for tiered JIT to replace the first-tier code (C and NumPy need none).
        var warmUp = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warmUp).TotalSeconds < 0.5)
        {
            op.Apply(u, result, 1.0, 1);
        }

        var times = new double[50];
        for (var r = 0; r < times.Length; r++)
        {
            var start = Stopwatch.GetTimestamp();
            op.Apply(u, result, 1.0, 1);
            times[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        var checksum = result.Sum(Math.Abs);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"twinval,512x512,{times[25]:0.000} ms,checksum {checksum:0.000000e+00}"));
        return 0;
    }
}
