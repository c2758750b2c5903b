using TwinVal.Numerics.Kernels;
using static TwinVal.Numerics.DormandPrinceCoefficients;

namespace TwinVal.Numerics;

/// <summary>
/// One trial step of the Dormand–Prince 5(4) pair (Dormand &amp; Prince 1980, J. Comput. Appl. Math. 6:19–26,
/// doi:10.1016/0771-050X(80)90013-3) over <see cref="DormandPrince54"/>'s work array: rows y, y1, scratch, k1…k7.
/// The vector passes are <see cref="RowCombination"/> and <see cref="WeightedRms"/> kernels: SIMD, and bit-identical per
/// element to the plain loops y + h·((a₁k₁ + a₂k₂) + …) they replace.
/// </summary>
internal static class DormandPrinceStep
{
    // Rows of the work array (in units of n).
    private const int Y = 0, Y1 = 1, Scratch = 2, K1 = 3, K2 = 4, K3 = 5, K4 = 6, K5 = 7, K6 = 8, K7 = 9;

    /// <summary>
    /// Below this many unknowns the stage passes are plain loops: the rows sit in L1, and the kernels' per-call checks and
    /// set-up cost more than SIMD saves (measured: Hodgkin–Huxley, n = 4, took 1.7× longer per step through the kernels).
    /// Both paths compute every element with the same operations in the same order, so they agree bit for bit.
    /// </summary>
    internal const int SmallSystem = 64;

    /// <summary>One trial step from t to tNew: stages, fifth-order y1, FSAL stage k7 = f(tNew, y1); returns the scaled RMS error.</summary>
    public static double Attempt<TSystem>(ref TSystem system, double t, double tNew, double h, double[] work, int n, double rtol, double atol)
        where TSystem : IOdeSystem
    {
        if (n < SmallSystem)
        {
            return AttemptSmall(ref system, t, tNew, h, work, n, rtol, atol);
        }

        var s = work.AsSpan(Scratch * n, n);

        // Stage 2 as y + (h·a21)·k1, the plain loop's h * A21 * k1 (h·a21 rounded first); 1·y is y exactly.
        RowCombination.Sum(work, n, Scratch, [Y, K1], [1.0, h * A21]);
        system.Evaluate(t + (C2 * h), s, Row(work, K2, n));
        RowCombination.Stage(work, n, Scratch, Y, h, [K1, K2], [A31, A32]);
        system.Evaluate(t + (C3 * h), s, Row(work, K3, n));
        RowCombination.Stage(work, n, Scratch, Y, h, [K1, K2, K3], [A41, A42, A43]);
        system.Evaluate(t + (C4 * h), s, Row(work, K4, n));
        RowCombination.Stage(work, n, Scratch, Y, h, [K1, K2, K3, K4], [A51, A52, A53, A54]);
        system.Evaluate(t + (C5 * h), s, Row(work, K5, n));
        RowCombination.Stage(work, n, Scratch, Y, h, [K1, K2, K3, K4, K5], [A61, A62, A63, A64, A65]);

        // c6 = c7 = 1: both stages sit at the end of the step, which is tNew exactly for the last step of a segment.
        system.Evaluate(tNew, s, Row(work, K6, n));

        // y1 and the error's first five terms P = e1k1 + … + e6k6 from one read of the stages (b2 = e2 = 0); P goes to the
        // scratch row, free once k6 is evaluated. The error pass then reads P, k7, y, y1 (32 B/element) instead of
        // y, y1 and all seven stages (64 B): k7 = f(y1) is needed for the error, so the two passes cannot merge further.
        RowCombination.Stage(work, n, Y1, Y, h, [K1, K3, K4, K5, K6], [B1, B3, B4, B5, B6], Scratch, [E1, E3, E4, E5, E6]);
        return ErrorNorm(ref system, tNew, h, work, n, rtol, atol);
    }

    /// <summary>The same step by plain loops (small systems): the stage, y1 and P expressions of the kernels, element by element.</summary>
    private static double AttemptSmall<TSystem>(ref TSystem system, double t, double tNew, double h, double[] work, int n, double rtol, double atol)
        where TSystem : IOdeSystem
    {
        var y = Row(work, Y, n);
        var y1 = Row(work, Y1, n);
        var s = Row(work, Scratch, n);
        var k1 = Row(work, K1, n);
        var k2 = Row(work, K2, n);
        var k3 = Row(work, K3, n);
        var k4 = Row(work, K4, n);
        var k5 = Row(work, K5, n);
        var k6 = Row(work, K6, n);
        var hA21 = h * A21;
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (hA21 * k1[i]);
        }

        system.Evaluate(t + (C2 * h), s, k2);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A31 * k1[i]) + (A32 * k2[i])));
        }

        system.Evaluate(t + (C3 * h), s, k3);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A41 * k1[i]) + (A42 * k2[i]) + (A43 * k3[i])));
        }

        system.Evaluate(t + (C4 * h), s, k4);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A51 * k1[i]) + (A52 * k2[i]) + (A53 * k3[i]) + (A54 * k4[i])));
        }

        system.Evaluate(t + (C5 * h), s, k5);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((A61 * k1[i]) + (A62 * k2[i]) + (A63 * k3[i]) + (A64 * k4[i]) + (A65 * k5[i])));
        }

        system.Evaluate(tNew, s, k6);
        for (var i = 0; i < n; i++)
        {
            y1[i] = y[i] + (h * ((B1 * k1[i]) + (B3 * k3[i]) + (B4 * k4[i]) + (B5 * k5[i]) + (B6 * k6[i])));
            s[i] = (E1 * k1[i]) + (E3 * k3[i]) + (E4 * k4[i]) + (E5 * k5[i]) + (E6 * k6[i]);
        }

        return ErrorNorm(ref system, tNew, h, work, n, rtol, atol);
    }

    /// <summary>k7 = f(tNew, y1), then the scaled RMS of err = h·(P + e₇k₇), P in the scratch row.</summary>
    private static double ErrorNorm<TSystem>(ref TSystem system, double tNew, double h, double[] work, int n, double rtol, double atol)
        where TSystem : IOdeSystem
    {
        system.Evaluate(tNew, Row(work, Y1, n), Row(work, K7, n));
        var estimate = new DormandPrinceErrorEstimate(Row(work, Scratch, n), Row(work, K7, n), h);
        var sum = WeightedRms.SumOfSquares(Row(work, Y, n), Row(work, Y1, n), rtol, atol, ref estimate);
        return Math.Sqrt(sum / n);
    }

    private static Span<double> Row(double[] work, int row, int n) => work.AsSpan(row * n, n);
}
