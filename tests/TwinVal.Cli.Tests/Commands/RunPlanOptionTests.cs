using System.Text.Json.Nodes;
using TwinVal.Harness.Running;

namespace TwinVal.Cli.Tests.Commands;

/// <summary><c>twinval run --plan FILE</c>: the credibility plan is loaded first, and its assessment lands in the run record.</summary>
public sealed class RunPlanOptionTests
{
    private const string Plan = """
        question-of-interest: Are the bundled solvers verified well enough for screening?
        context-of-use: In-silico screening; bench tests carry the decision.
        model-influence: low
        decision-consequence: low
        targets:
          - {factor: numerical-code-verification, target: medium, rationale: comparison with exact solutions suffices}
          - {factor: output-comparison, target: low, rationale: qualitative agreement suffices}
        """;

    [Fact]
    public async Task Run_PlanOption_WritesCredibilityJsonFromEveryPassingRun()
    {
        using var sandbox = new CliSandbox();
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "plan.yaml"), Plan, TestContext.Current.CancellationToken);

        var run = (await sandbox.RunAsync("run", "--plan", "plan.yaml")).AssertExit(ExitCodes.Success);

        var record = sandbox.SingleRecord();
        Assert.Contains($"credibility assessment: runs/{Path.GetFileName(record)}/{ValidationRunner.CredibilityFileName}", run.Out.Split('\n'));
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(record, ValidationRunner.CredibilityFileName), TestContext.Current.CancellationToken))!;
        var factors = json["factors"]!.AsArray().ToDictionary(f => (string)f!["factor"]!);
        var ncv = factors["numerical-code-verification"]!;
        // The three sandbox cases are analytic code-verification cases claiming numerical-code-verification at medium.
        Assert.Equal(
            ["gompertz-growth/gompertz", "rc-membrane-current-step/passive-membrane", "wk2-diastolic-decay/windkessel2"],
            ncv["evidence"]!.AsArray().Select(e => (string?)e).Order(StringComparer.Ordinal));
        Assert.Equal("medium", (string?)ncv["achieved"]);
        // No bundled case claims output comparison: the plan's target is an honest gap, and the plan is insufficient.
        Assert.True((bool)factors["output-comparison"]!["gap"]!);
        Assert.False((bool)json["sufficient"]!);
    }

    [Fact]
    public async Task Run_PlanWithDuplicateFactor_ExitsTwoNamingFileAndLineWithoutRecord()
    {
        using var sandbox = new CliSandbox();
        var path = Path.Combine(sandbox.Root, "plan.yaml");
        await File.WriteAllTextAsync(path, Plan.Replace("factor: output-comparison", "factor: numerical-code-verification", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var run = (await sandbox.RunAsync("run", "--plan", "plan.yaml")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains($"{path}:7:", run.Error, StringComparison.Ordinal);
        Assert.Contains("targets[1].factor", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(sandbox.Root, "runs")));
    }

    [Fact]
    public async Task Run_MissingPlanFile_ExitsTwo()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("run", "--plan", "absent.yaml")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("absent.yaml: error: cannot read the credibility plan: no such file", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(sandbox.Root, "runs")));
    }
}
