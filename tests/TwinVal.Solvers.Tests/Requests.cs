using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Tests;

/// <summary>Builds solve requests for tests without a case file.</summary>
internal static class Requests
{
    public static NamedQuantity Q(string name, double value, string unit) => new(name, new Quantity(value, Unit.Parse(unit)));

    public static double[] Grid(double end, int intervals) => [.. Enumerable.Range(0, intervals + 1).Select(i => end * i / intervals)];

    public static SolveRequest Build(
        string model,
        IEnumerable<NamedQuantity> parameters,
        NamedQuantity initial,
        string timeUnit,
        double[] sampleTimes,
        IEnumerable<InputSignal>? inputs = null,
        IEnumerable<string>? variables = null,
        NumericsSettings? numerics = null)
    {
        var time = Unit.Parse(timeUnit);
        var outputs = (variables ?? [initial.Name]).Select(v => new OutputVariable(v, initial.Quantity.Unit));
        return new SolveRequest(
            "test-case",
            new ModelRef(model, "1"),
            [.. parameters],
            [initial],
            new CaseProtocol(new Quantity(sampleTimes[0], time), new Quantity(sampleTimes[^1], time), [.. inputs ?? []]),
            new OutputRequest([.. outputs], time, ImmutableArray.Create(sampleTimes)),
            numerics ?? NumericsSettings.Default,
            Seed: 1);
    }

    public static double MaxError(ImmutableArray<double> actual, IReadOnlyList<double> times, Func<double, double> exact) =>
        times.Select((t, i) => Math.Abs(actual[i] - exact(t))).Max();
}
