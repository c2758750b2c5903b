using TwinVal.Harness.Execution;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology;

/// <summary>
/// Built-in solver of model <c>windkessel3</c>, the three-element Windkessel: characteristic impedance Zc in series
/// with peripheral resistance R parallel to compliance C (Westerhof, Elzinga &amp; Sipkema 1971; Westerhof, Lankhaar
/// &amp; Westerhof 2009, Med. Biol. Eng. Comput. 47:131–141, doi:10.1007/s11517-008-0359-2). State <c>P_c</c>, the
/// pressure over R‖C, with C·dP_c/dt = Q_in − P_c/R; output <c>P</c>, the aortic pressure P_c + Zc·Q_in, is derived
/// from state and inflow at each sample (it is not a state: integrating it would need dQ_in/dt). Parameters <c>Zc</c>,
/// <c>R</c>, <c>C</c>; input <c>Q_in</c> (zero when the protocol does not give it). Dormand–Prince 5(4) by default.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class Windkessel3Solver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "windkessel3";

    private static readonly OdeModel Model =
        new(ModelId, Harness.Units.SiUnits.Second, [new StateVariable(AorticPressure.Compartment, WindkesselUnits.Pressure)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var impedance = RequestReader.Parameter(request, "Zc", WindkesselUnits.Resistance);
        var resistance = RequestReader.Parameter(request, "R", WindkesselUnits.Resistance);
        var compliance = RequestReader.Parameter(request, "C", WindkesselUnits.Compliance);
        var inflow = RequestReader.Input(request, "Q_in", WindkesselUnits.Flow, Model.TimeUnit);

        // P_c obeys exactly the two-element equation; Zc only adds to the pressure the heart sees.
        var system = new WindkesselSystem(resistance, compliance, inflow);
        return AorticPressure.Run(request, Model, ref system, inflow, impedance, Clock, cancellationToken);
    }
}
