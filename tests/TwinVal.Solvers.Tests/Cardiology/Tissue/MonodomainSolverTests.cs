using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Cardiology.Tissue;
using static TwinVal.Solvers.Tests.Cardiology.TenTusscher.TenTusscherRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology.Tissue;

public class MonodomainSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static NamedQuantity[] Cable(double length, double h, params (string Name, double X)[] points) =>
    [
        .. Bath, Q("L_x", length, "mm"), Q("L_y", 0, "mm"), Q("L_z", 0, "mm"), Q("grid_spacing", h, "mm"),
        Q("sigma_il", 0.17, "S/m"), Q("sigma_it", 0.019, "S/m"), Q("sigma_el", 0.62, "S/m"), Q("sigma_et", 0.24, "S/m"),
        Q("chi", 140, "1/mm"), Q("C_m", 0.01, "µF/mm^2"), Q("stim_amplitude", 50000, "µA/cm^3"), Q("stim_onset", 0, "ms"),
        Q("stim_duration", 2, "ms"), Q("stim_size", 1.5, "mm"),
        .. points.SelectMany(p => new[] { Q($"{p.Name}_x", p.X, "mm"), Q($"{p.Name}_y", 0, "mm"), Q($"{p.Name}_z", 0, "mm") }),
    ];

    private static NumericsSettings Step(double dt) => new(Method: "rush-larsen", FixedStep: new Quantity(dt, Unit.Parse("ms")));

    private static double Activation(System.Collections.Immutable.ImmutableArray<double> v, double[] t)
    {
        for (var i = 1; i < v.Length; i++)
        {
            if (v[i - 1] < 0 && v[i] >= 0)
            {
                return t[i - 1] + ((t[i] - t[i - 1]) * -v[i - 1] / (v[i] - v[i - 1]));
            }
        }

        return double.NaN;
    }

    [Fact]
    public async Task SolveAsync_Cable_ConductionVelocityAlongFibresIsPhysiological()
    {
        // 10 mm cable at h = 0.1 mm: activation at 4 and 8 mm; longitudinal conduction velocity in Niederer's set-up is
        // of the order of 0.5–0.7 m/s (mm/ms); the check brackets it widely (0.3–1.0) and requires order along x.
        var times = Grid(30, 600);
        var output = await new MonodomainSolver().SolveAsync(
            Request(MonodomainSolver.ModelId, Cable(10, 0.1, ("A", 4), ("B", 8)), times, ["V_A", "V_B"], Step(0.01)), Ct);
        var a = Activation(output.Series.Find("V_A")!.Values, times);
        var b = Activation(output.Series.Find("V_B")!.Values, times);

        Assert.True(b > a, $"activation at 8 mm ({b} ms) must follow 4 mm ({a} ms)");
        Assert.InRange(4 / (b - a), 0.3, 1.0);
    }

    [Fact]
    public async Task SolveAsync_StepAboveExplicitLimit_ThrowsStatingLimit()
    {
        // h = 0.05 mm: D_l/h² = 38.1 /ms, limit 1/(2·38.1) = 0.0131 ms; 0.05 ms is 280 % above it.
        var request = Request(MonodomainSolver.ModelId, Cable(2, 0.05, ("A", 1)), Grid(1, 10), ["V_A"], Step(0.05));

        var error = await Assert.ThrowsAsync<SolverException>(() => new MonodomainSolver().SolveAsync(request, Ct));

        Assert.Contains("explicit diffusion limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_PointOutsideTissue_ThrowsNamingPoint()
    {
        var request = Request(MonodomainSolver.ModelId, Cable(2, 0.5, ("A", 3)), Grid(1, 10), ["V_A"], Step(0.05));

        var error = await Assert.ThrowsAsync<SolverException>(() => new MonodomainSolver().SolveAsync(request, Ct));

        Assert.Contains("A_x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_LengthNotMultipleOfSpacing_Throws()
    {
        var request = Request(MonodomainSolver.ModelId, Cable(2.25, 0.5, ("A", 1)), Grid(1, 10), ["V_A"], Step(0.05));

        var error = await Assert.ThrowsAsync<SolverException>(() => new MonodomainSolver().SolveAsync(request, Ct));

        Assert.Contains("whole number of grid spacings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_NoFixedStep_Throws()
    {
        var request = Request(MonodomainSolver.ModelId, Cable(2, 0.5, ("A", 1)), Grid(1, 10), ["V_A"]);

        var error = await Assert.ThrowsAsync<SolverException>(() => new MonodomainSolver().SolveAsync(request, Ct));

        Assert.Contains("fixed-step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_DelayOutput_EqualsDifferenceOfActivationTimes()
    {
        // Delays are located between solver steps, potentials only at samples: on a 0.01 ms sample grid (every step of
        // dt = 0.01 ms) both are the same linear interpolation, so they agree to round-off.
        var times = Grid(30, 3000);
        var request = Request(MonodomainSolver.ModelId, Cable(10, 0.1, ("A", 4), ("B", 8)), times, ["V_A", "V_B", "delay_A_B"], Step(0.01));
        request = request with { Outputs = request.Outputs with { Variables = [.. request.Outputs.Variables.Take(2), new OutputVariable("delay_A_B", Unit.Parse("ms"))] } };

        var output = await new MonodomainSolver().SolveAsync(request, Ct);
        var expected = Activation(output.Series.Find("V_B")!.Values, times) - Activation(output.Series.Find("V_A")!.Values, times);
        var delay = output.Series.Find("delay_A_B")!.Values;

        Assert.Equal(expected, delay[^1], 1e-9);
        Assert.Equal(0.0, delay[0]);
    }

    [Fact]
    public async Task SolveAsync_NumericsDx_ReplacesGridSpacing()
    {
        // grid_spacing 0.5 mm does not divide L_x = 2.25 mm; numerics.dx = 0.25 mm does, so the solve succeeds and
        // reports the requested lattice.
        var numerics = Step(0.05) with { Dx = new Quantity(0.25, Unit.Parse("mm")) };
        var request = Request(MonodomainSolver.ModelId, Cable(2.25, 0.5, ("A", 1)), Grid(1, 10), ["V_A"], numerics);

        var output = await new MonodomainSolver().SolveAsync(request, Ct);

        Assert.Contains("h = 0.25 mm", output.Diagnostics.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_UnknownOutput_ThrowsListingOffers()
    {
        var request = Request(MonodomainSolver.ModelId, Cable(2, 0.5, ("A", 1)), Grid(1, 10), ["lag_A_A"], Step(0.05));

        var error = await Assert.ThrowsAsync<SolverException>(() => new MonodomainSolver().SolveAsync(request, Ct));

        Assert.Contains("delay_FROM_TO", error.Message, StringComparison.Ordinal);
    }
}
