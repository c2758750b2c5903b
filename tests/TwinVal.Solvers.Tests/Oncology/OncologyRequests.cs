using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Tests.Oncology;

/// <summary>Builds requests with several initial values (the shared helper takes one) and reads relative errors.</summary>
internal static class OncologyRequests
{
    public static readonly NumericsSettings Tight = new(1e-10, 1e-10);

    public static SolveRequest Build(
        string model, IEnumerable<NamedQuantity> parameters, IEnumerable<NamedQuantity> initial, string timeUnit, double[] sampleTimes,
        IEnumerable<OutputVariable> outputs, IEnumerable<InputSignal>? inputs = null, NumericsSettings? numerics = null)
    {
        var time = Unit.Parse(timeUnit);
        return new SolveRequest(
            "test-case",
            new ModelRef(model, "1"),
            [.. parameters],
            [.. initial],
            new CaseProtocol(new Quantity(sampleTimes[0], time), new Quantity(sampleTimes[^1], time), [.. inputs ?? []]),
            new OutputRequest([.. outputs], time, ImmutableArray.Create(sampleTimes)),
            numerics ?? Tight,
            Seed: 1);
    }

    public static OutputVariable Out(string name, string unit) => new(name, Unit.Parse(unit));

    /// <summary>Largest |actual − exact|/(atol + |exact|) over the samples.</summary>
    public static double MaxRelativeError(ImmutableArray<double> actual, IReadOnlyList<double> times, Func<double, double> exact, double atol = 1e-12) =>
        times.Select((t, i) => Math.Abs(actual[i] - exact(t)) / (atol + Math.Abs(exact(t)))).Max();
}
