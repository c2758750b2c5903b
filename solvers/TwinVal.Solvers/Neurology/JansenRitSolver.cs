using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Built-in solver of model <c>jansen-rit</c>, the neural mass model of Jansen &amp; Rit 1995 (Biol. Cybern. 73:357,
/// doi:10.1007/BF00199471). Parameters <c>A</c>, <c>B</c> (mV), <c>a</c>, <c>b</c> (1/s), <c>C</c> (dimensionless),
/// <c>e0</c> (1/s), <c>v0</c> (mV), <c>r</c> (1/mV); states <c>y0</c>, <c>y1</c>, <c>y2</c> (mV) and their rates
/// <c>y3</c>, <c>y4</c>, <c>y5</c> (mV/s); input <c>p</c> (extrinsic pulse density onto the pyramidal cells, 1/s;
/// zero when absent). Note that The Virtual Brain's default v0 is 5.52 mV, the paper's 6 mV: cases state theirs.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class JansenRitSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "jansen-rit";

    private static readonly Unit Potential = Unit.Parse("mV");
    private static readonly Unit Rate = Unit.Parse("1/s");
    private static readonly Unit PotentialRate = Unit.Parse("mV/s");
    private static readonly OdeModel Model = new(
        ModelId,
        Unit.Parse("s"),
        [
            new StateVariable("y0", Potential), new StateVariable("y1", Potential), new StateVariable("y2", Potential),
            new StateVariable("y3", PotentialRate), new StateVariable("y4", PotentialRate), new StateVariable("y5", PotentialRate),
        ]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var parameters = new JansenRitParameters(
            RequestReader.Parameter(request, "A", Potential),
            RequestReader.Parameter(request, "B", Potential),
            RequestReader.Parameter(request, "a", Rate),
            RequestReader.Parameter(request, "b", Rate),
            RequestReader.Parameter(request, "C", Unit.Parse("1")),
            RequestReader.Parameter(request, "e0", Rate),
            RequestReader.Parameter(request, "v0", Potential, positive: false),
            RequestReader.Parameter(request, "r", Unit.Parse("1/mV")));
        var input = RequestReader.Input(request, "p", Rate, Model.TimeUnit);
        var system = new JansenRitSystem(parameters, input);
        return OdeRun.Run(request, Model, ref system, [input], Clock, cancellationToken);
    }
}
