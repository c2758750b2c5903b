using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology.Cells;

/// <summary>Requests for the two-variable cell models: two dimensionless states, time in ms, rtol = atol = 1e-10.</summary>
internal static class CellRequests
{
    public static SolveRequest Build(
        string model, IEnumerable<NamedQuantity> parameters, (string Name, double Value)[] initial, double endMs, InputSignal? stimulus = null)
    {
        ImmutableArray<NamedQuantity> state = [.. initial.Select(s => Q(s.Name, s.Value, "1"))];
        var request = Requests.Build(
            model, parameters, state[0], "ms", Grid(endMs, 200), stimulus is null ? null : [stimulus], numerics: new NumericsSettings(1e-10, 1e-10));
        return request with
        {
            InitialState = state,
            Outputs = request.Outputs with { Variables = [.. initial.Select(s => new OutputVariable(s.Name, Unit.Dimensionless))] },
        };
    }

    public static PulseInput Pulse(string name, double amplitude, string unit = "1") =>
        new(name, Unit.Parse(unit), 0, amplitude, new Quantity(10, Unit.Parse("ms")), new Quantity(1, Unit.Parse("ms")));
}
