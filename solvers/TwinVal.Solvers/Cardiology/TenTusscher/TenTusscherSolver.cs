using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.TenTusscher;

/// <summary>
/// Built-in solver of model <c>ten-tusscher-2006-epi</c>: the ten Tusscher–Panfilov 2006 human ventricular epicardial
/// myocyte (Am. J. Physiol. Heart Circ. Physiol. 291:H1088, doi:10.1152/ajpheart.00109.2006). Parameters <c>K_o</c>,
/// <c>Na_o</c>, <c>Ca_o</c> (extracellular concentrations); the nineteen states of <see cref="TenTusscherState"/>
/// (V in mV, concentrations in mM, R̄ and gates dimensionless); input <c>I_stim</c>, a depolarising stimulus current
/// density in pA/pF (zero when absent). Integrated by the request's method (Dormand–Prince by default).
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class TenTusscherSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "ten-tusscher-2006-epi";

    private static readonly Unit Concentration = Unit.Parse("mM");
    private static readonly OdeModel Model = new(
        ModelId,
        Unit.Parse("ms"),
        [.. TenTusscherState.Names.Select((name, i) => new StateVariable(name, StateUnit(i)))]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var bath = ReadBath(request);
        var stimulus = RequestReader.Input(request, "I_stim", Unit.Parse("pA/pF"), Model.TimeUnit);
        var system = new TenTusscherSystem(bath, stimulus);
        return OdeRun.Run(request, Model, ref system, [stimulus], Clock, cancellationToken);
    }

    /// <summary>The extracellular concentrations of a request, in mM.</summary>
    internal static TenTusscherExtracellular ReadBath(SolveRequest request) => new(
        RequestReader.Parameter(request, "K_o", Concentration),
        RequestReader.Parameter(request, "Na_o", Concentration),
        RequestReader.Parameter(request, "Ca_o", Concentration));

    /// <summary>Unit of state component <paramref name="index"/>.</summary>
    internal static Unit StateUnit(int index) => index switch
    {
        TenTusscherState.V => Unit.Parse("mV"),
        < TenTusscherState.RBar => Concentration,
        _ => Unit.Parse("1"),
    };
}
