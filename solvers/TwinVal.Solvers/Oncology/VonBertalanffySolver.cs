using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>von-bertalanffy-growth</c>, dV/dt = a·V^(2/3) − b·V (von Bertalanffy 1957,
/// doi:10.1086/401873; Benzekry et al. 2014, PLoS Comput Biol 10:e1003800, doi:10.1371/journal.pcbi.1003800).
/// Parameters <c>a</c> (surface growth rate, a unit of length/time since a·V^(2/3) is a volume rate) and <c>b</c>
/// (volume loss rate); state <c>V</c> (tumour volume, positive). The volume tends to (a/b)³.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class VonBertalanffySolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "von-bertalanffy-growth";

    private static readonly Unit SurfaceRate = Unit.Parse("mm/day");
    private static readonly OdeModel Model = new(ModelId, GrowthUnits.Day, [new StateVariable("V", GrowthUnits.Volume)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var surfaceRate = RequestReader.Parameter(request, "a", SurfaceRate);
        var lossRate = RequestReader.Parameter(request, "b", GrowthUnits.PerDay);
        RequestReader.Initial(request, "V", GrowthUnits.Volume, positive: true);
        var system = new VonBertalanffySystem(surfaceRate, lossRate);
        return OdeRun.Run(request, Model, ref system, [], Clock, cancellationToken);
    }
}
