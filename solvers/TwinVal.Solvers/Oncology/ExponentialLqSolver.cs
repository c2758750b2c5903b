using TwinVal.Harness.Execution;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>exponential-lq</c>: exponential tumour growth dV/dt = a·V between radiotherapy fractions,
/// and at each fraction V ← V·exp(−(α·d + β·d²)) (linear–quadratic cell kill: Fowler 1989, Br J Radiol 62:679,
/// doi:10.1259/0007-1285-62-740-679; growth law as in Benzekry et al. 2014, doi:10.1371/journal.pcbi.1003800).
/// Parameters <c>a</c> (growth rate) and the schedule of <see cref="RadiotherapySchedule.From"/>: <c>lq_alpha</c>
/// (1/Gy), <c>lq_beta</c> (1/Gy²), <c>fraction_dose</c>, <c>fraction_count</c>, <c>first_fraction</c>,
/// <c>fraction_interval</c>, <c>fractions_per_week</c>. State <c>V</c> (tumour volume, positive). Besides V it emits the
/// cumulative doses of <see cref="RadiotherapyDoses"/>: <c>BED</c>, <c>EQD2</c> (tumour α/β = lq_alpha/lq_beta) and
/// <c>BED_late</c>, <c>EQD2_late</c> (α/β = parameter <c>late_alpha_beta</c>), Gy.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class ExponentialLqSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "exponential-lq";

    private static readonly OdeModel Model = new(ModelId, GrowthUnits.Day, [new StateVariable("V", GrowthUnits.Volume)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var rate = RequestReader.Parameter(request, "a", GrowthUnits.PerDay, positive: false);
        var schedule = RadiotherapySchedule.From(request, Model.TimeUnit);
        RequestReader.Initial(request, "V", GrowthUnits.Volume, positive: true);
        var system = new ExponentialGrowthSystem(rate);
        var states = FractionatedRun.Run(RadiotherapyDoses.WithoutDoses(request), Model, ref system, schedule, Clock, cancellationToken);
        return RadiotherapyDoses.Append(states, request, Model, schedule);
    }
}
