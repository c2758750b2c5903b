using TwinVal.Harness.Judging;
using TwinVal.Solvers;
using TwinVal.Harness.Reporting;
using TwinVal.Reports;

namespace TwinVal.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    private static readonly string[] Bundled = ["gompertz-growth", "rc-membrane-current-step", "wk2-diastolic-decay"];

    [Fact]
    public async Task Run_BundledCases_ExitsZeroAndPrintsVerdictTable()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("run")).AssertExit(ExitCodes.Success);

        var lines = run.Out.Split('\n');
        Assert.Equal("CASE                      SOLVER            VERDICT  CHECKS  WALL", lines[1]);
        Assert.StartsWith("gompertz-growth           gompertz          PASS     8/8     ", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("rc-membrane-current-step  passive-membrane  PASS     ", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("wk2-diastolic-decay       windkessel2       PASS     6/6     ", lines[5], StringComparison.Ordinal);
        Assert.Contains("overall: PASS (3 pass, ", run.Out, StringComparison.Ordinal);
        Assert.Contains("run record: runs/20260314-092653-1", lines);
    }

    [Fact]
    public async Task Run_BundledCases_WritesEveryFileOfTheRunRecord()
    {
        using var sandbox = new CliSandbox();

        (await sandbox.RunAsync("run", "--seed", "7")).AssertExit(ExitCodes.Success);

        var record = sandbox.SingleRecord();
        Assert.Equal(["checks.csv", "junit.xml", "outputs", "report.pdf", "results.csv", "run.json", "summary.md"],
            Directory.EnumerateFileSystemEntries(record).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var (summary, problems) = await RunJsonReader.ReadFileAsync(Path.Combine(record, "run.json"), TestContext.Current.CancellationToken);
        Assert.Empty(problems);
        Assert.Equal(RunStatus.Completed, summary!.Info.Status);
        Assert.Equal(7, summary.Info.Seed);
        Assert.Equal(["run", "--seed", "7"], summary.Info.CommandLine);
        Assert.Equal(Bundled, summary.Cases.Select(c => c.Id));
        // Every case × every built-in solver is planned; pairs whose model the solver lacks are recorded as unsupported.
        var pairs = Bundled.Length * BuiltInSolvers.All().Length;
        Assert.Equal(pairs, summary.Results.Length);
        Assert.Equal(3, summary.Results.Count(r => r.Verdict == Verdict.Pass));
        var results = File.ReadAllLines(Path.Combine(record, "results.csv"));
        Assert.Equal(pairs + 1, results.Length);
        Assert.Contains(results, l => l.StartsWith("wk2-diastolic-decay,windkessel2,pass,6,0,", StringComparison.Ordinal));
        var checks = File.ReadAllLines(Path.Combine(record, "checks.csv"));
        Assert.Contains(checks, l => l.StartsWith("wk2-diastolic-decay,windkessel2,P-pointwise,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_BundledCases_WritesRawOutputOfEachExecutedRun()
    {
        using var sandbox = new CliSandbox();

        (await sandbox.RunAsync("run")).AssertExit(ExitCodes.Success);

        var outputs = Path.Combine(sandbox.SingleRecord(), "outputs");
        Assert.Equal(["gompertz-growth/gompertz.csv", "rc-membrane-current-step/passive-membrane.csv", "wk2-diastolic-decay/windkessel2.csv"],
            Directory.EnumerateFiles(outputs, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(outputs, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        var wk2 = File.ReadAllLines(Path.Combine(outputs, "wk2-diastolic-decay", "windkessel2.csv"));
        Assert.Equal("time [s],P [mmHg]", wk2[0]);
        Assert.Equal(File.ReadAllLines(Path.Combine(sandbox.CaseFolder("cardiology", "wk2-diastolic-decay"), "reference.csv")).Length, wk2.Length);
        Assert.StartsWith("0,100", wk2[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReferenceValueShifted_ExitsOneNamingTheFailedCheck()
    {
        using var sandbox = new CliSandbox();
        CaseFiles.ShiftReferenceValue(sandbox.CaseFolder("cardiology", "wk2-diastolic-decay"), "1.0", 0.5);

        var run = (await sandbox.RunAsync("run", "--cases", "wk2-*")).AssertExit(ExitCodes.Failure);

        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("wk2-diastolic-decay  windkessel2  FAIL     4/6 ", StringComparison.Ordinal));
        Assert.Contains("overall: FAIL (1 fail, ", run.Out, StringComparison.Ordinal);
        Assert.Contains("  FAIL wk2-diastolic-decay × windkessel2: P-pointwise: ", run.Out, StringComparison.Ordinal);
        var checks = File.ReadAllLines(Path.Combine(sandbox.SingleRecord(), "checks.csv"));
        Assert.Contains(checks, l => l.StartsWith("wk2-diastolic-decay,windkessel2,P-pointwise,", StringComparison.Ordinal) && l.Contains(",fail,", StringComparison.Ordinal));
        Assert.Contains(checks, l => l.StartsWith("wk2-diastolic-decay,windkessel2,P-final,", StringComparison.Ordinal) && l.Contains(",pass,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_BrokenCaseBesideValidOnes_ReportsItRunsTheOthersAndExitsOne()
    {
        using var sandbox = new CliSandbox();
        var broken = Path.Combine(sandbox.CopyCase("cardiology", "wk2-diastolic-decay", "wk2-broken"), "case.yaml");
        CaseFiles.Replace(broken, "unit: mmHg*s/mL,", "unit: mmHg*s/furlong,");
        var line = CaseFiles.LineOf(broken, "furlong");

        var run = (await sandbox.RunAsync("run")).AssertExit(ExitCodes.Failure);

        Assert.Contains($"wk2-broken/case.yaml:{line}:", run.Error, StringComparison.Ordinal);
        Assert.Contains("parameters.R.unit", run.Error, StringComparison.Ordinal);
        Assert.Contains("overall: ERROR (3 pass, ", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 input problem(s)", run.Out, StringComparison.Ordinal);
        var record = sandbox.SingleRecord();
        var (summary, _) = await RunJsonReader.ReadFileAsync(Path.Combine(record, "run.json"), TestContext.Current.CancellationToken);
        Assert.Equal(Bundled, summary!.Cases.Select(c => c.Id));
        var problem = Assert.Single(summary.Problems);
        Assert.Equal((line, "parameters.R.unit"), (problem.Line, problem.Field));
        Assert.Contains("wk2-broken/case.yaml", File.ReadAllText(Path.Combine(record, "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SolverAndCaseFilter_RunsOnlyTheSelectedPair()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("run", "--cases", "domain:cardiology", "--solvers", "windkessel2")).AssertExit(ExitCodes.Success);

        Assert.Contains("overall: PASS (1 pass)", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(sandbox.SingleRecord(), "results.csv")).Length);
    }

    [Fact]
    public async Task Run_UnknownSolver_ExitsTwoWithoutRecord()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("run", "--solvers", "windkessel2,nope")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("--solvers: unknown solver 'nope'; available solvers: aliev-panfilov, closed-loop-circulation, epileptor, ", run.Error, StringComparison.Ordinal);
        Assert.Contains(", windkessel2", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(sandbox.Root, "runs")));
    }

    [Theory]
    [InlineData("zzz-*", "smoke", "--cases: no case selected up to tier smoke from the 3 loaded; nothing to run")]
    [InlineData("domain:pulmonology", "continuous", "--cases: unknown domain 'pulmonology' in 'domain:pulmonology'; expected one of cardiology")]
    [InlineData("tag:no-such-tag", "nightly", "--cases: no case selected up to tier nightly from the 3 loaded; nothing to run")]
    public async Task Run_NoCaseMatches_ExitsTwoWithoutRecord(string pattern, string tier, string expected)
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("run", "--cases", pattern, "--tier", tier)).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(sandbox.Root, "runs")));
    }

    [Fact]
    public async Task Run_OutOption_WritesRecordThere()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("run", "--cases", "gompertz-*", "--out", "elsewhere/records")).AssertExit(ExitCodes.Success);

        Assert.Contains("run record: elsewhere/records/20260314-092653-1", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(sandbox.SingleRecord("elsewhere/records"), "run.json")));
    }
}
