using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Built-in solver of model <c>epileptor</c>, one deterministic, uncoupled 6-D Epileptor node (Jirsa et al. 2014,
/// Brain 137:2210, doi:10.1093/brain/awu133) with the equations of The Virtual Brain. Parameters <c>x0</c>,
/// <c>Iext1</c>, <c>Iext2</c>, <c>r</c>, <c>slope</c>, <c>tau2</c> (all dimensionless, unit "1"); states <c>x1</c>,
/// <c>y1</c>, <c>z</c>, <c>x2</c>, <c>y2</c>, <c>g</c> (dimensionless); time in TVB's unit, the millisecond.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class EpileptorSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "epileptor";

    private static readonly Unit One = Unit.Parse("1");
    private static readonly OdeModel Model = new(
        ModelId,
        Unit.Parse("ms"),
        [.. new[] { "x1", "y1", "z", "x2", "y2", "g" }.Select(n => new StateVariable(n, One))]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var parameters = new EpileptorParameters(
            RequestReader.Parameter(request, "x0", One, positive: false),
            RequestReader.Parameter(request, "Iext1", One, positive: false),
            RequestReader.Parameter(request, "Iext2", One, positive: false),
            RequestReader.Parameter(request, "r", One),
            RequestReader.Parameter(request, "slope", One, positive: false),
            RequestReader.Parameter(request, "tau2", One));
        var system = new EpileptorSystem(parameters);
        return OdeRun.Run(request, Model, ref system, [], Clock, cancellationToken);
    }
}
