using System.Collections.Immutable;
using TwinVal.Numerics;

namespace TwinVal.Benchmarks.Problems;

/// <summary>One initial-value problem of the work–precision comparison with the TwinVal methods that run it.</summary>
/// <param name="Name">Problem name, as in compare.sh's other drivers.</param>
/// <param name="InitialState">y(0); t starts at 0.</param>
/// <param name="EndTime">Where the error is measured.</param>
/// <param name="AbsoluteToleranceFactor">atol = factor · rtol, the same rule in every driver.</param>
/// <param name="Tolerances">The rtol ladder.</param>
/// <param name="Methods">TwinVal methods by name: (rtol, atol, end state) → statistics.</param>
public sealed record Problem(
    string Name,
    ImmutableArray<double> InitialState,
    double EndTime,
    double AbsoluteToleranceFactor,
    ImmutableArray<double> Tolerances,
    ImmutableDictionary<string, Func<IntegrationOptions, double[], IntegrationStatistics>> Methods)
{
    /// <summary>The three problems of the comparison. Ladders stop where every driver still finishes in seconds.</summary>
    public static ImmutableArray<Problem> All { get; } =
    [
        // HH is non-stiff between spikes and mildly stiff in them: an explicit and a Rosenbrock method (analytic and
        // difference Jacobian) all apply.
        new("hodgkin-huxley", [.. HodgkinHuxley.InitialState], 100.0, 1e-3, Ladder(3, 10), ImmutableDictionary.CreateRange(
        [
            Method("dopri5", (o, y) => Run(default(HodgkinHuxley), HodgkinHuxley.InitialState, 100.0, o, y, Dopri)),
            Method("rodas4", (o, y) => RunJ(default(HodgkinHuxley), HodgkinHuxley.InitialState, 100.0, o, y)),
            Method("rodas4-fd", (o, y) => Run(default(HodgkinHuxley), HodgkinHuxley.InitialState, 100.0, o, y, RodasFd)),
        ])),

        // ROBER's y1 falls to 2·10⁻⁸ by t = 10¹¹; atol must sit well below it for the relative error to mean anything.
        new("rober", [.. Rober.InitialState], 1e11, 1e-10, Ladder(2, 10), ImmutableDictionary.CreateRange(
        [
            Method("rodas4", (o, y) => RunJ(default(Rober), Rober.InitialState, 1e11, o, y)),
            Method("rodas4-fd", (o, y) => Run(default(Rober), Rober.InitialState, 1e11, o, y, RodasFd)),
        ])),
        new("vdpol", [.. VanDerPol.InitialState], 2000.0, 1.0, Ladder(3, 10), ImmutableDictionary.CreateRange(
        [
            Method("rodas4", (o, y) => RunJ(default(VanDerPol), VanDerPol.InitialState, 2000.0, o, y)),
            Method("rodas4-fd", (o, y) => Run(default(VanDerPol), VanDerPol.InitialState, 2000.0, o, y, RodasFd)),
        ])),
    ];

    private delegate IntegrationStatistics Integrator<TSystem>(
        ref TSystem system, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> times, Span<double> output, IntegrationOptions options)
        where TSystem : IOdeSystem;

    private static ImmutableArray<double> Ladder(int fromExponent, int toExponent) =>
        [.. Enumerable.Range(fromExponent, toExponent - fromExponent + 1).Select(e => Math.Pow(10, -e))];

    private static KeyValuePair<string, Func<IntegrationOptions, double[], IntegrationStatistics>> Method(
        string name, Func<IntegrationOptions, double[], IntegrationStatistics> run) => new(name, run);

    private static IntegrationStatistics Dopri<TSystem>(
        ref TSystem s, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> times, Span<double> output, IntegrationOptions o)
        where TSystem : IOdeSystem => DormandPrince54.Integrate(ref s, t0, y0, times, output, o);

    private static IntegrationStatistics RodasFd<TSystem>(
        ref TSystem s, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> times, Span<double> output, IntegrationOptions o)
        where TSystem : IOdeSystem => Rodas4.Integrate(ref s, t0, y0, times, output, o);

    // Only the end state is requested, like SciPy's t_eval=[t_end] and CVODE's single CVode call.
    private static IntegrationStatistics Run<TSystem>(
        TSystem system, double[] y0, double end, IntegrationOptions options, double[] result, Integrator<TSystem> integrator)
        where TSystem : IOdeSystem => integrator(ref system, 0.0, y0, [end], result, options);

    private static IntegrationStatistics RunJ<TSystem>(TSystem system, double[] y0, double end, IntegrationOptions options, double[] result)
        where TSystem : IOdeJacobian => Rodas4.IntegrateWithJacobian(ref system, 0.0, y0, [end], result, options);
}
