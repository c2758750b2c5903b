using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.Tests.Systems;
using static TwinVal.Numerics.DormandPrinceCoefficients;

namespace TwinVal.Numerics.Tests;

public class DormandPrinceStepTests
{
    private const double Rtol = 1e-6, Atol = 1e-9;

    /// <summary>
    /// Dimension 1…67 (the small-system loops) or SmallSystem…SmallSystem + 67 (the kernels, every SIMD tail), a seed for
    /// y, a step h ∈ (0, 0.5].
    /// </summary>
    public static Arbitrary<(int Seed, int Length, double H)> Steps() =>
        (from seed in ArbMap.Default.GeneratorFor<int>()
         from length in Gen.OneOf(Gen.Choose(1, 67), Gen.Choose(DormandPrinceStep.SmallSystem, DormandPrinceStep.SmallSystem + 67))
         from h in Gen.Choose(1, 500).Select(v => v / 1000.0)
         select (seed, length, h))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(DormandPrinceStepTests)], MaxTest = 200)]
    public void Attempt_RandomStateAndLength_StagesAndSolutionBitIdenticalToPlainLoops((int Seed, int Length, double H) step)
    {
        var (seed, n, h) = step;
        var (t, tNew) = (0.3, 0.3 + h);
        var work = new double[14 * n];
        var random = new Random(seed);
        for (var i = 0; i < n; i++)
        {
            work[i] = (random.NextDouble() * 4) - 2;
        }

        var system = new CoupledCubicSystem(n);
        system.Evaluate(t, work.AsSpan(0, n), work.AsSpan(3 * n, n));
        var expected = (double[])work.Clone();
        var expectedNorm = PlainLoopAttempt(system, t, tNew, h, expected, n);

        var norm = DormandPrinceStep.Attempt(ref system, t, tNew, h, work, n, Rtol, Atol);

        // Rows y1 and k2…k7 bit for bit (row 2 is scratch: it now ends holding the error's partial sum, not stage 6's input).
        foreach (var row in new[] { 1, 4, 5, 6, 7, 8, 9 })
        {
            for (var i = 0; i < n; i++)
            {
                Assert.True(
                    BitConverter.DoubleToInt64Bits(expected[(row * n) + i]) == BitConverter.DoubleToInt64Bits(work[(row * n) + i]),
                    $"row {row}, element {i} of {n}: kernel {work[(row * n) + i]:R}, plain loop {expected[(row * n) + i]:R}");
            }
        }

        Assert.True(Math.Abs(norm - expectedNorm) <= 1e-14 * expectedNorm, $"norm {norm:R}, plain loop {expectedNorm:R}");
    }

    /// <summary>
    /// The step as a generic explicit Runge–Kutta loop over the Dormand–Prince tableau (rows of a, then b, then e = b − b̂),
    /// the reference for the test above: stage i is y + h·Σⱼ aᵢⱼkⱼ summed left to right over the nonzero aᵢⱼ — the
    /// order of the plain loops both production paths reproduce — with the same error norm as a sequential sum.
    /// </summary>
    private static double PlainLoopAttempt(CoupledCubicSystem system, double t, double tNew, double h, double[] work, int n)
    {
        double[][] a =
        [
            [], [A21], [A31, A32], [A41, A42, A43], [A51, A52, A53, A54], [A61, A62, A63, A64, A65],
            [B1, 0, B3, B4, B5, B6],
        ];
        double[] c = [0, C2, C3, C4, C5, 1, 1];
        double[] e = [E1, 0, E3, E4, E5, E6, E7];
        Span<double> Row(int r) => work.AsSpan(r * n, n);
        var k = new double[7][];
        k[0] = Row(3).ToArray();
        for (var stage = 1; stage < 7; stage++)
        {
            // Stage 2's single term is (h·a21)·k1, rounded in that order like the production step's y + h * A21 * k1.
            var target = stage == 6 ? Row(1) : Row(2);
            for (var i = 0; i < n; i++)
            {
                double acc = 0;
                var first = true;
                for (var j = 0; j < stage; j++)
                {
                    if (a[stage][j] == 0)
                    {
                        continue;
                    }

                    acc = first ? a[stage][j] * k[j][i] : acc + (a[stage][j] * k[j][i]);
                    first = false;
                }

                target[i] = stage == 1 ? Row(0)[i] + (h * A21 * k[0][i]) : Row(0)[i] + (h * acc);
            }

            var derivative = Row(3 + stage);
            system.Evaluate(stage == 6 ? tNew : t + (c[stage] * h), target, derivative);
            k[stage] = derivative.ToArray();
        }

        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var err = 0.0;
            for (var j = 0; j < 7; j++)
            {
                err = j == 0 ? e[0] * k[0][i] : (e[j] == 0 ? err : err + (e[j] * k[j][i]));
            }

            var sk = Atol + (Rtol * Math.Max(Math.Abs(Row(0)[i]), Math.Abs(Row(1)[i])));
            sum += (h * err / sk) * (h * err / sk);
        }

        return Math.Sqrt(sum / n);
    }
}
