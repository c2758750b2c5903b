using TwinVal.Solvers;
using System.Text.Json;

namespace TwinVal.Cli.Tests.Commands;

public sealed class SolversCommandTests
{
    [Fact]
    public async Task List_Json_PrintsEveryBuiltInSolverWithVersionKindAndModels()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("solvers", "list", "--json")).AssertExit(ExitCodes.Success);

        using var document = JsonDocument.Parse(run.Out);
        var solvers = document.RootElement.EnumerateArray().ToList();
        var ids = solvers.Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(BuiltInSolvers.All().Select(s => s.Id).Order(StringComparer.Ordinal), ids);
        Assert.All(solvers, s =>
        {
            Assert.Equal(["id", "version", "kind", "models"], s.EnumerateObject().Select(p => p.Name));
            Assert.Matches(@"^\d+\.\d+\.\d+", s.GetProperty("version").GetString());
            Assert.Equal("built-in", s.GetProperty("kind").GetString());
            // Each bundled solver implements the model of the same name, the one its reference case declares.
            Assert.Equal([s.GetProperty("id").GetString()], s.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
        });
    }

    [Fact]
    public async Task List_Table_HasOneAlignedRowPerSolver()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("solvers", "list")).AssertExit(ExitCodes.Success);

        var lines = run.Out.TrimEnd('\n').Split('\n');
        var width = BuiltInSolvers.All().Max(s => s.Id.Length);
        Assert.Equal("ID".PadRight(width) + "  VERSION  KIND      MODELS", lines[0]);
        Assert.Equal(BuiltInSolvers.All().Select(s => s.Id).Order(StringComparer.Ordinal), lines.Skip(2).Select(l => l.Split(' ')[0]));
        Assert.All(lines.Skip(2), l => Assert.Contains("  built-in  ", l, StringComparison.Ordinal));
    }
}
