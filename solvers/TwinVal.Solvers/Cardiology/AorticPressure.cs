using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Cardiology;

/// <summary>
/// Runs a Windkessel whose state is not the aortic pressure and adds the output <c>P</c> = P_c + Zc·(Q_in − Q_L), an
/// algebraic function of state and inflow (Q_L = 0 without an inertance). Computing it from the state at each sample,
/// rather than integrating it, needs no derivative of the inflow and keeps P exactly as accurate as the state.
/// </summary>
internal static class AorticPressure
{
    /// <summary>Name of the derived output.</summary>
    public const string Name = "P";

    /// <summary>Name of the state over the R‖C compartment.</summary>
    public const string Compartment = "P_c";

    /// <summary>Name of the state flow through the inertance.</summary>
    public const string InertanceFlow = "Q_L";

    /// <summary>Integrates, then packages the requested states and the derived aortic pressure in the requested order.</summary>
    /// <exception cref="SolverException">An unknown output, an output in an incompatible unit, or any failure of the run.</exception>
    public static SolverOutput Run<TSystem>(
        SolveRequest request, OdeModel model, ref TSystem system, InputChannel inflow, double impedance, TimeProvider clock, CancellationToken cancellationToken)
        where TSystem : IOdeSystem
    {
        CheckOutputs(request, model);
        var stateRequest = request with
        {
            Outputs = request.Outputs with { Variables = [.. model.States.Select(s => new OutputVariable(s.Name, s.Unit))] },
        };
        var output = OdeRun.Run(stateRequest, model, ref system, [inflow], clock, cancellationToken);
        var table = output.Series;
        var compartment = table.Find(Compartment)!.Values;
        var inertanceFlow = table.Find(InertanceFlow)?.Values;
        var toSeconds = request.Outputs.TimeUnit.FactorTo(Harness.Units.SiUnits.Second);
        var signal = request.Input("Q_in");
        var flowFactor = signal is null ? 0.0 : signal.Unit.FactorTo(WindkesselUnits.Flow);
        var pressure = new double[table.RowCount];
        for (var i = 0; i < pressure.Length; i++)
        {
            // The inflow the protocol gives at the sample time; at a jump of Q_in, P jumps with it.
            var q = signal is null ? 0.0 : signal.ValueAt(table.Time.Values[i] * toSeconds) * flowFactor;
            var throughImpedance = inertanceFlow is { } ql ? q - ql[i] : q;
            pressure[i] = compartment[i] + (impedance * throughImpedance);
        }

        var derived = new Series(Name, WindkesselUnits.Pressure, ImmutableArray.Create(pressure));
        var columns = request.Outputs.Variables.Select(v => v.Name == Name ? derived : table.Find(v.Name)!);
        return output with { Series = new SeriesTable(table.Time, [.. columns]) };
    }

    private static void CheckOutputs(SolveRequest request, OdeModel model)
    {
        foreach (var variable in request.Outputs.Variables)
        {
            var unit = variable.Name == Name
                ? WindkesselUnits.Pressure
                : model.States.FirstOrDefault(s => s.Name == variable.Name)?.Unit
                    ?? throw new SolverException(
                        $"case '{request.CaseId}' requests variable '{variable.Name}', which model '{model.Id}' does not have; it provides: " +
                        string.Join(", ", [Name, .. model.States.Select(s => s.Name)]));
            if (!unit.IsCompatibleWith(variable.Unit))
            {
                throw new SolverException(
                    $"case '{request.CaseId}' requests variable '{variable.Name}' in '{variable.Unit.Symbol}' ({variable.Unit.Dimension}), " +
                    $"but model '{model.Id}' computes it in '{unit.Symbol}' ({unit.Dimension})");
            }
        }
    }
}
