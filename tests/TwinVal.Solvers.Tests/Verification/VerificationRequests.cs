using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Tests.Verification;

/// <summary>Requests for the verification solvers: several initial values, outputs named with their units.</summary>
internal static class VerificationRequests
{
    public static SolveRequest Build(
        string model, IEnumerable<NamedQuantity> parameters, IEnumerable<NamedQuantity> initial, IEnumerable<(string Name, string Unit)> outputs,
        string timeUnit, double[] sampleTimes, NumericsSettings numerics, double start = 0)
    {
        var time = Unit.Parse(timeUnit);
        return new SolveRequest(
            "test-case",
            new ModelRef(model, "1"),
            [.. parameters],
            [.. initial],
            new CaseProtocol(new Quantity(start, time), new Quantity(sampleTimes[^1], time), []),
            new OutputRequest([.. outputs.Select(o => new OutputVariable(o.Name, Unit.Parse(o.Unit)))], time, ImmutableArray.Create(sampleTimes)),
            numerics,
            Seed: 1);
    }

    public static (string Name, string Unit)[] Dimensionless(int count) => [.. Enumerable.Range(1, count).Select(i => ($"y{i}", "1"))];
}
