using System.Globalization;

namespace TwinVal.Cli.Tests.Commands;

/// <summary>A convergence check through <c>twinval run</c> with a real built-in solver: the ladder is solved and judged into checks.csv.</summary>
public sealed class RunConvergenceTests
{
    [Fact]
    public async Task Run_Rk4Ladder_ObservesFourthOrderInChecksCsv()
    {
        using var sandbox = new CliSandbox();
        var caseFile = Path.Combine(sandbox.CaseFolder("oncology", "gompertz-growth"), "case.yaml");
        // The steps divide the 0.5-day spacing of the reference samples, so every level steps uniformly (the catalogue rejects
        // a ladder that does not).
        CaseFiles.Replace(caseFile, "numerics:\n  rtol: 1.0e-10\n  atol: 1.0e-10\n", """
            numerics:
              method: rk4
              fixed-step: {value: 0.01, unit: day}
            refinement:
              fixed-step: [{value: 0.125, unit: day}, {value: 0.0625, unit: day}, {value: 0.03125, unit: day}]

            """);
        await File.AppendAllTextAsync(caseFile, """
              - id: V-order
                metric: convergence
                variable: V
                qoi: {kind: final-value}
                expected-order: 4
                order-tolerance: 0.2
                gci-limit: 1.0e-4

            """, TestContext.Current.CancellationToken);

        (await sandbox.RunAsync("run", "--cases", "gompertz-growth", "--solvers", "gompertz")).AssertExit(ExitCodes.Success);

        var rows = File.ReadAllLines(Path.Combine(sandbox.SingleRecord(), "checks.csv")).Where(l => l.Contains(",V-order,", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        var order = rows.Single(r => r.Contains(",convergence:observed-order,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("pass", order[9]);
        // Classical RK4 is fourth order; |p − 4| is the value column.
        Assert.InRange(double.Parse(order[5], CultureInfo.InvariantCulture), 0.0, 0.05);
        Assert.Contains(",convergence:gci-fine,V,", rows.Single(r => !r.Contains("observed-order", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
