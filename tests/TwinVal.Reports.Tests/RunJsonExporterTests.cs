using System.Text.Json;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports.Tests;

public sealed class RunJsonExporterTests
{
    [Fact]
    public async Task ExportAsync_ThenRead_GivesEqualSummary()
    {
        var summary = SampleRun.Summary();
        var json = await SampleRun.RenderAsync(new RunJsonExporter(), summary);

        var (read, problems) = RunJsonReader.Read(json);

        Assert.Empty(problems);
        Assert.NotNull(read);
        SummaryAssert.Equal(summary, read);
        Assert.Equal(json, await SampleRun.RenderAsync(new RunJsonExporter(), read));
    }

    [Fact]
    public async Task ExportAsync_ValidationRecords_WriteEveryComponentAndTheSeedAsText()
    {
        using var document = JsonDocument.Parse(await SampleRun.RenderAsync(new RunJsonExporter(), SampleRun.Summary()));

        var validations = document.RootElement.GetProperty("results")[3].GetProperty("validations");
        Assert.Equal(2, validations.GetArrayLength());
        var first = validations[0];
        Assert.Equal((1.50005, 0.01, 0.75, 0.5, 0.9014), (first.GetProperty("comparisonError").GetDouble(), first.GetProperty("uNum").GetDouble(),
            first.GetProperty("uInput").GetDouble(), first.GetProperty("uData").GetDouble(), first.GetProperty("uVal").GetDouble()));
        Assert.Equal("18446744073709551557", first.GetProperty("seed").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("clinicalTolerance").ValueKind);
        Assert.Equal("NaN", validations[1].GetProperty("uNum").GetString());
    }

    [Fact]
    public async Task ExportAsync_RunningRecord_HasNullFinishAndRunningStatus()
    {
        var summary = SampleRun.Summary();
        var running = summary with { Info = summary.Info with { FinishedUtc = null, Status = RunStatus.Running } };

        using var document = JsonDocument.Parse(await SampleRun.RenderAsync(new RunJsonExporter(), running));

        var info = document.RootElement.GetProperty("info");
        Assert.Equal(JsonValueKind.Null, info.GetProperty("finishedUtc").ValueKind);
        Assert.Equal("running", info.GetProperty("status").GetString());
        var (read, _) = RunJsonReader.Read(document.RootElement.GetRawText());
        Assert.Null(read!.Info.FinishedUtc);
    }

    [Fact]
    public async Task ExportAsync_SampleRun_HasCamelCaseFieldsInFixedOrder()
    {
        using var document = JsonDocument.Parse(await SampleRun.RenderAsync(new RunJsonExporter(), SampleRun.Summary()));
        var root = document.RootElement;

        Assert.Equal(["formatVersion", "info", "cases", "solvers", "results", "problems"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-03-14T09:26:53.0000000Z", root.GetProperty("info").GetProperty("startedUtc").GetString());
        Assert.Equal("2026-03-14T09:27:05.5000000Z", root.GetProperty("info").GetProperty("finishedUtc").GetString());
        var first = root.GetProperty("results")[0];
        Assert.Equal(
            ["case", "solver", "verdict", "message", "wallMs", "checksPassed", "checksFailed", "diagnostics", "checks", "ladders", "validations"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("fail", first.GetProperty("verdict").GetString());
        Assert.Equal(1534.5, first.GetProperty("wallMs").GetDouble());
        Assert.Equal("NaN", first.GetProperty("checks")[2].GetProperty("value").GetString());
        Assert.Equal(root.GetProperty("cases")[1].GetProperty("sha256").GetString(), SampleRun.Summary().Cases[1].Sha256);
    }

    [Fact]
    public async Task Read_PropertyCheck_RoundTripsSeedSamplesAndCounterexample()
    {
        var summary = SampleRun.WithPropertyCheck();
        var json = await SampleRun.RenderAsync(new RunJsonExporter(), summary);

        var (read, problems) = RunJsonReader.Read(json);

        Assert.Empty(problems);
        SummaryAssert.Equal(summary, read!);
        var property = read!.Results[^1].Checks[^1].Property!;
        Assert.Equal(18446744073709551557UL, property.Seed);
        Assert.Equal("R=1.75 mmHg*s/mL; C=0.1 mL/mmHg", property.CounterexampleText);
        Assert.Null(read.Results[^1].Checks[0].Property);
    }

    [Fact]
    public async Task Read_PropertySeedNotAString_NamesTheField()
    {
        var json = await SampleRun.RenderAsync(new RunJsonExporter(), SampleRun.WithPropertyCheck());
        var broken = json.Replace("\"seed\": \"18446744073709551557\"", "\"seed\": -1", StringComparison.Ordinal);
        Assert.NotEqual(json, broken);

        var (_, problems) = RunJsonReader.Read(broken);

        Assert.Equal("results[3].checks[1].property.seed", Assert.Single(problems).Field);
    }

    [Fact]
    public void Read_SyntaxError_ReportsFileLineAndColumn()
    {
        var (summary, problems) = RunJsonReader.Read("{\n  \"formatVersion\": 1,\n  oops\n}", "out/run/run.json");

        Assert.Null(summary);
        var problem = Assert.Single(problems);
        Assert.Equal("out/run/run.json", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.NotNull(problem.Column);
    }

    [Fact]
    public async Task Read_WrongFieldType_NamesTheField()
    {
        var json = await SampleRun.RenderAsync(new RunJsonExporter(), SampleRun.Summary());
        var broken = json.Replace("\"verdict\": \"unsupported\"", "\"verdict\": \"maybe\"", StringComparison.Ordinal);

        var (summary, problems) = RunJsonReader.Read(broken);

        Assert.Null(summary);
        var problem = Assert.Single(problems);
        Assert.Equal("results[1].verdict", problem.Field);
        Assert.Contains("expected one of pass, fail, error, unsupported, skipped", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingField_NamesTheField()
    {
        var (_, problems) = RunJsonReader.Read("{\"formatVersion\": 1}");

        Assert.Equal("info", Assert.Single(problems).Field);
    }

    [Fact]
    public void Read_FutureFormat_IsRefused()
    {
        var (_, problems) = RunJsonReader.Read("{\"formatVersion\": 99}");

        Assert.Contains("format version 99 is not supported", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFileAsync_MissingFile_IsAProblemNotAnException()
    {
        var path = Path.Combine(Path.GetTempPath(), "twinval-absent", "run.json");

        var (summary, problems) = await RunJsonReader.ReadFileAsync(path, TestContext.Current.CancellationToken);

        Assert.Null(summary);
        Assert.Equal(path, Assert.Single(problems).File);
    }
}
