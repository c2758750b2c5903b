using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Neurology;
using static TwinVal.Solvers.Tests.Neurology.NeuroRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Neurology;

public class EpileptorNetworkSolverTests
{
    private static readonly Unit One = Unit.Parse("1");

    // Interictal start shared by every region.
    private static readonly NamedQuantity[] Start =
    [
        Q("x1", -1.8, "1"), Q("y1", -15, "1"), Q("z", 3.6, "1"), Q("x2", -0.9, "1"), Q("y2", 0, "1"), Q("g", -0.18, "1"),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SolveAsync_OneRegion_EqualsTheSingleNodeSolver()
    {
        // With one region the difference coupling Σ_j w_ij (x1_j − x1_i) is zero whatever K: the node is TVB's Epileptor.
        var network = await new EpileptorNetworkSolver().SolveAsync(Network(["A"], [-1.6], [[0.7]], k: 5.0, ["z_A", "x1_A"], Grid(1000, 100)), Ct);
        var single = await new EpileptorSolver().SolveAsync(
            Build("epileptor", EpiParameters, Start, "ms", Grid(1000, 100), outputs: [("z", "1"), ("x1", "1")]), Ct);

        Assert.Equal(single.Series.Find("z")!.Values, network.Series.Find("z_A")!.Values, (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal(single.Series.Find("x1")!.Values, network.Series.Find("x1_A")!.Values, (a, b) => Math.Abs(a - b) < 1e-5);
    }

    [Fact]
    public async Task SolveAsync_TwoIdenticalRegionsInStep_CouplingDoesNothing()
    {
        var coupled = await new EpileptorNetworkSolver().SolveAsync(Network(["A", "B"], [-1.6, -1.6], [[0, 1], [1, 0]], k: 10.0, ["z_A", "z_B"], Grid(500, 50)), Ct);
        var alone = await new EpileptorNetworkSolver().SolveAsync(Network(["A"], [-1.6], [[0]], k: 0.0, ["z_A"], Grid(500, 50)), Ct);

        Assert.Equal(alone.Series.Find("z_A")!.Values, coupled.Series.Find("z_B")!.Values, (a, b) => Math.Abs(a - b) < 1e-7);
    }

    [Fact]
    public async Task SolveAsync_SubthresholdRegion_IsRecruitedOnlyThroughTheCoupling()
    {
        // B (x0 = −2.15, below the single-node threshold ≈ −2.06) never seizes alone; coupled to the seizing A it does.
        double MaxX1B(SolverOutput o) => o.Series.Find("x1_B")!.Values.Max();
        var uncoupled = await new EpileptorNetworkSolver().SolveAsync(Network(["A", "B"], [-1.6, -2.15], [[0, 1], [1, 0]], k: 0.0, ["x1_B"], Grid(2000, 2000)), Ct);
        var coupled = await new EpileptorNetworkSolver().SolveAsync(Network(["A", "B"], [-1.6, -2.15], [[0, 1], [1, 0]], k: 1.0, ["x1_B"], Grid(2000, 2000)), Ct);

        Assert.True(MaxX1B(uncoupled) < -1.0, $"uncoupled max x1_B = {MaxX1B(uncoupled)}");
        Assert.True(MaxX1B(coupled) > 0.0, $"coupled max x1_B = {MaxX1B(coupled)}");
    }

    [Fact]
    public async Task SolveAsync_Stochastic_SameSeedSameRunOtherSeedOtherRun()
    {
        var request = Stochastic(seed: 5);
        var first = await new EpileptorNetworkSolver().SolveAsync(request, Ct);
        var again = await new EpileptorNetworkSolver().SolveAsync(request, Ct);
        var other = await new EpileptorNetworkSolver().SolveAsync(request with { Seed = 6 }, Ct);

        Assert.Equal(first.Series.Find("z_A")!.Values, again.Series.Find("z_A")!.Values);
        Assert.NotEqual(first.Series.Find("z_A")!.Values[^1], other.Series.Find("z_A")!.Values[^1]);
        Assert.StartsWith("euler-maruyama (h = 0.05 ms, seed 5)", first.Diagnostics.Method, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_StochasticRegionsRenumbered_EveryNamedTraceUnchanged()
    {
        // Noise follows the region's name, not its row: the same three regions listed in another order give the same
        // seeded run up to the summation order of the coupling (rounding, far below 1e-9 over 300 ms of fixed steps).
        string[] names = ["A", "B", "C"];
        double[] x0 = [-1.6, -2.0, -2.2];
        double[][] w = [[0, 1, 0.5], [1, 0, 0.2], [0.5, 0.2, 0]];
        int[] order = [2, 0, 1];
        string[] outputs = ["x1_A", "x1_B", "x1_C", "z_A", "z_B", "z_C"];
        var original = await new EpileptorNetworkSolver().SolveAsync(StochasticNetwork(names, x0, w, outputs, seed: 11), Ct);
        var renumbered = await new EpileptorNetworkSolver().SolveAsync(
            StochasticNetwork([.. order.Select(i => names[i])], [.. order.Select(i => x0[i])], [.. order.Select(i => order.Select(j => w[i][j]).ToArray())], outputs, seed: 11), Ct);

        foreach (var name in outputs)
        {
            Assert.Equal(original.Series.Find(name)!.Values, renumbered.Series.Find(name)!.Values, (a, b) => Math.Abs(a - b) < 1e-9);
        }

        // The noise is really there: another seed moves z_A by far more than the tolerance.
        var other = await new EpileptorNetworkSolver().SolveAsync(StochasticNetwork(names, x0, w, outputs, seed: 12), Ct);
        Assert.True(Math.Abs(other.Series.Find("z_A")!.Values[^1] - original.Series.Find("z_A")!.Values[^1]) > 1e-4);
    }

    [Fact]
    public async Task SolveAsync_NoiseWithoutTheStochasticMethod_IsRefused()
    {
        var request = Stochastic(seed: 5) with { Numerics = NumericsSettings.Default };

        var error = await Assert.ThrowsAsync<SolverException>(() => new EpileptorNetworkSolver().SolveAsync(request, Ct));
        Assert.Contains("needs numerics.method 'euler-maruyama'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_NoDataTable_IsRefusedNamingIt()
    {
        var request = Network(["A"], [-1.6], [[0]], k: 0, ["z_A"], Grid(10, 10)) with { DataTables = [] };

        var error = await Assert.ThrowsAsync<SolverException>(() => new EpileptorNetworkSolver().SolveAsync(request, Ct));
        Assert.Contains("no data table 'connectivity'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("z_C")]
    [InlineData("v_A")]
    [InlineData("zA")]
    public async Task SolveAsync_UnknownOutput_IsRefusedListingWhatExists(string variable)
    {
        var request = Network(["A", "B"], [-1.6, -2], [[0, 1], [1, 0]], k: 0, [variable], Grid(10, 10));

        var error = await Assert.ThrowsAsync<SolverException>(() => new EpileptorNetworkSolver().SolveAsync(request, Ct));
        Assert.Contains("region one of A, B", error.Message, StringComparison.Ordinal);
    }

    private static SolveRequest Stochastic(long seed) =>
        Network(["A"], [-1.6], [[0]], k: 0, ["z_A"], Grid(100, 10), sigmaZ: 0.01) with
        {
            Numerics = new NumericsSettings(null, null, EpileptorNetworkSolver.StochasticMethod, new Quantity(0.05, Unit.Parse("ms")), null),
            Seed = seed,
        };

    private static SolveRequest StochasticNetwork(string[] regions, double[] x0, double[][] w, string[] outputs, long seed) =>
        Network(regions, x0, w, k: 1.0, outputs, Grid(300, 300), sigmaZ: 0.01) with
        {
            Numerics = new NumericsSettings(null, null, EpileptorNetworkSolver.StochasticMethod, new Quantity(0.05, Unit.Parse("ms")), null),
            Seed = seed,
        };

    private static SolveRequest Network(string[] regions, double[] x0, double[][] w, double k, string[] outputs, double[] times, double sigmaZ = 0)
    {
        var parameters = EpiParameters.Where(p => p.Name != "x0").Concat([Q("K", k, "1"), Q("sigma_x1", 0, "1"), Q("sigma_z", sigmaZ, "1")]);
        var columns = new List<DataColumn> { new("x0", One, [.. x0]) };
        columns.AddRange(regions.Select((r, j) => new DataColumn("w_" + r, One, [.. w.Select(row => row[j])])));
        var table = new ModelDataTable("connectivity", "connectivity.csv", new string('0', 64), "region", [.. regions], [.. columns]);
        return Build("epileptor-network", parameters, Start, "ms", times, outputs: outputs.Select(o => (o, "1"))) with { DataTables = [table] };
    }

    private static double[] Grid(double end, int intervals) => [.. Enumerable.Range(0, intervals + 1).Select(i => end * i / intervals)];
}
