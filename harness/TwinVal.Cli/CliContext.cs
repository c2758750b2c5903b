namespace TwinVal.Cli;

/// <summary>
/// Everything the command line takes from its surroundings, injected so tests can run commands in process with a fake
/// clock, captured output and a temporary working directory.
/// </summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Clock">Time source for run ids, timestamps and wall times.</param>
/// <param name="WorkingDirectory">Directory relative paths are resolved against.</param>
/// <param name="Interactive">True on a terminal (progress bar); false when output is redirected or CI is set (plain lines).</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, string WorkingDirectory, bool Interactive)
{
    /// <summary>The real console, system clock and current directory.</summary>
    public static CliContext FromConsole()
    {
        var ci = Environment.GetEnvironmentVariable("CI");
        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected &&
                          (string.IsNullOrEmpty(ci) || ci.Equals("false", StringComparison.OrdinalIgnoreCase));
        return new CliContext(Console.Out, Console.Error, TimeProvider.System, Directory.GetCurrentDirectory(), interactive)
        {
            PromptSecret = Console.IsInputRedirected ? null : ConsoleSecret.Read,
        };
    }

    /// <summary>Reads an environment variable; injected so tests never change the process environment.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Asks for a secret on the terminal without echo (the argument is the prompt); null when input is not a terminal.</summary>
    public Func<string, string?>? PromptSecret { get; init; }

    /// <summary>Resolves <paramref name="path"/> against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
