using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.Cells;

/// <summary>
/// Built-in solver of model <c>fitzhugh-nagumo</c> (FitzHugh 1961, Biophys. J. 1:445–466,
/// doi:10.1016/S0006-3495(61)86902-6): states <c>v</c>, <c>w</c> (dimensionless); parameters <c>a</c>, <c>b</c>,
/// <c>epsilon</c> (pure numbers) and <c>t_scale</c> (ms per model time unit); input <c>I_stim</c> (dimensionless,
/// zero when not given). Dormand–Prince 5(4) by default.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class FitzHughNagumoSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "fitzhugh-nagumo";

    private static readonly OdeModel Model =
        new(ModelId, CellUnits.Time, [new StateVariable("v", Unit.Dimensionless), new StateVariable("w", Unit.Dimensionless)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var a = RequestReader.Parameter(request, "a", Unit.Dimensionless, positive: false);
        var b = RequestReader.Parameter(request, "b", Unit.Dimensionless, positive: false);
        var epsilon = RequestReader.Parameter(request, "epsilon", Unit.Dimensionless);
        var timeScale = RequestReader.Parameter(request, "t_scale", CellUnits.Time);
        var stimulus = RequestReader.Input(request, "I_stim", Unit.Dimensionless, Model.TimeUnit);
        var system = new FitzHughNagumoSystem(a, b, epsilon, timeScale, stimulus);
        return OdeRun.Run(request, Model, ref system, [stimulus], Clock, cancellationToken);
    }
}
