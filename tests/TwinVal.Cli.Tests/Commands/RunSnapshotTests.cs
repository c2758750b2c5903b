using Snapshooter.Xunit3;
using TwinVal.Testing;

namespace TwinVal.Cli.Tests.Commands;

/// <summary>
/// Snapshots of what a real <c>twinval run</c> on a fixed selection of the bundled cases shows people and CI: the verdict table, junit.xml
/// and summary.md, with volatile fields (run id, timestamps, wall times, versions, commit, machine) scrubbed. A changed
/// snapshot is a changed contract: review the diff in <c>__snapshots__/__mismatch__</c> before approving it.
/// </summary>
public sealed class RunSnapshotTests
{
    // The sandbox holds three cases; fixing the solvers too keeps new built-in solvers from rewriting the snapshots.
    private static readonly string[] Selection =
    [
        "run", "--seed", "42",
        "--solvers", "windkessel2,passive-membrane,gompertz",
    ];

    [Fact]
    public async Task Run_BundledCases_VerdictTableMatchesSnapshot()
    {
        var name = RepositorySnapshot.Name("tests/TwinVal.Cli.Tests/Commands");
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync(Selection)).AssertExit(ExitCodes.Success);

        Snapshot.Match(RecordScrubber.Scrub(run.Out), name);
    }

    [Fact]
    public async Task Run_BundledCases_JUnitMatchesSnapshot()
    {
        var name = RepositorySnapshot.Name("tests/TwinVal.Cli.Tests/Commands");
        using var sandbox = new CliSandbox();

        (await sandbox.RunAsync(Selection)).AssertExit(ExitCodes.Success);

        Snapshot.Match(RecordScrubber.Scrub(await File.ReadAllTextAsync(Path.Combine(sandbox.SingleRecord(), "junit.xml"), TestContext.Current.CancellationToken)), name);
    }

    [Fact]
    public async Task Run_BundledCases_SummaryMatchesSnapshot()
    {
        var name = RepositorySnapshot.Name("tests/TwinVal.Cli.Tests/Commands");
        using var sandbox = new CliSandbox();

        (await sandbox.RunAsync(Selection)).AssertExit(ExitCodes.Success);

        Snapshot.Match(RecordScrubber.Scrub(await File.ReadAllTextAsync(Path.Combine(sandbox.SingleRecord(), "summary.md"), TestContext.Current.CancellationToken)), name);
    }

    [Fact]
    public async Task Run_FailingCase_VerdictTableMatchesSnapshot()
    {
        var name = RepositorySnapshot.Name("tests/TwinVal.Cli.Tests/Commands");
        using var sandbox = new CliSandbox();
        CaseFiles.ShiftReferenceValue(sandbox.CaseFolder("cardiology", "wk2-diastolic-decay"), "1.0", 0.5);

        var run = (await sandbox.RunAsync(Selection)).AssertExit(ExitCodes.Failure);

        Snapshot.Match(RecordScrubber.Scrub(run.Out), name);
    }
}
