using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// Built-in solver of model <c>stiff-vdpol</c>: Van der Pol's oscillator in the plain form y1′ = y2,
/// y2′ = μ(1 − y1²)·y2 − y1 (problem "vdpolm" of the Test Set for IVP Solvers, Mazzia &amp; Magherini, Univ. Bari,
/// release 2.4, section II.1.3, μ = 1000). Parameter <c>mu</c> (1/s, finite; 0 gives the harmonic oscillator); states <c>y1</c> (1) and <c>y2</c>
/// (1/s), time in s (the unit of angular frequency 1 of the linear restoring term). Integrated with Rodas4
/// (numerics.method <c>rodas4</c>, analytic Jacobian, the default; or <c>rodas4-fd</c>) at the case's rtol and atol.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class StiffVdpolSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "stiff-vdpol";

    private static readonly OdeModel Model = new(
        ModelId, Unit.Parse("s"), [new StateVariable("y1", Unit.Parse("1")), new StateVariable("y2", Unit.Parse("1/s"))]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        // μ = 0 is allowed: the harmonic oscillator, the problem's non-stiff limit.
        var system = new VanDerPolSystem(RequestReader.Parameter(request, "mu", Unit.Parse("1/s"), positive: false));
        var y0 = Model.States.Select(s => RequestReader.Initial(request, s.Name, s.Unit)).ToArray();
        return StiffRun.Run(request, Model, system, y0, Clock, cancellationToken);
    }
}
