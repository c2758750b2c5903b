using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.Cells;

/// <summary>
/// Built-in solver of model <c>aliev-panfilov</c> (Aliev &amp; Panfilov 1996, Chaos Solitons Fractals 7:293–301,
/// doi:10.1016/0960-0779(95)00089-5): states <c>u</c>, <c>v</c> (dimensionless); parameters <c>k</c>, <c>a</c>,
/// <c>epsilon0</c>, <c>mu1</c>, <c>mu2</c> (pure numbers) and <c>t_scale</c> (ms per model time unit); input
/// <c>I_stim</c> (dimensionless, zero when not given). Dormand–Prince 5(4) by default.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class AlievPanfilovSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "aliev-panfilov";

    private static readonly OdeModel Model =
        new(ModelId, CellUnits.Time, [new StateVariable("u", Unit.Dimensionless), new StateVariable("v", Unit.Dimensionless)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var parameters = new AlievPanfilovParameters(
            RequestReader.Parameter(request, "k", Unit.Dimensionless),
            RequestReader.Parameter(request, "a", Unit.Dimensionless),
            RequestReader.Parameter(request, "epsilon0", Unit.Dimensionless),
            RequestReader.Parameter(request, "mu1", Unit.Dimensionless, positive: false),
            RequestReader.Parameter(request, "mu2", Unit.Dimensionless),
            RequestReader.Parameter(request, "t_scale", CellUnits.Time));
        var stimulus = RequestReader.Input(request, "I_stim", Unit.Dimensionless, Model.TimeUnit);
        var system = new AlievPanfilovSystem(parameters, stimulus);
        return OdeRun.Run(request, Model, ref system, [stimulus], Clock, cancellationToken);
    }
}
