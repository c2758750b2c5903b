using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Built-in solver of model <c>passive-membrane</c>, the passive RC membrane C_m·dV/dt = −(V − E_L)/R_m + I_stim(t)
/// (Koch 1999, Biophysics of Computation, Oxford University Press, ch. 1). Parameters <c>C_m</c> (specific
/// capacitance), <c>R_m</c> (specific resistance), <c>E_L</c> (leak reversal potential); state <c>V</c> (membrane
/// potential); input <c>I_stim</c> (stimulus current density, zero when the protocol does not give it).
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class PassiveMembraneSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "passive-membrane";

    private static readonly Unit Potential = Unit.Parse("mV");
    private static readonly Unit Capacitance = Unit.Parse("µF/cm^2");
    private static readonly Unit Resistance = Unit.Parse("kΩ*cm^2");
    private static readonly Unit CurrentDensity = Unit.Parse("µA/cm^2");
    private static readonly OdeModel Model = new(ModelId, Unit.Parse("ms"), [new StateVariable("V", Potential)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var capacitance = RequestReader.Parameter(request, "C_m", Capacitance);
        var resistance = RequestReader.Parameter(request, "R_m", Resistance);
        var restingPotential = RequestReader.Parameter(request, "E_L", Potential, positive: false);
        var stimulus = RequestReader.Input(request, "I_stim", CurrentDensity, Model.TimeUnit);
        var system = new PassiveMembraneSystem(capacitance, resistance, restingPotential, stimulus);
        return OdeRun.Run(request, Model, ref system, [stimulus], Clock, cancellationToken);
    }
}
