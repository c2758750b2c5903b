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

    /// <summary>The step as plain scalar loops (the implementation the kernels replaced), the reference for the test above.</summary>
    private static double PlainLoopAttempt(CoupledCubicSystem system, double t, double tNew, double h, double[] work, int n)
    {
        Span<double> Row(int r) => work.AsSpan(r * n, n);
        var y = Row(0);
        var y1 = Row(1);
        var s = Row(2);
        var k1 = Row(3);
        var k2 = Row(4);
        var k3 = Row(5);
        var k4 = Row(6);
        var k5 = Row(7);
        var k6 = Row(8);
        var k7 = Row(9);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * A21 * k1[i]);
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
        }

        system.Evaluate(tNew, y1, k7);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = h * ((E1 * k1[i]) + (E3 * k3[i]) + (E4 * k4[i]) + (E5 * k5[i]) + (E6 * k6[i]) + (E7 * k7[i]));
            var sk = Atol + (Rtol * Math.Max(Math.Abs(y[i]), Math.Abs(y1[i])));
            sum += (e / sk) * (e / sk);
        }

        return Math.Sqrt(sum / n);
    }
}
