using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Tests.Neurology;

/// <summary>Requests for the multi-state neurology models, and the standard parameter sets of their cases.</summary>
internal static class NeuroRequests
{
    public static readonly NamedQuantity[] HhParameters =
    [
        Requests.Q("C_m", 1, "µF/cm^2"), Requests.Q("g_Na", 120, "mS/cm^2"), Requests.Q("g_K", 36, "mS/cm^2"),
        Requests.Q("g_L", 0.3, "mS/cm^2"), Requests.Q("E_Na", 50, "mV"), Requests.Q("E_K", -77, "mV"), Requests.Q("E_L", -54.387, "mV"),
    ];

    // The resting state of hh-resting-state (root of the steady-state equation, computed by its Python script).
    public static readonly NamedQuantity[] HodgkinHuxleyRest =
    [
        Requests.Q("V", -64.99637933119206, "mV"), Requests.Q("m", 0.052955086813008125, "1"),
        Requests.Q("h", 0.5959941247398638, "1"), Requests.Q("n", 0.31773239976086576, "1"),
    ];

    public static readonly NamedQuantity[] JrParameters =
    [
        Requests.Q("A", 3.25, "mV"), Requests.Q("B", 22, "mV"), Requests.Q("a", 100, "1/s"), Requests.Q("b", 50, "1/s"),
        Requests.Q("C", 135, "1"), Requests.Q("e0", 2.5, "1/s"), Requests.Q("v0", 6, "mV"), Requests.Q("r", 0.56, "1/mV"),
    ];

    public static readonly NamedQuantity[] EpiParameters =
    [
        Requests.Q("x0", -1.6, "1"), Requests.Q("Iext1", 3.1, "1"), Requests.Q("Iext2", 0.45, "1"),
        Requests.Q("r", 0.00035, "1"), Requests.Q("slope", 0, "1"), Requests.Q("tau2", 10, "1"),
    ];

    public static SolveRequest Build(
        string model,
        IEnumerable<NamedQuantity> parameters,
        IEnumerable<NamedQuantity> initial,
        string timeUnit,
        double[] sampleTimes,
        IEnumerable<InputSignal>? inputs = null,
        IEnumerable<(string Name, string Unit)>? outputs = null)
    {
        var time = Unit.Parse(timeUnit);
        var states = initial.ToArray();
        var variables = outputs?.Select(o => new OutputVariable(o.Name, Unit.Parse(o.Unit)))
            ?? states.Select(s => new OutputVariable(s.Name, s.Quantity.Unit));
        return new SolveRequest(
            "test-case",
            new ModelRef(model, "1"),
            [.. parameters],
            [.. states],
            new CaseProtocol(new Quantity(sampleTimes[0], time), new Quantity(sampleTimes[^1], time), [.. inputs ?? []]),
            new OutputRequest([.. variables], time, ImmutableArray.Create(sampleTimes)),
            new NumericsSettings(1e-10, 1e-10),
            Seed: 1);
    }

    /// <summary>Replaces the quantity called <paramref name="name"/> in <paramref name="list"/>.</summary>
    public static NamedQuantity[] With(this NamedQuantity[] list, string name, double value, string unit) =>
        [.. list.Select(q => q.Name == name ? Requests.Q(name, value, unit) : q)];

    /// <summary>Removes the quantity called <paramref name="name"/> from <paramref name="list"/>.</summary>
    public static NamedQuantity[] Without(this NamedQuantity[] list, string name) => [.. list.Where(q => q.Name != name)];

    /// <summary>A constant input as the right-hand side sees it, inside a segment [0, 1].</summary>
    public static InputChannel Constant(string name, double value, string unit)
    {
        var channel = new InputChannel(new ConstantInput(name, Unit.Parse(unit), value), 1.0, 1.0);
        channel.BeginSegment(0, 1);
        return channel;
    }
}
