using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Cardiology.ClosedLoop;
using static TwinVal.Solvers.Tests.Cardiology.ClosedLoop.ClosedLoopRequests;

namespace TwinVal.Solvers.Tests.Cardiology.ClosedLoop;

public sealed class ClosedLoopSolverTests
{
    private static readonly (string, string)[] Volumes = [("V_total", "mL"), ("V_LV", "mL"), ("p_LV", "mmHg"), ("p_AR_SYS", "mmHg"), ("Q_AV", "mL/s")];

    [Fact]
    public async Task SolveAsync_TwoBeats_ConservesTotalVolumeToRounding()
    {
        // Initial total: 65 + 120 + 65 + 145 + 1.2·80 + 60·30 + 10·35 + 16·24 = 3025 mL.
        var output = await new ClosedLoopSolver().SolveAsync(Build(Parameters(), Volumes), CancellationToken.None);

        var total = output.Series.Find("V_total")!.Values;
        Assert.All(total, v => Assert.Equal(3025.0, v, 3025.0 * 1e-9));
    }

    [Property(MaxTest = 8)]
    public bool SolveAsync_AnyContractility_ConservesTotalVolume(PositiveInt activeTenths)
    {
        var active = 0.1 + (activeTenths.Get % 40 / 10.0);
        var output = new ClosedLoopSolver().SolveAsync(Build(Parameters(active), Volumes, end: 1.0, rtol: 1e-6), CancellationToken.None).Result;
        return output.Series.Find("V_total")!.Values.All(v => Math.Abs(v - 3025.0) <= 3025.0 * 1e-9);
    }

    [Fact]
    public async Task SolveAsync_Healthy_EjectsThroughOpenAorticValveOnly()
    {
        // Aortic flow is forward (up to the R_max leak) and the LV pressure rises to about the arterial pressure in systole.
        var output = await new ClosedLoopSolver().SolveAsync(Build(Parameters(), Volumes), CancellationToken.None);

        var flow = output.Series.Find("Q_AV")!.Values;
        var leak = 200.0 / 75006.2; // a 200 mmHg back-pressure leaks at most 2.7e-3 mL/s
        Assert.True(flow.Min() >= -leak, $"min Q_AV = {flow.Min()} mL/s");
        Assert.True(flow.Max() > 100.0, $"max Q_AV = {flow.Max()} mL/s");
        var pLv = output.Series.Find("p_LV")!.Values;
        Assert.InRange(pLv.Max(), 90.0, 200.0);
    }

    [Fact]
    public async Task SolveAsync_ReducedContractility_LowersEjection()
    {
        var healthy = await new ClosedLoopSolver().SolveAsync(Build(Parameters(), Volumes), CancellationToken.None);
        var weak = await new ClosedLoopSolver().SolveAsync(Build(Parameters(0.6), Volumes), CancellationToken.None);

        static double Swing(SolverOutput o) => o.Series.Find("V_LV")!.Values.Skip(500).Max() - o.Series.Find("V_LV")!.Values.Skip(500).Min();
        Assert.True(Swing(weak) < Swing(healthy), $"stroke volume weak {Swing(weak)} mL vs healthy {Swing(healthy)} mL");
    }

    [Fact]
    public async Task SolveAsync_MissingParameter_NamesIt()
    {
        var request = Build(Parameters().Where(p => p.Name != "C_VEN_PUL"), Volumes);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => new ClosedLoopSolver().SolveAsync(request, CancellationToken.None));

        Assert.Contains("C_VEN_PUL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_ContractionPlusRelaxationLongerThanBeat_IsRefused()
    {
        var parameters = Parameters().Select(p => p.Name == "T_R_LV" ? p with { Quantity = new Quantity(0.8, SiUnits.Second) } : p);

        var ex = await Assert.ThrowsAsync<SolverException>(() => new ClosedLoopSolver().SolveAsync(Build(parameters, Volumes), CancellationToken.None));

        Assert.Contains("T_C_LV + T_R_LV", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_UnknownOutput_ListsWhatModelProvides()
    {
        var ex = await Assert.ThrowsAsync<SolverException>(
            () => new ClosedLoopSolver().SolveAsync(Build(Parameters(), [("EF", "1")]), CancellationToken.None));

        Assert.Contains("'EF'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("V_total", ex.Message, StringComparison.Ordinal);
    }
}
