using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.Cells;

/// <summary>
/// Built-in solver of model <c>mitchell-schaeffer</c> (Mitchell &amp; Schaeffer 2003, Bull. Math. Biol. 65:767–793,
/// doi:10.1016/S0092-8240(03)00041-7): states <c>v</c>, <c>h</c> (dimensionless); parameters <c>tau_in</c>,
/// <c>tau_out</c>, <c>tau_open</c>, <c>tau_close</c> (times) and <c>v_gate</c> (pure number); input <c>J_stim</c>
/// (1/time, zero when not given). Dormand–Prince 5(4) by default.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class MitchellSchaefferSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "mitchell-schaeffer";

    private static readonly OdeModel Model =
        new(ModelId, CellUnits.Time, [new StateVariable("v", Unit.Dimensionless), new StateVariable("h", Unit.Dimensionless)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var parameters = new MitchellSchaefferParameters(
            RequestReader.Parameter(request, "tau_in", CellUnits.Time),
            RequestReader.Parameter(request, "tau_out", CellUnits.Time),
            RequestReader.Parameter(request, "tau_open", CellUnits.Time),
            RequestReader.Parameter(request, "tau_close", CellUnits.Time),
            RequestReader.Parameter(request, "v_gate", Unit.Dimensionless));
        var stimulus = RequestReader.Input(request, "J_stim", CellUnits.Rate, Model.TimeUnit);
        var system = new MitchellSchaefferSystem(parameters, stimulus);
        return OdeRun.Run(request, Model, ref system, [stimulus], Clock, cancellationToken);
    }
}
