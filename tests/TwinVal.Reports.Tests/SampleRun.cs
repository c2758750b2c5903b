using System.Collections.Immutable;
using TwinVal.Harness;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Properties;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Reports.Tests;

/// <summary>
/// A fixed run summary covering every verdict, a NaN value, characters that need escaping in CSV, XML and Markdown,
/// and a rejected case. Times come from a fake clock; environment and version are the real ones (volatile), which
/// <see cref="Scrub"/> replaces in rendered text.
/// </summary>
internal static class SampleRun
{
    public static RunSummary Summary()
    {
        var clock = TestClock.At();
        var started = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromSeconds(12.5));
        var version = HarnessVersion.Current;
        var info = new RunInfo("20260314-092653-1", version.Version, version.Commit, EnvironmentInfoProvider.Current(), "continuous", 42,
            ["run", "--cases", "domain:cardiology,tag:analytic", "--seed", "42"], started, clock.GetUtcNow(), RunStatus.Completed);
        var cases = ImmutableArray.Create(
            RecordFactory.Case(new CaseBuilder("hh-spike").InDomain(Domain.Neurology).ForModel("hodgkin-huxley").InTier(Tier.Continuous).Build(), "/cases"),
            RecordFactory.Case(new CaseBuilder("wk2-decay").InDomain(Domain.Cardiology).ForModel("windkessel2").Build(), "/cases"));
        var solvers = ImmutableArray.Create(
            RecordFactory.Solver(new FakeSolver("hh-ref", "hodgkin-huxley") { Version = "1.0.0" }),
            RecordFactory.Solver(new FakeSolver("wk-rk4", "windkessel2") { Version = "2.1.0" }));
        var diagnostics = new SolverDiagnostics("dopri5", 120, 3, 741, 0, TimeSpan.FromMilliseconds(12.3456), ["h_max clipped to 0.01 s"]);
        var results = ImmutableArray.Create(
            new JudgedRun("hh-spike", "hh-ref", Verdict.Fail,
                [
                    new CheckResult("V-peak", "qoi:max", "V", 1.25, 0.5, -0.75, "mV", Verdict.Fail, "peak 41.25 mV vs reference 40 mV: |Δ| 1.25 > 0.5 mV"),
                    new CheckResult("V-rmse", "rmse", "V", 0.012, 0.05, 0.038, "mV", Verdict.Pass, "rmse 0.012 ≤ 0.05 mV"),
                    new CheckResult("V-shape", "pointwise", "V", double.NaN, 1.0, double.NaN, "1", Verdict.Error, "solution has NaN at t = 3 ms, so | and < cannot be judged"),
                ],
                "2 of 3 checks failed: V-peak, V-shape", TimeSpan.FromMilliseconds(1534.5), diagnostics),
            new JudgedRun("hh-spike", "wk-rk4", Verdict.Unsupported, [], "solver 'wk-rk4' does not implement model 'hodgkin-huxley'", TimeSpan.Zero, null),
            new JudgedRun("wk2-decay", "hh-ref", Verdict.Error, [],
                "solver 'hh-ref' failed on case 'wk2-decay': SolverException: \"R\" <missing> & C=1.5, bad", TimeSpan.FromMilliseconds(2.25), null),
            new JudgedRun("wk2-decay", "wk-rk4", Verdict.Pass,
                [new CheckResult("P-pointwise", "pointwise", "P", 0.031415926535897934, 1.0, 0.9685840734641021, "1", Verdict.Pass, "worst |s − r| / (atol + rtol·|r|) = 0.0314 at t = 1.2 s")],
                "all 1 checks passed", TimeSpan.FromMilliseconds(87.0625), diagnostics with { Notes = [] })
            {
                Ladders =
                [
                    new LadderRecord("P-order", "P", "final-value", "h", "s", "mmHg",
                        [new LadderLevel(1, 0.01, 80.00005, "outputs/wk2-decay/wk-rk4.level-1.csv"), new LadderLevel(0, 0.02, 80.0002, "outputs/wk2-decay/wk-rk4.level-0.csv")],
                        "not-observable", null, double.NaN, 2, 79.99999999999999, 1.2e-6, double.NaN),
                ],
                Validations =
                [
                    new ValidationRecord("P-vv20", "P", "final-value", "mmHg", 80.00005, 78.5, 1.50005, 0.01, "declared (rtol 1e-10)", 0.75, 0.5,
                        0.9014, 2, null, "latin-hypercube", 16, 18446744073709551557UL, "bench rig, Table 2"),
                    new ValidationRecord("P-max-vv20", "P", "max", "mmHg", 100, 101, -1, double.NaN, "convergence check 'P-order'", 0, 1,
                        double.NaN, 2, 5, "none", 0, 0, "bench rig, Table 3"),
                ],
            });
        var problems = ImmutableArray.Create(
            new Problem("reference-cases/oncology/gompertz/case.yaml", 14, 5, "parameters.r.unit", "unit '1/dya': unknown symbol 'dya'; expected a unit such as '1/day'"));
        return new RunSummary(info, cases, solvers, results, problems);
    }

    /// <summary>The sample run plus a failed property check (seed, samples, shrunk counterexample) on wk2-decay × wk-rk4.</summary>
    public static RunSummary WithPropertyCheck()
    {
        var summary = Summary();
        var property = new CheckResult("P-bounded", "property:bounds", "P", 212.5, 200.0, -12.5, "mmHg", Verdict.Fail,
            "violated: max P = 212.5 mmHg against an upper limit of 200 mmHg")
        {
            Property = new PropertyEvidence(18446744073709551557UL, 12345678901234567UL, 20, 3,
                [new NamedQuantity("R", new Quantity(1.75, Unit.Parse("mmHg*s/mL"))), new NamedQuantity("C", new Quantity(0.1, Unit.Parse("mL/mmHg")))]),
        };
        var last = summary.Results[^1];
        return summary with { Results = summary.Results.SetItem(summary.Results.Length - 1, last with { Checks = last.Checks.Add(property) }) };
    }

    /// <summary>Replaces the volatile environment and version values with fixed placeholders.</summary>
    public static string Scrub(string text, RunSummary summary)
    {
        var info = summary.Info;
        var env = info.Environment;
        foreach (var (value, placeholder) in new[]
        {
            (info.GitCommit, "<commit>"), (info.HarnessVersion, "<version>"), (env.OperatingSystem, "<os>"), (env.Runtime, "<runtime>"),
            (env.MachineName, "<machine>"),
        })
        {
            text = text.Replace(value, placeholder, StringComparison.Ordinal);
        }

        return text;
    }

    public static async Task<string> RenderAsync(IReportExporter exporter, RunSummary summary)
    {
        using var stream = new MemoryStream();
        await exporter.ExportAsync(summary, stream, CancellationToken.None);
        return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(stream.ToArray());
    }
}
