using System.CommandLine;
using TwinVal.Testing;

namespace TwinVal.Cli.Tests;

public sealed class CliApplicationTests
{
    [Theory]
    [InlineData("Unrecognized command or argument '--bogus'", "run", "--bogus")]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("Argument 'weekly' not recognized", "run", "--tier", "weekly")]
    [InlineData("--parallel must be at least 1", "run", "--parallel", "0")]
    [InlineData("--timeout must be a positive number of seconds", "run", "--timeout", "-3")]
    [InlineData("--timeout must be a positive number of seconds, at most 4000000", "run", "--timeout", "1e300")]
    [InlineData("Cannot parse argument 'soon' for option '--timeout'", "run", "--timeout", "soon")]
    [InlineData("Cannot parse argument 'many' for option '--parallel'", "run", "--parallel", "many")]
    [InlineData("Required command was not provided", "cases")]
    public async Task RunAsync_UsageError_ExitsTwoNamingTheProblemAndRunsNothing(string expected, params string[] args)
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync(args)).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("twinval --help", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
        Assert.False(Directory.Exists(Path.Combine(sandbox.Root, "runs")), "a usage error must not start a run");
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task RunAsync_HelpOfEveryCommand_DescribesItWithExamples(string path)
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync([.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"])).AssertExit(ExitCodes.Success);

        // The command's own description (before "Usage:"), not a subcommand's listed below it, must show examples.
        var description = run.Out[..run.Out.IndexOf("Usage:", StringComparison.Ordinal)];
        Assert.Contains("Examples:", description, StringComparison.Ordinal);
        Assert.Contains($"twinval {path}".TrimEnd(), description, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandPaths_CommandTree_CoversEveryDocumentedCommand()
    {
        var paths = CommandPaths().Select(row => (string)row.Data).ToList();

        Assert.Equal(["", "run", "cases", "cases list", "cases show", "cases validate", "cases add-counterexample", "solvers", "solvers list", "solvers check", "report", "sign", "verify", "keygen"], paths);
    }

    /// <summary>Every command of the tree, as the words typed after <c>twinval</c> (empty for the root).</summary>
    public static TheoryData<string> CommandPaths()
    {
        var root = CliApplication.BuildRootCommand(new CliContext(TextWriter.Null, TextWriter.Null, TestClock.At(), Path.GetTempPath(), false));
        var data = new TheoryData<string>();
        void Walk(Command command, string path)
        {
            data.Add(path);
            foreach (var sub in command.Subcommands)
            {
                Walk(sub, $"{path} {sub.Name}".Trim());
            }
        }

        Walk(root, string.Empty);
        return data;
    }
}
