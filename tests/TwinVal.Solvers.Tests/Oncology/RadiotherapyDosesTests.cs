using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Oncology;
using static TwinVal.Solvers.Tests.Oncology.OncologyRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology;

/// <summary>The BED/EQD2 columns of the exponential-lq solver, against hand-computed worked examples.</summary>
public class RadiotherapyDosesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // α/β = 0.15/0.015 = 10 Gy for the tumour; daily fractions from t = 0.5 day, so fraction k is at k + 0.5 days.
    private static NamedQuantity[] Schedule(double dose, double count, double lateAlphaBeta = 3.0, double beta = 0.015) =>
    [
        Q("a", 0.02, "1/day"), Q("lq_alpha", 0.15, "1/Gy"), Q("lq_beta", beta, "1/Gy^2"), Q("fraction_dose", dose, "Gy"),
        Q("fraction_count", count, "1"), Q("first_fraction", 0.5, "day"), Q("fraction_interval", 1.0, "day"),
        Q("fractions_per_week", 7, "1"), Q("late_alpha_beta", lateAlphaBeta, "Gy"),
    ];

    private static SolveRequest Request(NamedQuantity[] parameters, double[] times, params string[] doses)
    {
        var request = Requests.Build("exponential-lq", parameters, Q("V", 30000, "mm^3"), "day", times, numerics: Tight);
        OutputVariable[] outputs = [new("V", Unit.Parse("mm^3")), .. doses.Select(d => new OutputVariable(d, Unit.Parse("Gy")))];
        return request with { Outputs = request.Outputs with { Variables = [.. outputs] } };
    }

    private static async Task<double[]> Column(SolveRequest request, string name) =>
        [.. (await new ExponentialLqSolver().SolveAsync(request, Ct)).Series.Find(name)!.Values];

    [Fact]
    public async Task SolveAsync_ThirtyTimesTwoGy_GivesWorkedExampleDoses()
    {
        // 30 × 2 Gy: BED = 60·(1 + 2/10) = 72 Gy₁₀ and 60·(1 + 2/3) = 100 Gy₃; EQD2 of 2-Gy fractions = 60 Gy for any α/β.
        var request = Request(Schedule(2.0, 30), [0, 15, 40], "BED", "EQD2", "BED_late", "EQD2_late");
        var output = await new ExponentialLqSolver().SolveAsync(request, Ct);

        Assert.Equal(["V", "BED", "EQD2", "BED_late", "EQD2_late"], output.Series.Columns.Select(c => c.Name));
        Assert.Equal([0.0, 36.0, 72.0], output.Series.Find("BED")!.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal([0.0, 30.0, 60.0], output.Series.Find("EQD2")!.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal(100.0, output.Series.Find("BED_late")!.Values[2], 1e-12);
        Assert.Equal(60.0, output.Series.Find("EQD2_late")!.Values[2], 1e-12);
    }

    [Fact]
    public async Task SolveAsync_TwentySixTimesTwoPointFiveGy_GivesPublishedTable()
    {
        // 65 Gy in 26 fractions: BED₁₀ = 65·1.25 = 81.25, EQD2₁₀ = 81.25/1.2 = 67.708; BED₃ = 65·(1 + 2.5/3) = 119.167,
        // EQD2₃ = 119.167/(5/3) = 71.5 (SHARE protocol, Trials 2021, doi:10.1186/s13063-021-05708-5, table 3).
        var request = Request(Schedule(2.5, 26), [0, 30], "BED", "EQD2", "BED_late", "EQD2_late");
        var output = await new ExponentialLqSolver().SolveAsync(request, Ct);

        Assert.Equal(81.25, output.Series.Find("BED")!.Values[1], 1e-12);
        Assert.Equal(81.25 / 1.2, output.Series.Find("EQD2")!.Values[1], 1e-12);
        Assert.Equal(65.0 * 11.0 / 6.0, output.Series.Find("BED_late")!.Values[1], 1e-12);
        Assert.Equal(71.5, output.Series.Find("EQD2_late")!.Values[1], 1e-12);
    }

    [Fact]
    public async Task SolveAsync_SampleAtFractionTime_CountsThatFraction()
    {
        // Right-continuous like the volume: at t = 2.5 days the third fraction (k = 2) has been given.
        var bed = await Column(Request(Schedule(2.0, 30), [0, 2.4, 2.5], "BED"), "BED");

        Assert.Equal([0.0, 4.8, 7.2], bed.Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public async Task SolveAsync_LateDoseWithoutLateAlphaBeta_ThrowsNamingParameter()
    {
        var parameters = Schedule(2.0, 30)[..^1];
        var error = await Assert.ThrowsAsync<SolverException>(() => new ExponentialLqSolver().SolveAsync(Request(parameters, [0, 1], "BED_late"), Ct));
        Assert.Contains("late_alpha_beta", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_TumourBedWithoutBeta_ThrowsNamingBeta()
    {
        var error = await Assert.ThrowsAsync<SolverException>(() => new ExponentialLqSolver().SolveAsync(Request(Schedule(2.0, 30, beta: 0), [0, 1], "BED"), Ct));
        Assert.Contains("lq_beta = 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_DoseInVolumeUnit_ThrowsNamingUnits()
    {
        var request = Request(Schedule(2.0, 30), [0, 1]);
        request = request with { Outputs = request.Outputs with { Variables = [new OutputVariable("EQD2", Unit.Parse("mm^3"))] } };
        var error = await Assert.ThrowsAsync<SolverException>(() => new ExponentialLqSolver().SolveAsync(request, Ct));
        Assert.Contains("a dose is in Gy", error.Message, StringComparison.Ordinal);
    }

    // Law: EQD2 of a course of 2-Gy fractions is its physical dose n·2 Gy, whatever the α/β (the reference schedule is itself).
    [Property(MaxTest = 25)]
    public async Task<bool> SolveAsync_TwoGyFractions_EqdTwoIsPhysicalDose(PositiveInt count, PositiveInt alphaBetaTenths)
    {
        var n = 1 + (count.Get % 40);
        var lateAlphaBeta = 0.5 + ((alphaBetaTenths.Get % 200) / 10.0);
        var eqd2 = await Column(Request(Schedule(2.0, n, lateAlphaBeta), [0, n + 1.0], "EQD2_late"), "EQD2_late");
        return Math.Abs(eqd2[1] - (2.0 * n)) <= 1e-12 * 2.0 * n;
    }

    // Law: at a fraction size above 2 Gy, a smaller α/β (a late-responding tissue) gives the larger BED and EQD2.
    [Property(MaxTest = 25)]
    public async Task<bool> SolveAsync_LowerAlphaBeta_LargerEqdTwoAboveTwoGy(PositiveInt extraCentigray)
    {
        var dose = 2.01 + ((extraCentigray.Get % 600) / 100.0);
        var request = Request(Schedule(dose, 10, lateAlphaBeta: 3.0), [0, 20], "EQD2", "EQD2_late");
        var output = await new ExponentialLqSolver().SolveAsync(request, Ct);
        return output.Series.Find("EQD2_late")!.Values[1] > output.Series.Find("EQD2")!.Values[1];
    }
}
