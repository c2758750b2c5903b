using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology.TenTusscher;

/// <summary>Requests for the ten Tusscher–Panfilov cell and the monodomain tissue built on it.</summary>
internal static class TenTusscherRequests
{
    /// <summary>Epicardial initial state of the published CellML (as in reference-cases/cardiology/tp06-epi-single-ap).</summary>
    public static readonly ImmutableArray<NamedQuantity> Initial =
    [
        Q("V", -85.23, "mV"), Q("K_i", 136.89, "mM"), Q("Na_i", 8.604, "mM"), Q("Ca_i", 0.000126, "mM"), Q("Ca_ss", 0.00036, "mM"),
        Q("Ca_sr", 3.64, "mM"), Q("R_bar", 0.9073, "1"), Q("m", 0.00172, "1"), Q("h", 0.7444, "1"), Q("j", 0.7045, "1"),
        Q("x_r1", 0.00621, "1"), Q("x_r2", 0.4712, "1"), Q("x_s", 0.0095, "1"), Q("r", 2.42e-8, "1"), Q("s", 0.999998, "1"),
        Q("d", 3.373e-5, "1"), Q("f", 0.7888, "1"), Q("f2", 0.9755, "1"), Q("f_Cass", 0.9953, "1"),
    ];

    public static readonly ImmutableArray<NamedQuantity> Bath = [Q("K_o", 5.4, "mM"), Q("Na_o", 140, "mM"), Q("Ca_o", 2, "mM")];

    public static SolveRequest Request(
        string model, IEnumerable<NamedQuantity> parameters, double[] times, IEnumerable<string> variables,
        NumericsSettings? numerics = null, IEnumerable<InputSignal>? inputs = null)
    {
        var ms = Unit.Parse("ms");
        return new SolveRequest(
            "test-case",
            new ModelRef(model, "1"),
            [.. parameters],
            Initial,
            new CaseProtocol(new Quantity(times[0], ms), new Quantity(times[^1], ms), [.. inputs ?? []]),
            new OutputRequest([.. variables.Select(v => new OutputVariable(v, Unit.Parse("mV")))], ms, ImmutableArray.Create(times)),
            numerics ?? NumericsSettings.Default,
            Seed: 1);
    }
}
