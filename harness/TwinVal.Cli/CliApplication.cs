using System.CommandLine;
using TwinVal.Cli.Commands;

namespace TwinVal.Cli;

/// <summary>Builds the <c>twinval</c> command tree and runs it with the exit-code contract of <see cref="ExitCodes"/>.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run 'twinval --help' (or 'twinval COMMAND --help') for usage and examples.");
            return ExitCodes.UsageOrInput;
        }

        // Ctrl-C cancels the token the commands receive; the generous grace period lets a run write its record of
        // everything finished before the process ends.
        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
        };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }

    /// <summary>The command tree (exposed for help-text tests).</summary>
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand(
            """
            TwinVal: runs reference cases against solvers of medical virtual twins and judges the results.

            Examples:
              twinval run                               every bundled case on every built-in solver
              twinval run --cases domain:cardiology     only cardiology cases
              twinval cases validate reference-cases    check every case file, report every problem
              twinval solvers list --json               solvers and their models, for scripts
            """);
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(CasesCommand.Create(context));
        root.Subcommands.Add(SolversCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(SignCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(KeygenCommand.Create(context));
        return root;
    }
}
