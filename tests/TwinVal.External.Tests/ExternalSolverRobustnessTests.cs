using System.Collections.Immutable;
using TwinVal.External.Processes;
using TwinVal.External.Tests.Support;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports;
using TwinVal.Testing;

namespace TwinVal.External.Tests;

/// <summary>
/// Every misbehaviour of the issue, each a committed script in FaultySolvers/, driven in ONE validation run beside a
/// well-behaved solver: each becomes an Error verdict with its exact diagnostic, the good run still passes, and the
/// run record lists every run.
/// </summary>
public sealed class ExternalSolverRobustnessTests(ExternalSolverRobustnessTests.RunFixture run) : IClassFixture<ExternalSolverRobustnessTests.RunFixture>
{
    public static TheoryData<string, string> Misbehaviours => new()
    {
        { "exit-nonzero", "the process exited with code 3; stderr: boom: step size underflow at t = 0.3 s" },
        { "crash-signal", "the process was killed by signal 11 (SIGSEGV, a crash) (exit code 139); stderr: about to crash" },
        { "hang", "the process ran past its time limit of 1 s (timeout-seconds in the manifest); the whole process tree was killed" },
        { "no-output", "no output.csv in {outdir}; expected a CSV with header 'time [s],y [1]'; {outdir} holds nothing" },
        { "empty-output", "output.csv is empty; expected a header 'time [s],y [1]' and one row per sample time" },
        { "truncated", "output.csv is malformed: output.csv:4: error: the row has 1 cells but the header has 2" },
        { "wrong-column", "column 'y [1]' missing; you wrote 'Y_out [1]'" },
        { "missing-column", "output.csv is malformed: output.csv:1: error: expected a time column and at least one variable column; the request asks for the header 'time [s],y [1]'" },
        { "wrong-unit", "column 'y [mmHg]' has a unit of dimension L^-1·M·T^-2; expected 'y [1]' or another unit of dimension 1" },
        { "unknown-unit", "output.csv is malformed: output.csv:1: error: column 2: header cell 'y [furlongs]': unit 'furlongs': unknown unit symbol 'furlongs'" },
        { "non-monotonic", "output.csv is malformed: output.csv:4: error: time: time must increase strictly: line 4 has 0.4 s, not after line 3 (0.5 s)" },
        { "unparseable", "output.csv is malformed: output.csv:3: error: y: '1.0.0' is not a number (expected for example 1.5, -2e-3)" },
        { "undeclared-nan", "output.csv is malformed: output.csv:3: error: y: 'NaN' is not a finite number; this file must hold finite values only (NaN/Inf tokens are accepted only when the manifest sets allow-non-finite: true)" },
        { "wrong-rows", "invalid output for case 'external-robustness': 2 time points, but 3 sample times were requested" },
        { "huge-output", "the output folder grew past the cap of 1 MiB (max-output-mebibytes in the manifest); the whole process tree was killed" },
        { "flood", "the process flooded its logs (stdout " },
        { "write-outside", "the process wrote outside its working folder: " },
        { "nondeterministic", "non-deterministic: repeat 2 of 3 differs from the first run: column 'y [1]' row 2: " },
        { "missing-program", "cannot start '" },
    };

    [Theory]
    [MemberData(nameof(Misbehaviours))]
    public void Run_MisbehavingSolver_ErrorWithExactDiagnostic(string script, string diagnostic)
    {
        var result = run.Result("faulty-" + script);
        Assert.Equal(Verdict.Error, result.Verdict);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Message);
        Assert.Contains(diagnostic, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BesideMisbehavingSolvers_GoodSolverStillPasses()
    {
        var result = run.Result("faulty-good");
        Assert.Equal(Verdict.Pass, result.Verdict);
    }

    [Fact]
    public async Task Run_WithMisbehavingSolvers_RecordListsEveryRun()
    {
        var (summary, problems) = await RunJsonReader.ReadFileAsync(Path.Combine(run.RecordFolder, "run.json"), TestContext.Current.CancellationToken);
        Assert.Empty(problems);
        Assert.NotNull(summary);
        Assert.Equal(RunStatus.Completed, summary.Info.Status);
        Assert.Equal(Misbehaviours.Count + 1, summary.Results.Length);
        Assert.Equal(Misbehaviours.Count, summary.Results.Count(r => r.Verdict == Verdict.Error));
    }

    [Fact]
    public void Run_HangingSolver_WholeProcessTreeKilled()
    {
        var pids = File.ReadAllLines(run.PidFile).Select(int.Parse).ToList();
        Assert.Equal(2, pids.Count);
        Assert.All(pids, pid => Assert.False(ProcessTable.IsAlive(pid), $"process {pid} of the hanging solver is still alive"));
    }

    [Fact]
    public void Run_WithMisbehavingSolvers_NoWorkingFolderLeft()
    {
        Assert.Empty(Directory.GetDirectories(run.TempRoot));
    }

    /// <summary>Runs the plan once for every test of the class.</summary>
    public sealed class RunFixture : IAsyncLifetime
    {
        private readonly TempFolder folder = new();
        private RunSummary? summary;

        public string RecordFolder { get; private set; } = string.Empty;

        public string PidFile => Path.Combine(folder.Path, "hang.pids");

        public string TempRoot => Path.Combine(folder.Path, "work");

        public JudgedRun Result(string solverId) => summary!.Results.Single(r => r.SolverId == solverId);

        public async ValueTask InitializeAsync()
        {
            var options = new ExternalSolverOptions(TempRoot, ProcessLimits.Default with { MaxLogBytes = 1024 * 1024 });
            var root = folder.Sub("solvers");
            var solvers = Misbehaviours.Select(row => row.Data.Item1).Where(s => s is not "nondeterministic" and not "missing-program")
                .Select(name => (Harness.Execution.ISolver)FaultySolver.Solver(root, name, options, name switch
                {
                    "hang" => $"timeout-seconds: 1\nenvironment: {{PID_FILE: \"{PidFile}\"}}",
                    "huge-output" => "max-output-mebibytes: 1",
                    _ => string.Empty,
                }))
                .Append(FaultySolver.Solver(root, "good", options))
                .Append(new RepeatingSolver(FaultySolver.Solver(root, "nondeterministic", options), 3))
                .Append(MissingProgram(root, options))
                .ToList();
            var testCase = new CaseBuilder("external-robustness").Build();
            (summary, RecordFolder) = await PipelineRun.RunAsync([testCase], solvers, folder.Sub("runs"));
        }

        public ValueTask DisposeAsync()
        {
            folder.Dispose();
            return ValueTask.CompletedTask;
        }

        // The manifest was valid when loaded, then its program vanished (uninstalled between discovery and the run).
        private static ExternalSolver MissingProgram(string root, ExternalSolverOptions options)
        {
            var manifest = FaultySolver.Manifest(root, "good");
            return new ExternalSolver(manifest with { Id = "faulty-missing-program", Program = Path.Combine(root, "uninstalled-solver") }, options);
        }
    }
}
