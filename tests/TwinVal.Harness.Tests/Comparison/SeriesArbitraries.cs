using FsCheck;
using FsCheck.Fluent;

namespace TwinVal.Harness.Tests.Comparison;

/// <summary>Generators for the metric laws.</summary>
public static class SeriesArbitraries
{
    // Values are multiples of 1/8 in [−1e4, 1e4]: exact in binary, so differences are exact and the laws are tested
    // without rounding noise in the data itself. At least one reference value is non-zero, so relative norms exist.
    public static Arbitrary<SeriesPair> Pairs() =>
        (from n in Gen.Choose(1, 40)
         from reference in Gen.ArrayOf(Eighths(80_000), n)
         from noise in Gen.ArrayOf(Eighths(40), n)
         where reference.Any(v => v != 0.0)
         select new SeriesPair(
             [.. Enumerable.Range(0, n).Select(i => 0.1 * i)],
             reference,
             [.. reference.Zip(noise, (r, e) => r + e)])).ToArbitrary();

    // k = m·2^e with m in [1, 2) and e in [−10, 10]: spans six decades and is mostly not a power of two.
    public static Arbitrary<Scale> Scales() =>
        (from mantissa in Gen.Choose(1000, 1999)
         from exponent in Gen.Choose(-10, 10)
         select new Scale(mantissa / 1000.0 * Math.Pow(2, exponent))).ToArbitrary();

    // Tolerances around the size of the generated noise (≤ 5 mmHg): atol ≤ 10 mmHg, rtol ≤ 1e-3, so both verdicts occur
    // often (an atol above 5 mmHg always passes, one near 0 rarely does).
    public static Arbitrary<Tolerance> Tolerances() =>
        (from atol in Gen.Choose(0, 10_000)
         from rtol in Gen.Choose(0, 1000)
         select new Tolerance(atol / 1000.0, rtol * 1e-6)).ToArbitrary();

    private static Gen<double> Eighths(int max) => Gen.Choose(-max, max).Select(i => i / 8.0);
}
