using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Cardiology.TenTusscher;
using static TwinVal.Solvers.Tests.Cardiology.TenTusscher.TenTusscherRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Cardiology.TenTusscher;

public class TenTusscherSolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PulseInput Stimulus(double amplitude) =>
        new("I_stim", Unit.Parse("pA/pF"), 0, amplitude, new Quantity(10, Unit.Parse("ms")), new Quantity(1, Unit.Parse("ms")), null, null);

    private static async Task<double[]> Voltage(double amplitude, double end, int intervals) =>
        [.. (await new TenTusscherSolver().SolveAsync(
            Request(TenTusscherSolver.ModelId, Bath, Grid(end, intervals), ["V"], new NumericsSettings(1e-8, 1e-8), [Stimulus(amplitude)]), Ct))
            .Series.Find("V")!.Values];

    [Fact]
    public async Task SolveAsync_NoStimulus_StaysWithinHalfMillivoltOfRest()
    {
        // The CellML initial state lies on the 1 Hz limit cycle just before a beat: unstimulated it drifts slowly.
        var v = await Voltage(0, 50, 50);

        Assert.All(v, x => Assert.InRange(x, -85.73, -84.73));
    }

    [Fact]
    public async Task SolveAsync_PaperStimulus_OneActionPotentialWithPlateau()
    {
        // ten Tusscher & Panfilov 2006's 52 pA/pF, 1 ms stimulus; the independent SciPy reference (tp06-epi-single-ap)
        // has its largest 0.1 ms sample at 37.37485 mV, is still above 0 mV at 150 ms (plateau) and below −80 mV by 400 ms.
        var v = await Voltage(52, 400, 4000);

        Assert.Equal(37.37485, v.Max(), 1e-3);
        Assert.True(v[1500] > 0, $"V(150 ms) = {v[1500]} mV, expected the plateau above 0 mV");
        Assert.True(v[4000] < -80, $"V(400 ms) = {v[4000]} mV, expected repolarised below −80 mV");
    }

    [Fact]
    public async Task SolveAsync_WeakStimulus_NoActionPotential()
    {
        var v = await Voltage(5, 100, 100);

        Assert.True(v.Max() < -60, $"peak {v.Max()} mV");
    }

    [Fact]
    public async Task SolveAsync_MissingBathParameter_ThrowsNamingIt()
    {
        var request = Request(TenTusscherSolver.ModelId, [Q("K_o", 5.4, "mM"), Q("Na_o", 140, "mM")], Grid(1, 1), ["V"]);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => new TenTusscherSolver().SolveAsync(request, Ct));

        Assert.Contains("Ca_o", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_StimulusInWrongUnit_ThrowsSolverException()
    {
        var wrong = new PulseInput("I_stim", Unit.Parse("mV"), 0, 52, new Quantity(10, Unit.Parse("ms")), new Quantity(1, Unit.Parse("ms")), null, null);
        var request = Request(TenTusscherSolver.ModelId, Bath, Grid(20, 20), ["V"], inputs: [wrong]);

        var error = await Assert.ThrowsAsync<SolverException>(() => new TenTusscherSolver().SolveAsync(request, Ct));

        Assert.Contains("pA/pF", error.Message, StringComparison.Ordinal);
    }
}
