using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// Built-in solver of model <c>stiff-hires</c>: the HIRES problem of the Test Set for IVP Solvers (Mazzia &amp;
/// Magherini, Univ. Bari, release 2.4, section II.1.7; Schäfer 1975, doi:10.1007/BF00281190), eight dimensionless
/// concentrations <c>y1</c> … <c>y8</c> with the test set's fixed rate constants, time in s. Integrated with Rodas4
/// (numerics.method <c>rodas4</c>, analytic Jacobian, the default; or <c>rodas4-fd</c>) at the case's rtol and atol.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class StiffHiresSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "stiff-hires";

    private static readonly OdeModel Model = new(
        ModelId, Unit.Parse("s"), [.. Enumerable.Range(1, 8).Select(i => new StateVariable($"y{i}", Unit.Parse("1")))]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var y0 = Model.States.Select(s => RequestReader.Initial(request, s.Name, s.Unit)).ToArray();
        return StiffRun.Run(request, Model, new HiresSystem(), y0, Clock, cancellationToken);
    }
}
