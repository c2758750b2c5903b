using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Built-in solver of model <c>hodgkin-huxley</c>, the squid giant axon membrane of Hodgkin &amp; Huxley 1952
/// (J. Physiol. 117:500, doi:10.1113/jphysiol.1952.sp004764) in the modern convention with rest near −65 mV, under
/// current clamp. Parameters <c>C_m</c>, <c>g_Na</c>, <c>g_K</c>, <c>g_L</c>, <c>E_Na</c>, <c>E_K</c>, <c>E_L</c>;
/// states <c>V</c> (membrane potential) and the gates <c>m</c>, <c>h</c>, <c>n</c> (dimensionless); input
/// <c>I_stim</c> (stimulus current density into the cell; constant, step, pulse or pulse train; zero when absent).
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class HodgkinHuxleySolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "hodgkin-huxley";

    private static readonly Unit Potential = Unit.Parse("mV");
    private static readonly Unit Conductance = Unit.Parse("mS/cm^2");
    private static readonly Unit Gate = Unit.Parse("1");
    private static readonly OdeModel Model = new(
        ModelId,
        Unit.Parse("ms"),
        [new StateVariable("V", Potential), new StateVariable("m", Gate), new StateVariable("h", Gate), new StateVariable("n", Gate)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var parameters = new HodgkinHuxleyParameters(
            RequestReader.Parameter(request, "C_m", Unit.Parse("µF/cm^2")),
            RequestReader.Parameter(request, "g_Na", Conductance),
            RequestReader.Parameter(request, "g_K", Conductance),
            RequestReader.Parameter(request, "g_L", Conductance),
            RequestReader.Parameter(request, "E_Na", Potential, positive: false),
            RequestReader.Parameter(request, "E_K", Potential, positive: false),
            RequestReader.Parameter(request, "E_L", Potential, positive: false));
        GateChecks.RequireFractions(request, ["m", "h", "n"]);
        var stimulus = RequestReader.Input(request, "I_stim", Unit.Parse("µA/cm^2"), Model.TimeUnit);
        var system = new HodgkinHuxleySystem(parameters, stimulus);
        return OdeRun.Run(request, Model, ref system, [stimulus], Clock, cancellationToken);
    }
}
