using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// Built-in solver of model <c>stiff-rober</c>: Robertson's reaction kinetics, problem ROBER of the Test Set for IVP
/// Solvers (Mazzia &amp; Magherini, Univ. Bari, release 2.4, section II.1.2). Parameters <c>k1</c>, <c>k2</c>,
/// <c>k3</c> (1/s; the test set's 0.04, 3e7, 1e4); dimensionless states <c>y1</c>, <c>y2</c>, <c>y3</c>. Integrated with
/// Rodas4 (numerics.method <c>rodas4</c>, analytic Jacobian, the default; or <c>rodas4-fd</c>) at the case's rtol and atol.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class StiffRoberSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "stiff-rober";

    private static readonly Unit Rate = Unit.Parse("1/s");

    private static readonly OdeModel Model = new(
        ModelId, Unit.Parse("s"), [.. Enumerable.Range(1, 3).Select(i => new StateVariable($"y{i}", Unit.Parse("1")))]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var system = new RoberSystem(
            RequestReader.Parameter(request, "k1", Rate), RequestReader.Parameter(request, "k2", Rate), RequestReader.Parameter(request, "k3", Rate));
        var y0 = Model.States.Select(s => RequestReader.Initial(request, s.Name, s.Unit)).ToArray();
        return StiffRun.Run(request, Model, system, y0, Clock, cancellationToken);
    }
}
