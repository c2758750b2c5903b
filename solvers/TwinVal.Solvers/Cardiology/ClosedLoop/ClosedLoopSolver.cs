using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology.ClosedLoop;

/// <summary>
/// Built-in solver of model <c>closed-loop-circulation</c>: the 0-D closed-loop circulation of Regazzoni et al. 2022
/// (J. Comput. Phys. 457:111083, doi:10.1016/j.jcp.2022.111083) — four time-varying-elastance chambers, four non-ideal
/// diode valves, systemic and pulmonary R–C–L circuits. Outputs: the twelve states (chamber volumes, compartment
/// pressures and flows) and, derived at each sample from the state, chamber pressures p_LA, p_LV, p_RA, p_RV, valve flows
/// Q_MV, Q_AV, Q_TV, Q_PV and the total blood volume V_total (conserved). Clinical indices (EF, SV, EDV, ESV, SBP, DBP,
/// cardiac output) are QoIs of these columns over the last beat, extracted by the harness, not computed here, so one
/// rule serves every solver. Dormand–Prince 5(4) by default: the fastest time constants (R_min/E ≈ 3 ms, L/R ≈ 3 ms)
/// are within its stability region at the steps accuracy needs, so the problem is not stiff at case tolerances.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class ClosedLoopSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "closed-loop-circulation";

    private static readonly OdeModel Model = new(ModelId, SiUnits.Second, ClosedLoopState.States);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        CheckOutputs(request);
        var system = new ClosedLoopSystem(ClosedLoopParameters.From(request));
        var stateRequest = request with
        {
            Outputs = request.Outputs with { Variables = [.. Model.States.Select(s => new OutputVariable(s.Name, s.Unit))] },
        };
        var output = OdeRun.Run(stateRequest, Model, ref system, [], Clock, cancellationToken);
        var derived = Derive(request, output.Series, system);
        var columns = request.Outputs.Variables.Select(v => derived.FirstOrDefault(d => d.Name == v.Name) ?? output.Series.Find(v.Name)!);
        return output with { Series = new SeriesTable(output.Series.Time, [.. columns]) };
    }

    private static ImmutableArray<Series> Derive(SolveRequest request, SeriesTable states, ClosedLoopSystem system)
    {
        var rows = states.RowCount;
        var outputs = ClosedLoopState.DerivedOutputs;
        var values = outputs.Select(_ => new double[rows]).ToArray();
        var toSeconds = request.Outputs.TimeUnit.FactorTo(SiUnits.Second);
        var columns = Model.States.Select(s => states.Find(s.Name)!.Values).ToArray();
        Span<double> y = stackalloc double[ClosedLoopState.Count];
        Span<double> d = stackalloc double[8];
        for (var row = 0; row < rows; row++)
        {
            for (var k = 0; k < y.Length; k++)
            {
                y[k] = columns[k][row];
            }

            system.Derived(states.Time.Values[row] * toSeconds, y, d);
            for (var k = 0; k < d.Length; k++)
            {
                values[k][row] = d[k];
            }

            values[^1][row] = system.TotalVolume(y);
        }

        return [.. outputs.Select((o, k) => new Series(o.Name, o.Unit, ImmutableArray.Create(values[k])))];
    }

    private static void CheckOutputs(SolveRequest request)
    {
        foreach (var variable in request.Outputs.Variables)
        {
            var provided = Model.States.Concat(ClosedLoopState.DerivedOutputs).FirstOrDefault(s => s.Name == variable.Name)
                ?? throw new SolverException(
                    $"case '{request.CaseId}' requests variable '{variable.Name}', which model '{ModelId}' does not have; it provides: " +
                    string.Join(", ", Model.States.Concat(ClosedLoopState.DerivedOutputs).Select(s => s.Name)));
            if (!provided.Unit.IsCompatibleWith(variable.Unit))
            {
                throw new SolverException(
                    $"case '{request.CaseId}' requests variable '{variable.Name}' in '{variable.Unit.Symbol}' ({variable.Unit.Dimension}), " +
                    $"but model '{ModelId}' computes it in '{provided.Unit.Symbol}' ({provided.Unit.Dimension})");
            }
        }
    }
}
