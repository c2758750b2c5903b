using TwinVal.Harness.Execution;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>logistic-growth</c>, dV/dt = a·V·(1 − V/K) (Benzekry et al. 2014, PLoS Comput Biol
/// 10:e1003800, doi:10.1371/journal.pcbi.1003800, logistic model). Parameters <c>a</c> (intrinsic growth rate) and
/// <c>K</c> (carrying capacity); state <c>V</c> (tumour volume, positive).
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class LogisticGrowthSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "logistic-growth";

    private static readonly OdeModel Model = new(ModelId, GrowthUnits.Day, [new StateVariable("V", GrowthUnits.Volume)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var rate = RequestReader.Parameter(request, "a", GrowthUnits.PerDay);
        var capacity = RequestReader.Parameter(request, "K", GrowthUnits.Volume);
        RequestReader.Initial(request, "V", GrowthUnits.Volume, positive: true);
        var system = new LogisticGrowthSystem(rate, capacity);
        return OdeRun.Run(request, Model, ref system, [], Clock, cancellationToken);
    }
}
