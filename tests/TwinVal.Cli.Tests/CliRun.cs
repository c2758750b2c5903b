namespace TwinVal.Cli.Tests;

/// <summary>What one in-process <c>twinval</c> invocation left behind: exit code, standard output, standard error.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Fails with both streams in the message when the exit code is not <paramref name="expected"/>.</summary>
    public CliRun AssertExit(int expected)
    {
        if (ExitCode != expected)
        {
            Assert.Fail($"exit code {ExitCode}, expected {expected}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}");
        }

        return this;
    }
}
