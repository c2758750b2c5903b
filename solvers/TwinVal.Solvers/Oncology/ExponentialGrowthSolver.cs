using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>exponential-growth</c>, dV/dt = a·V (Benzekry et al. 2014, PLoS Comput Biol
/// 10:e1003800, doi:10.1371/journal.pcbi.1003800, exponential model). Parameter <c>a</c> (proliferation rate, a unit
/// of 1/time); state <c>V</c> (tumour volume, positive).
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class ExponentialGrowthSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "exponential-growth";

    private static readonly OdeModel Model = new(ModelId, GrowthUnits.Day, [new StateVariable("V", GrowthUnits.Volume)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        // A negative rate (regression) is a valid exponential law, so only finiteness is required of a.
        var rate = RequestReader.Parameter(request, "a", GrowthUnits.PerDay, positive: false);
        RequestReader.Initial(request, "V", GrowthUnits.Volume, positive: true);
        var system = new ExponentialGrowthSystem(rate);
        return OdeRun.Run(request, Model, ref system, [], Clock, cancellationToken);
    }
}
