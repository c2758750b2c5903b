using System.Diagnostics;
using System.Globalization;
using TwinVal.Benchmarks.ReactionDiffusion;
using TwinVal.Numerics;
using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Numerics.Stabilized;

namespace TwinVal.Benchmarks;

/// <summary>
/// The TwinVal side of compare.sh's reaction–diffusion step: <see cref="NagumoPlane"/> (262 144 unknowns) with DOPRI5 on
/// the method-of-lines system at an rtol ladder (atol = rtol; u ∈ [0, 1]), RKC (Runge–Kutta–Chebyshev) and ROCK4 at the
/// same ladder with the spectral bound 8D/dx² + 1, and with the Strang-splitting solver at a dt
/// ladder (Crank–Nicolson/PCG and explicit diffusion, RK4 reaction). Rodas4 is left out: it factors a dense n × n
/// Jacobian, 262 144² doubles = 550 GB. CSV rows as WorkPrecisionRunner's, with `state` the path of the raw
/// little-endian float64 end state (rd/wp_rd.py reads it); the rtol column holds dt for the splitting methods.
/// The environment variable TWINVAL_RD_METHODS (comma-separated method names, e.g. "rkc,rock4") runs a subset.
/// </summary>
internal static class ReactionDiffusionWorkPrecision
{
    // Each point's repeats stop after this much wall time (median of those run); the machine is shared.
    private const double BudgetSeconds = 30.0;

    // TWINVAL_RD_METHODS: run only these methods (a quick look at one method without the 6-minute full ladder).
    private static readonly string[]? Only = Environment.GetEnvironmentVariable("TWINVAL_RD_METHODS")?
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static int Run(int repeats, string outputDirectory, TextWriter output)
    {
        var states = Path.Combine(outputDirectory, "states");
        Directory.CreateDirectory(states);
        output.WriteLine(WorkPrecisionRunner.Header);
        for (var e = 3; e <= 8; e++)
        {
            var rtol = Math.Pow(10, -e);
            Point(output, states, "dopri5", rtol, repeats, end => Dopri(rtol, end));
        }

        // RKC: stages from the bound 8D/dx² + 1 (NagumoLines.SpectralRadius), so the step follows accuracy, not stability.
        // Two decades past DOPRI5's ladder: a second-order method needs them to reach errors of 1e-6…1e-7 here.
        for (var e = 3; e <= 10; e++)
        {
            var rtol = Math.Pow(10, -e);
            Point(output, states, "rkc", rtol, repeats, end => Stabilized(rtol, end, RungeKuttaChebyshev.Integrate));
        }

        // ROCK4: fourth order, same bound; its steps stay accuracy-limited where RKC's collapse to 2 stages. Half-decade
        // rtol steps: its error falls ≈ 25× per decade of rtol at the tight end, so whole decades leave gaps at 1e-6/1e-7.
        for (var e = 6; e <= 20; e++)
        {
            var rtol = Math.Pow(10, -e / 2.0);
            Point(output, states, "rock4", rtol, repeats, end => Stabilized(rtol, end, Rock4.Integrate));
        }

        // Crank–Nicolson is unconditionally stable: dt from 0.2 (25× the explicit limit) down; explicit diffusion must
        // stay at or below its limit dt = dx²/(4D) = 1/64.
        foreach (var dt in new[] { 0.2, 0.1, 0.05, 0.025, 0.0125 })
        {
            Point(output, states, "strang-cn", dt, repeats, end => Split(DiffusionScheme.CrankNicolson, dt, end));
        }

        foreach (var dt in new[] { 1.0 / 64, 1.0 / 128, 1.0 / 256 })
        {
            Point(output, states, "strang-explicit", dt, repeats, end => Split(DiffusionScheme.Explicit, dt, end));
        }

        return 0;
    }

    private static void Point(TextWriter output, string states, string method, double tolerance, int repeats, Func<double[], (long Steps, long Rhs)> run)
    {
        if (Only is not null && !Only.Contains(method))
        {
            return;
        }

        var end = new double[NagumoPlane.Grid.CellCount];
        var work = run(end); // warm-up: JIT, page faults
        var times = new List<double>();
        while (times.Count < repeats && times.Sum() < BudgetSeconds)
        {
            var start = Stopwatch.GetTimestamp();
            work = run(end);
            times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        times.Sort();
        var path = Path.Combine(states, string.Create(CultureInfo.InvariantCulture, $"twinval-{method}-{tolerance:0.###e+00}.bin"));
        using (var file = File.Create(path))
        using (var writer = new BinaryWriter(file))
        {
            foreach (var v in end)
            {
                writer.Write(v); // BinaryWriter writes little-endian on every platform
            }
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"twinval,{method},{NagumoPlane.Name},{tolerance:R},{tolerance:R},{times[times.Count / 2]:R},{work.Steps},{work.Rhs},{path}"));
        output.Flush();
    }

    private static (long, long) Dopri(double rtol, double[] end)
    {
        var system = new NagumoLines(-1);
        var options = new IntegrationOptions { RelativeTolerance = rtol, AbsoluteTolerance = rtol, MaxSteps = 10_000_000 };
        var s = DormandPrince54.Integrate(ref system, 0.0, NagumoPlane.InitialState(), [NagumoPlane.EndTime], end, options);
        return (s.AcceptedSteps + s.RejectedSteps, s.RhsEvaluations);
    }

    private static (long, long) Stabilized(double rtol, double[] end, StabilizedIntegrator integrate)
    {
        var system = new NagumoLines(-1);
        var options = new IntegrationOptions { RelativeTolerance = rtol, AbsoluteTolerance = rtol, MaxSteps = 10_000_000 };
        var s = integrate(
            ref system, new ConstantSpectralRadius(NagumoLines.SpectralRadius), 0.0, NagumoPlane.InitialState(), [NagumoPlane.EndTime], end, options, default);
        return (s.AcceptedSteps + s.RejectedSteps, s.RhsEvaluations);
    }

    private static (long, long) Split(DiffusionScheme scheme, double dt, double[] end)
    {
        var solver = ReactionDiffusionSolver.Create(
            DiffusionCoefficients.Isotropic(NagumoPlane.Grid, NagumoPlane.Diffusion),
            GridBoundaries.NoFlux,
            default(NagumoKinetics),
            new ReactionDiffusionOptions { TimeStep = dt, Diffusion = scheme });
        var state = new ReactionDiffusionState(NagumoPlane.Grid, 1);
        NagumoPlane.InitialState().CopyTo(state.Field(0));
        var s = solver.Advance(state, 0.0, NagumoPlane.EndTime);
        state.Field(0).CopyTo(end);

        // "rhs" for a split step: reaction sub-steps plus diffusion operator applications (PCG iterations or explicit steps).
        return (s.Steps, s.ReactionSubsteps + (scheme == DiffusionScheme.Explicit ? s.Steps : s.PcgIterations));
    }
}
