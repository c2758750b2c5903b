using TwinVal.Harness.Execution;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>pk-1c-iv</c>, one-compartment pharmacokinetics V·dC/dt = R(t) − CL·C (Rowland &amp; Tozer,
/// Clinical Pharmacokinetics and Pharmacodynamics, 4th ed. 2011, ch. 3 and 10). Parameters <c>CL</c> (clearance) and
/// <c>V</c> (volume of distribution); state <c>C</c> (plasma concentration; an IV bolus D is the initial value D/V);
/// input <c>dose_rate</c> (infusion rate in a unit of mass/time; zero when the protocol does not give it — a pulse is
/// a constant-rate infusion, a pulse train repeated infusions).
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class PkIntravenousSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "pk-1c-iv";

    private static readonly OdeModel Model = new(ModelId, PkUnits.Hour, [new StateVariable("C", PkUnits.Concentration)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var clearance = RequestReader.Parameter(request, "CL", PkUnits.Clearance);
        var volume = RequestReader.Parameter(request, "V", PkUnits.Volume);
        var doseRate = RequestReader.Input(request, "dose_rate", PkUnits.DoseRate, Model.TimeUnit);
        PkChecks.NonNegativeInitial(request, "C", PkUnits.Concentration);
        var system = new PkIntravenousSystem(clearance, volume, doseRate);
        return OdeRun.Run(request, Model, ref system, [doseRate], Clock, cancellationToken);
    }
}
