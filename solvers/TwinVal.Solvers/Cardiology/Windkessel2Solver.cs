using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology;

/// <summary>
/// Built-in solver of model <c>windkessel2</c>, the two-element Windkessel C·dP/dt = Q_in(t) − P/R
/// (Frank 1899; Westerhof, Lankhaar &amp; Westerhof 2009, doi:10.1007/s11517-008-0359-2).
/// Parameters <c>R</c> (resistance) and <c>C</c> (compliance), state <c>P</c> (arterial pressure), input <c>Q_in</c>
/// (inflow, zero when the protocol does not give it). Integrated with Dormand–Prince 5(4) unless the case asks otherwise.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class Windkessel2Solver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "windkessel2";

    private static readonly Unit Pressure = Unit.Parse("mmHg");
    private static readonly Unit Flow = Unit.Parse("mL/s");
    private static readonly Unit Resistance = Unit.Parse("mmHg*s/mL");
    private static readonly Unit Compliance = Unit.Parse("mL/mmHg");
    private static readonly OdeModel Model = new(ModelId, SiUnits.Second, [new StateVariable("P", Pressure)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var resistance = RequestReader.Parameter(request, "R", Resistance);
        var compliance = RequestReader.Parameter(request, "C", Compliance);
        var inflow = RequestReader.Input(request, "Q_in", Flow, Model.TimeUnit);
        var system = new WindkesselSystem(resistance, compliance, inflow);
        return OdeRun.Run(request, Model, ref system, [inflow], Clock, cancellationToken);
    }
}
