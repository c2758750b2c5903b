using Microsoft.Extensions.Time.Testing;
using TwinVal.Testing;

namespace TwinVal.Cli.Tests;

/// <summary>
/// A temporary working directory holding a copy of three cases of the bundled case library (<c>reference-cases/</c>, which the CLI
/// finds there before any library above the test binaries), a fake clock, and in-process <c>twinval</c> invocations
/// with captured output. Tests change the copy freely; the repository's library is never touched.
/// </summary>
internal sealed class CliSandbox : IDisposable
{
    public CliSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "twinval-cli-tests", Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(RepositoryPaths.CaseLibrary, "schema"), Path.Combine(Library, "schema"));
        foreach (var (domain, id) in Cases)
        {
            Copy(Path.Combine(RepositoryPaths.CaseLibrary, domain, id), CaseFolder(domain, id));
        }
    }

    /// <summary>
    /// The three cases the sandbox library holds, one per domain: a fixed set, so that the library's growth does not
    /// change what these command-line tests see.
    /// </summary>
    public static IReadOnlyList<(string Domain, string Id)> Cases { get; } =
    [
        ("cardiology", "wk2-diastolic-decay"),
        ("neurology", "rc-membrane-current-step"),
        ("oncology", "gompertz-growth"),
    ];

    /// <summary>The working directory of every invocation.</summary>
    public string Root { get; }

    /// <summary>The sandbox's copy of the case library.</summary>
    public string Library => Path.Combine(Root, "reference-cases");

    /// <summary>The clock every invocation reads (it stands still unless a test advances it).</summary>
    public FakeTimeProvider Clock { get; } = TestClock.At();

    /// <summary>The folder of case <paramref name="caseId"/> in domain <paramref name="domain"/> of the copied library.</summary>
    public string CaseFolder(string domain, string caseId) => Path.Combine(Library, domain, caseId);

    /// <summary>Copies case <paramref name="caseId"/> to a new folder <paramref name="newId"/> beside it, renaming its id.</summary>
    public string CopyCase(string domain, string caseId, string newId)
    {
        var target = CaseFolder(domain, newId);
        Copy(CaseFolder(domain, caseId), target);
        CaseFiles.Replace(Path.Combine(target, "case.yaml"), $"id: {caseId}\n", $"id: {newId}\n");
        return target;
    }

    /// <summary>Runs <c>twinval <paramref name="args"/></c> in process, non-interactively.</summary>
    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Clock, Root, Interactive: false);
        var code = await CliApplication.RunAsync(args, context, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The only run record folder under <paramref name="outputFolder"/>.</summary>
    public string SingleRecord(string outputFolder = "runs") => Assert.Single(Directory.GetDirectories(Path.Combine(Root, outputFolder)));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
