namespace TwinVal.Cli.Tests.Commands;

/// <summary>Property checks through the command line: --seed reproduces them, and a violation becomes a regression case.</summary>
public sealed class RunPropertyTests
{
    [Fact]
    public async Task Run_SameSeed_IdenticalPropertyRows_DifferentSeed_DifferentSeeds()
    {
        using var sandbox = new CliSandbox();

        foreach (var (seed, folder) in new[] { ("7", "a"), ("7", "b"), ("8", "c") })
        {
            (await sandbox.RunAsync("run", "--cases", "wk2-diastolic-decay", "--seed", seed, "--property-samples", "5", "--out", folder)).AssertExit(ExitCodes.Success);
        }

        string[] PropertyRows(string folder) =>
            [.. File.ReadAllLines(Path.Combine(sandbox.SingleRecord(folder), "checks.csv")).Where(l => l.Contains(",property:", StringComparison.Ordinal))];
        var (a, b, c) = (PropertyRows("a"), PropertyRows("b"), PropertyRows("c"));
        Assert.Equal(2, a.Length);
        Assert.Equal(a, b);

        // seed is the third column from the end (seed, samples, counterexample); the counterexample is empty here.
        static string Seed(string row) => row.Split(',')[^3];
        Assert.All(a.Zip(c), pair => Assert.NotEqual(Seed(pair.First), Seed(pair.Second)));
        Assert.All(a, row => Assert.EndsWith(",5,", row, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CasesAddCounterexample_FailedProperty_WritesAValidPinnedCaseThatStillFails()
    {
        using var sandbox = new CliSandbox();
        // The range reaches P0 = 150 mmHg but the bound is tightened to 120 mmHg: the violation lives in the top corner.
        var folder = sandbox.CopyCase("cardiology", "wk2-diastolic-decay", "wk2-corner");
        CaseFiles.Replace(Path.Combine(folder, "case.yaml"), "max: {value: 150.0, unit: mmHg}", "max: {value: 120.0, unit: mmHg}");
        var run = await sandbox.RunAsync("run", "--cases", "wk2-corner", "--seed", "3", "--property-samples", "10");
        run.AssertExit(ExitCodes.Failure);
        var record = sandbox.SingleRecord();

        var added = (await sandbox.RunAsync("cases", "add-counterexample", record, "P-bounded", "--out", "pinned/wk2-corner-cx")).AssertExit(ExitCodes.Success);

        Assert.Contains("wrote pinned/wk2-corner-cx (case wk2-corner-cx: P-bounded of wk2-corner pinned at ", added.Out, StringComparison.Ordinal);
        var pinned = Path.Combine(sandbox.Root, "pinned", "wk2-corner-cx");
        (await sandbox.RunAsync("cases", "validate", pinned)).AssertExit(ExitCodes.Success);
        var yaml = File.ReadAllText(Path.Combine(pinned, "case.yaml"));
        Assert.Contains("id: wk2-corner-cx", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("parameter-ranges", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("acceptance", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("P-decreasing", yaml, StringComparison.Ordinal);
        var provenance = File.ReadAllText(Path.Combine(pinned, "provenance.md"));
        Assert.Contains($"- run: `{Path.GetFileName(record)}`", provenance, StringComparison.Ordinal);
        Assert.Contains("- solver: `windkessel2`", provenance, StringComparison.Ordinal);
        Assert.Contains("- master seed: 3; property seed: ", provenance, StringComparison.Ordinal);

        // The pinned case reproduces the violation with no sampling at all.
        var again = (await sandbox.RunAsync("run", "--case-dir", pinned, "--cases", "wk2-corner-cx", "--solvers", "windkessel2", "--out", "again"))
            .AssertExit(ExitCodes.Failure);
        Assert.Contains("wk2-corner-cx", again.Out, StringComparison.Ordinal);
        var row = Assert.Single(File.ReadAllLines(Path.Combine(sandbox.SingleRecord("again"), "checks.csv")).Skip(1));
        Assert.StartsWith("wk2-corner-cx,windkessel2,P-bounded,property:bounds,P,", row, StringComparison.Ordinal);
        Assert.Contains(",fail,", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasesAddCounterexample_UnknownCheck_IsAnErrorListingTheFailedOnes()
    {
        using var sandbox = new CliSandbox();
        (await sandbox.RunAsync("run", "--cases", "wk2-diastolic-decay", "--property-samples", "3")).AssertExit(ExitCodes.Success);

        var run = (await sandbox.RunAsync("cases", "add-counterexample", sandbox.SingleRecord(), "P-bounded")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("no failed property check 'P-bounded' with a counterexample; failed property checks: none", run.Error, StringComparison.Ordinal);
    }
}
