using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// Built-in solver of model <c>forced-linear</c>: y′ = λ·y + sin(ω·t), the non-autonomous test equation with a closed
/// form (Hairer, Nørsett &amp; Wanner, Solving ODEs I, 2nd ed., §I.3, doi:10.1007/978-3-540-78862-1). Parameters
/// <c>lambda</c> (1/s, finite, any sign) and <c>omega</c> (1/s, positive); state <c>y</c> (1). Any integrator the
/// built-in ODE solvers offer (numerics.method euler, heun, rk4 or dopri5-fixed with a fixed step, or the adaptive default): the model
/// exists to measure their orders.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class ForcedLinearSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "forced-linear";

    private static readonly Unit Rate = Unit.Parse("1/s");
    private static readonly OdeModel Model = new(ModelId, Unit.Parse("s"), [new StateVariable("y", Unit.Parse("1"))]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var system = new ForcedLinearSystem(RequestReader.Parameter(request, "lambda", Rate, positive: false), RequestReader.Parameter(request, "omega", Rate));
        return OdeRun.Run(request, Model, ref system, [], Clock, cancellationToken);
    }
}
