using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>gompertz</c>, Gompertz tumour growth dV/dt = β·V·ln(K/V) (Benzekry et al. 2014,
/// PLoS Comput Biol 10:e1003800, doi:10.1371/journal.pcbi.1003800). Parameters <c>beta</c> (decay rate of the
/// relative growth rate) and <c>K</c> (carrying capacity); state <c>V</c> (tumour volume, positive).
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class GompertzSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "gompertz";

    private static readonly Unit Volume = Unit.Parse("mm^3");
    private static readonly Unit Rate = Unit.Parse("1/day");
    private static readonly OdeModel Model = new(ModelId, Unit.Parse("day"), [new StateVariable("V", Volume)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var rate = RequestReader.Parameter(request, "beta", Rate);
        var capacity = RequestReader.Parameter(request, "K", Volume);

        // V0 must be positive: ln(K/V) is undefined otherwise.
        RequestReader.Initial(request, "V", Volume, positive: true);
        var system = new GompertzSystem(rate, capacity);
        return OdeRun.Run(request, Model, ref system, [], Clock, cancellationToken);
    }
}
