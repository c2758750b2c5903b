using TwinVal.Harness.Execution;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology;

/// <summary>
/// Built-in solver of model <c>windkessel4</c>, the four-element Windkessel of Stergiopulos, Westerhof &amp; Westerhof
/// 1999 (Am. J. Physiol. 276:H81–H88, doi:10.1152/ajpheart.1999.276.1.H81): total arterial inertance L in parallel with
/// the characteristic impedance Zc, in series with R‖C. States <c>P_c</c> (pressure over R‖C) and <c>Q_L</c> (flow
/// through L); output <c>P</c>, the aortic pressure P_c + Zc·(Q_in − Q_L), derived at each sample. Parameters
/// <c>Zc</c>, <c>L</c>, <c>R</c>, <c>C</c>; input <c>Q_in</c> (zero when not given). Dormand–Prince 5(4) by default.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class Windkessel4Solver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "windkessel4";

    private static readonly OdeModel Model = new(
        ModelId,
        Harness.Units.SiUnits.Second,
        [new StateVariable(AorticPressure.Compartment, WindkesselUnits.Pressure), new StateVariable(AorticPressure.InertanceFlow, WindkesselUnits.Flow)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var impedance = RequestReader.Parameter(request, "Zc", WindkesselUnits.Resistance);
        var inertance = RequestReader.Parameter(request, "L", WindkesselUnits.Inertance);
        var resistance = RequestReader.Parameter(request, "R", WindkesselUnits.Resistance);
        var compliance = RequestReader.Parameter(request, "C", WindkesselUnits.Compliance);
        var inflow = RequestReader.Input(request, "Q_in", WindkesselUnits.Flow, Model.TimeUnit);
        var system = new Windkessel4System(resistance, compliance, impedance, inertance, inflow);
        return AorticPressure.Run(request, Model, ref system, inflow, impedance, Clock, cancellationToken);
    }
}
