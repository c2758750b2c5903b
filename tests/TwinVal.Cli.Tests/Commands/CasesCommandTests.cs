using System.Text.Json;

namespace TwinVal.Cli.Tests.Commands;

public sealed class CasesCommandTests
{
    [Fact]
    public async Task Validate_BrokenUnit_PrintsFileLineFieldAndExitsTwo()
    {
        using var sandbox = new CliSandbox();
        var folder = sandbox.CopyCase("cardiology", "wk2-diastolic-decay", "wk2-broken");
        var yaml = Path.Combine(folder, "case.yaml");
        CaseFiles.Replace(yaml, "unit: mmHg*s/mL,", "unit: mmHg*s/furlong,");
        var line = CaseFiles.LineOf(yaml, "furlong");

        var run = (await sandbox.RunAsync("cases", "validate", "reference-cases/cardiology/wk2-broken")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Matches($@"wk2-broken/case\.yaml:{line}:\d+: error: parameters\.R\.unit: unit 'mmHg\*s/furlong': unknown unit symbol 'furlong'", run.Error);
        Assert.Equal("1 case(s) checked: 0 valid, 1 with errors\n", run.Out);
    }

    [Fact]
    public async Task Validate_SeveralProblemsInOneCase_ReportsEachWithItsLine()
    {
        using var sandbox = new CliSandbox();
        var yaml = Path.Combine(sandbox.CaseFolder("oncology", "gompertz-growth"), "case.yaml");
        CaseFiles.Replace(yaml, "tier: smoke", "tier: weekly");
        CaseFiles.Replace(yaml, "domain: oncology", "domain: astrology");
        var tierLine = CaseFiles.LineOf(yaml, "tier: weekly");
        var domainLine = CaseFiles.LineOf(yaml, "domain: astrology");

        var run = (await sandbox.RunAsync("cases", "validate", "reference-cases")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains($"gompertz-growth/case.yaml:{tierLine}:", run.Error, StringComparison.Ordinal);
        Assert.Contains($"gompertz-growth/case.yaml:{domainLine}:", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 case(s) checked: 2 valid, 1 with errors", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_StaleReferenceHash_NamesTheFileAndExitsTwo()
    {
        using var sandbox = new CliSandbox();
        var folder = sandbox.CaseFolder("cardiology", "wk2-diastolic-decay");
        File.AppendAllText(Path.Combine(folder, "reference.csv"), "2.01,26.3\n");

        var run = (await sandbox.RunAsync("cases", "validate", "reference-cases/cardiology/wk2-diastolic-decay/case.yaml")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("wk2-diastolic-decay/case.yaml:", run.Error, StringComparison.Ordinal);
        Assert.Contains("sha256", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BundledLibrary_ExitsZero()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("cases", "validate")).AssertExit(ExitCodes.Success);

        Assert.Equal("3 case(s) checked: 3 valid, 0 with errors\n", run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task List_Json_PrintsOneObjectPerCaseWithItsClassification()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("cases", "list", "--json")).AssertExit(ExitCodes.Success);

        using var document = JsonDocument.Parse(run.Out);
        var cases = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(["gompertz-growth", "rc-membrane-current-step", "wk2-diastolic-decay"], cases.Select(c => c.GetProperty("id").GetString()));
        var wk2 = cases[2];
        Assert.Equal(
            ("cardiology", "code-verification", "windkessel2", "smoke", "reference-cases/cardiology/wk2-diastolic-decay"),
            (Text(wk2, "domain"), Text(wk2, "kind"), Text(wk2, "model"), Text(wk2, "tier"), Text(wk2, "path")));
        Assert.Equal(("neurology", "passive-membrane"), (Text(cases[1], "domain"), Text(cases[1], "model")));
        Assert.Equal(("oncology", "gompertz"), (Text(cases[0], "domain"), Text(cases[0], "model")));
        Assert.All(cases, c => Assert.Matches("^[0-9a-f]{64}$", Text(c, "sha256")));
    }

    [Fact]
    public async Task List_BrokenCaseBesideValidOnes_ListsTheValidOnesAndExitsTwo()
    {
        using var sandbox = new CliSandbox();
        var yaml = Path.Combine(sandbox.CopyCase("cardiology", "wk2-diastolic-decay", "wk2-broken"), "case.yaml");
        CaseFiles.Replace(yaml, "metric: rel-l2", "metric: vibes");

        var run = (await sandbox.RunAsync("cases", "list")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains($"wk2-broken/case.yaml:{CaseFiles.LineOf(yaml, "vibes")}:", run.Error, StringComparison.Ordinal);
        var ids = run.Out.Split('\n').Skip(2).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]);
        Assert.Equal(["gompertz-growth", "rc-membrane-current-step", "wk2-diastolic-decay"], ids);
    }

    [Fact]
    public async Task Show_KnownCase_PrintsModelParametersReferenceAndAcceptance()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("cases", "show", "wk2-diastolic-decay")).AssertExit(ExitCodes.Success);

        var lines = run.Out.Split('\n');
        Assert.Equal("wk2-diastolic-decay: Two-element Windkessel, diastolic pressure decay", lines[0]);
        Assert.Contains("model           windkessel2 (version 1)", lines);
        Assert.Contains("path            reference-cases/cardiology/wk2-diastolic-decay", lines);
        Assert.Contains("  R = 1 mmHg*s/mL  (total peripheral resistance)", lines);
        Assert.Contains("  P = 100 mmHg  (arterial pressure at the start of diastole)", lines);
        Assert.Contains("  class: analytic", lines);
        Assert.Contains("  P-pointwise (P): |s − r| ≤ 1E-06 mmHg + 1E-07·|r| at every reference point", lines);
        Assert.Contains("  P-at-tau (P): value-at-time at 1.5 s: |q − q_ref| ≤ 1E-06 mmHg + 1E-07·|q_ref|", lines);
        Assert.Contains("  Q_in: constant 0 mL/s", lines);
    }

    [Fact]
    public async Task Show_PulseInput_DescribesOnsetAndDuration()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("cases", "show", "rc-membrane-current-step")).AssertExit(ExitCodes.Success);

        Assert.Contains("  I_stim: pulse of 1 µA/cm^2 on 0 µA/cm^2 from 10 ms for 50 ms\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("{ Name =", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownCase_ExitsTwoListingKnownIds()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("cases", "show", "wk3-diastolic-decay")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("no valid case 'wk3-diastolic-decay'; known cases: gompertz-growth, rc-membrane-current-step, wk2-diastolic-decay", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
