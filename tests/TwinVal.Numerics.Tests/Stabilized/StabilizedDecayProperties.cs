using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.Stabilized;
using TwinVal.Numerics.Tests.Systems;
using TwinVal.Solvers.Verification;

namespace TwinVal.Numerics.Tests.Stabilized;

public class StabilizedDecayProperties
{
    /// <summary>Declared radius ρ log-uniform in [1, 10⁵], λ = −f·ρ with f ∈ [0, 1] (0 and 1 included), rtol 10⁻²…10⁻¹⁰.</summary>
    public static Arbitrary<(double Rho, double Lambda, double Rtol)> Problems() =>
        (from exponent in Gen.Choose(0, 500)
         from fraction in Gen.OneOf(Gen.Constant(0.0), Gen.Constant(1.0), Gen.Choose(0, 1000).Select(v => v / 1000.0))
         from rtolExponent in Gen.Choose(2, 10)
         let rho = Math.Pow(10, exponent / 100.0)
         select (rho, -fraction * rho, Math.Pow(10, -rtolExponent)))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(StabilizedDecayProperties)], MaxTest = 200)]
    public void RungeKuttaChebyshev_DecayWithinDeclaredRadius_NeverGrows((double Rho, double Lambda, double Rtol) problem) =>
        NeverGrows(problem, (ref ForcedLinearSystem system, ISpectralRadius radius, double[] times, double[] output, IntegrationOptions options) =>
            RungeKuttaChebyshev.Integrate(ref system, radius, 0, [1.0], times, output, options, TestContext.Current.CancellationToken));

    [Property(Arbitrary = [typeof(StabilizedDecayProperties)], MaxTest = 200)]
    public void Rock4_DecayWithinDeclaredRadius_NeverGrows((double Rho, double Lambda, double Rtol) problem) =>
        NeverGrows(problem, (ref ForcedLinearSystem system, ISpectralRadius radius, double[] times, double[] output, IntegrationOptions options) =>
            Rock4.Integrate(ref system, radius, 0, [1.0], times, output, options, TestContext.Current.CancellationToken));

    /// <summary>
    /// y' = λy with λ ∈ [−ρ, 0]: the stage count keeps hλ inside the method's stability interval, where |R| ≤ 1, so |y|
    /// must not grow from one output to the next. Allowance: the stage combinations round (a few ulps per step); at λ = 0
    /// the exact amplification is 1 and rounding alone decides. Every output time is a stop time, so each output is a
    /// step's end value y_(n+1), not the Hermite interpolant (which is not bounded by the end values when h·|λ| is large).
    /// Below <see cref="UnderflowFloor"/> the decay has reached the subnormal range, where spacing is absolute (4.9·10⁻³²⁴),
    /// so a relative rounding allowance no longer holds and such values count as zero (they are 10²⁹⁰ below any atol).
    /// </summary>
    private static void NeverGrows((double Rho, double Lambda, double Rtol) problem, Run integrate)
    {
        var (rho, lambda, rtol) = problem;
        var system = new ForcedLinearSystem(lambda, 0.0);
        var times = Enumerable.Range(1, 50).Select(i => i * 0.02).ToArray();
        var output = new double[times.Length];
        var options = new IntegrationOptions { RelativeTolerance = rtol, AbsoluteTolerance = rtol * 1e-3, StopTimes = [.. times] };
        var stats = integrate(ref system, new ConstantSpectralRadius(rho), times, output, options);

        var allowance = 1 + (1e3 * ObservedOrder.MachineEpsilon * (stats.AcceptedSteps + 1));
        var previous = 1.0;
        for (var i = 0; i < output.Length; i++)
        {
            Assert.True(
                Math.Abs(output[i]) <= Math.Max(previous * allowance, UnderflowFloor),
                $"|y({times[i]})| = {Math.Abs(output[i]):R} grew from {previous:R} (ρ = {rho:G4}, λ = {lambda:G4}, rtol = {rtol:G2})");
            previous = Math.Abs(output[i]);
        }
    }

    private const double UnderflowFloor = 1e-300;

    private delegate IntegrationStatistics Run(ref ForcedLinearSystem system, ISpectralRadius radius, double[] times, double[] output, IntegrationOptions options);
}
