using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology;

/// <summary>Requests and independent closed forms for the Windkessel solver tests.</summary>
internal static class WindkesselRequests
{
    public static readonly double[] Times = Grid(3.0, 60);

    public static SineInput Sine(double mean, double amplitude, double hertz, double phase, string unit = "mL/s") =>
        new("Q_in", Unit.Parse(unit), mean, amplitude, new Quantity(hertz, SiUnits.Hertz), phase);

    /// <summary>
    /// A request for <paramref name="model"/> with several initial values and outputs given as (name, unit), asking for
    /// rtol = atol = 1e-10 as the reference cases do, so the solver's error (≈ 1e-8 of the solution) sits far below the
    /// tests' 1e-6 bound against the closed forms (the defaults, rtol 1e-8, leave errors of a few 1e-6 mmHg).
    /// </summary>
    public static SolveRequest Build(
        string model,
        IEnumerable<NamedQuantity> parameters,
        IEnumerable<NamedQuantity> initial,
        IEnumerable<(string Name, string Unit)> outputs,
        InputSignal? inflow)
    {
        var initialState = initial.ToImmutableArray();
        var request = Requests.Build(
            model, parameters, initialState[0], "s", Times, inflow is null ? null : [inflow], numerics: new NumericsSettings(1e-10, 1e-10));
        return request with
        {
            InitialState = initialState,
            Outputs = request.Outputs with { Variables = [.. outputs.Select(o => new OutputVariable(o.Name, Unit.Parse(o.Unit)))] },
        };
    }

    /// <summary>
    /// Solution of τ·dx/dt = g·(Qm + A·sin(ωt + φ)) − x, x(0) = x0, in real form: the periodic part
    /// g·Qm + g·A·(sin(ωt+φ) − ωτ·cos(ωt+φ))/(1 + (ωτ)²) plus (x0 − periodic(0))·e^(−t/τ).
    /// </summary>
    public static Func<double, double> FirstOrder(double tau, double gain, double mean, double amplitude, double hertz, double phase, double x0)
    {
        var w = 2 * Math.PI * hertz;
        var wt = w * tau;
        double Periodic(double t) =>
            (gain * mean) + (gain * amplitude * (Math.Sin((w * t) + phase) - (wt * Math.Cos((w * t) + phase))) / (1 + (wt * wt)));
        var offset = x0 - Periodic(0);
        return t => Periodic(t) + (offset * Math.Exp(-t / tau));
    }
}
