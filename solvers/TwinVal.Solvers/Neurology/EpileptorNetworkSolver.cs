using System.Collections.Immutable;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Built-in solver of model <c>epileptor-network</c>: Epileptor nodes (Jirsa et al. 2014, doi:10.1093/brain/awu133)
/// coupled through the slow variable z over a connectome (Proix et al. 2014, doi:10.1523/JNEUROSCI.1570-14.2014), see
/// <see cref="EpileptorNetworkSystem"/>. The connectome and the per-region x0 come from the case's data table
/// <c>connectivity</c> (<see cref="EpileptorNetwork"/>). Parameters (unit "1"): <c>Iext1</c>, <c>Iext2</c>, <c>r</c>,
/// <c>slope</c>, <c>tau2</c>, <c>K</c> (global coupling) and the additive noise intensities <c>sigma_x1</c>,
/// <c>sigma_z</c> (per √ms). Initial values <c>x1</c>, <c>y1</c>, <c>z</c>, <c>x2</c>, <c>y2</c>, <c>g</c> apply to
/// every region. Outputs <c>x1_&lt;region&gt;</c> and <c>z_&lt;region&gt;</c>; time in ms.
/// Deterministic (both σ = 0): Dormand–Prince 5(4) at the case's tolerances. Stochastic: <c>numerics.method:
/// euler-maruyama</c> with a <c>fixed-step</c>, each region's noise from the request's seed and its name
/// (<see cref="NoiseStreams"/>); any σ &gt; 0 without it is refused.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class EpileptorNetworkSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "epileptor-network";

    /// <summary>The numerics method that selects the stochastic scheme.</summary>
    public const string StochasticMethod = "euler-maruyama";

    private static readonly Unit One = Unit.Parse("1");
    private static readonly Unit Ms = Unit.Parse("ms");
    private static readonly string[] Blocks = ["x1", "y1", "z", "x2", "y2", "g"];

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        var network = EpileptorNetwork.From(request);
        var parameters = new EpileptorParameters(
            0.0,
            RequestReader.Parameter(request, "Iext1", One, positive: false),
            RequestReader.Parameter(request, "Iext2", One, positive: false),
            RequestReader.Parameter(request, "r", One),
            RequestReader.Parameter(request, "slope", One, positive: false),
            RequestReader.Parameter(request, "tau2", One));
        var coupling = RequestReader.Parameter(request, "K", One, positive: false);
        var sigmaX1 = NonNegative(request, "sigma_x1");
        var sigmaZ = NonNegative(request, "sigma_z");
        var n = network.Count;
        var columns = Columns(request, network);
        var y0 = new double[6 * n];
        for (var b = 0; b < Blocks.Length; b++)
        {
            Array.Fill(y0, RequestReader.Initial(request, Blocks[b], One), b * n, n);
        }

        var t0 = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, Ms, positive: false);
        var times = OdeRun.SampleTimes(request, new OdeModel(ModelId, Ms, []), t0);
        var result = new double[times.Length * 6 * n];
        var system = new EpileptorNetworkSystem(network, parameters, coupling);
        var stochastic = string.Equals(request.Numerics.Method, StochasticMethod, StringComparison.Ordinal);
        string method;
        long steps;
        if (stochastic)
        {
            var step = request.Numerics.FixedStep is { } h
                ? RequestReader.Convert(request, "numerics.fixed-step", h, Ms, positive: true)
                : throw new SolverException($"case '{request.CaseId}': method '{StochasticMethod}' needs numerics.fixed-step");
            var sigma = new double[6 * n];
            Array.Fill(sigma, sigmaX1, 0, n);
            Array.Fill(sigma, sigmaZ, 2 * n, n);
            // Noise keyed by <state>_<region>, not by index: renumbering the regions must not reshuffle it.
            var streamSeeds = new ulong[6 * n];
            for (var i = 0; i < streamSeeds.Length; i++)
            {
                streamSeeds[i] = NoiseStreams.Derive(request.Seed, $"{Blocks[i / n]}_{network.Regions[i % n]}");
            }

            steps = EulerMaruyama.Integrate(ref system, sigma, streamSeeds, t0, y0, times, step, result, cancellationToken);
            method = $"{StochasticMethod} (h = {step:R} ms, seed {request.Seed})";
        }
        else
        {
            if (sigmaX1 > 0 || sigmaZ > 0 || request.Numerics.Method is not (null or "dopri5"))
            {
                throw new SolverException($"case '{request.CaseId}': noise (sigma_x1 = {sigmaX1:R}, sigma_z = {sigmaZ:R}) needs numerics.method '{StochasticMethod}'; deterministic runs take method dopri5 or none, not '{request.Numerics.Method}'");
            }

            // Slow-fast dynamics: an adaptive pair follows the fast spikes and strides through the slow interictal phase.
            var options = new IntegrationOptions
            {
                RelativeTolerance = request.Numerics.RelativeTolerance ?? IntegratorChoice.DefaultRelativeTolerance,
                AbsoluteTolerance = request.Numerics.AbsoluteTolerance ?? IntegratorChoice.DefaultAbsoluteTolerance,
                MaxSteps = 50_000_000,
            };
            try
            {
                steps = DormandPrince54.Integrate(ref system, t0, y0, times, result, options, cancellationToken).AcceptedSteps;
            }
            catch (IntegrationException ex)
            {
                throw new SolverException($"case '{request.CaseId}', model '{ModelId}' (dopri5): {ex.Message}", ex);
            }

            method = "dopri5";
        }

        var series = columns.Select(c =>
        {
            var values = new double[times.Length];
            for (var row = 0; row < values.Length; row++)
            {
                values[row] = result[(row * 6 * n) + c.Index];
            }

            return new Series(c.Name, One, ImmutableArray.Create(values));
        });
        var table = new SeriesTable(new Series("time", request.Outputs.TimeUnit, request.Outputs.SampleTimes), [.. series]);
        return new SolverOutput(table, [], new SolverDiagnostics(method, steps, 0, steps, 0, Clock.GetElapsedTime(started), []));
    }

    private static double NonNegative(SolveRequest request, string name)
    {
        var value = RequestReader.Parameter(request, name, One, positive: false);
        return value >= 0 ? value : throw new SolverException($"case '{request.CaseId}': parameter '{name}' = {value:R} must be ≥ 0 (a noise intensity)");
    }

    private static List<(string Name, int Index)> Columns(SolveRequest request, EpileptorNetwork network) =>
        [.. request.Outputs.Variables.Select(v =>
        {
            var underscore = v.Name.IndexOf('_', StringComparison.Ordinal);
            var block = underscore > 0 ? Array.IndexOf(Blocks, v.Name[..underscore]) : -1;
            var region = underscore > 0 ? network.Regions.IndexOf(v.Name[(underscore + 1)..]) : -1;
            if (block < 0 || region < 0 || !v.Unit.IsCompatibleWith(One))
            {
                throw new SolverException(
                    $"case '{request.CaseId}' requests '{v.Name}' [{v.Unit.Symbol}]; model '{ModelId}' provides <state>_<region> in \"1\" with state one of {string.Join(", ", Blocks)} and region one of {string.Join(", ", network.Regions)}");
            }

            return (v.Name, (block * network.Count) + region);
        })];
}
